using System.Globalization;
using System.Text;
using HrKit.Integration;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace HrKit.Integration.Webhooks;

/// <summary>
/// The checks every receiver makes before it spends CPU on a request: size first (before any parsing, hashing or
/// decryption), then the timestamp window (a replay of a captured delivery after its id left the inbox is refused).
/// </summary>
internal sealed class WebhookGate(WebhookLimits limits, IClock clock, ILogger logger, IntegrationMetrics metrics, string source)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The body and the query together, so a huge <c>echostr</c> is refused like a huge body.</summary>
    public WebhookResponse? RefuseSize(WebhookRequest request)
    {
        var max = limits.MaxBodyBytes;
        long chars = request.Body.Length;
        foreach (var value in request.Query.Values)
        {
            chars += value?.Length ?? 0;
        }

        // A UTF-8 byte count is never below the character count, so the cheap test settles the huge requests.
        if (chars > max)
        {
            return Reject($"request of {chars} characters is over Webhooks.MaxBodyBytes ({max} bytes)", WebhookResponse.PayloadTooLarge);
        }

        int bytes;
        try
        {
            bytes = StrictUtf8.GetByteCount(request.Body);
        }
        catch (EncoderFallbackException)
        {
            // A lone surrogate: no sender wrote this as text, and JSON readers and databases refuse it later.
            return Reject("body is not well-formed Unicode text (lone surrogate)", WebhookResponse.BadRequest("body is not valid text"));
        }

        return bytes > max
            ? Reject($"request of {bytes} UTF-8 bytes is over Webhooks.MaxBodyBytes ({max} bytes)", WebhookResponse.PayloadTooLarge)
            : null;
    }

    /// <summary>Refuses a missing, malformed or out-of-window timestamp; <paramref name="perSecond"/> is 1 for seconds, 1000 for milliseconds.</summary>
    public WebhookResponse? RefuseTimestamp(string? timestamp, long perSecond, Duration tolerance, string name)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return Reject($"{name} '{Excerpt(timestamp)}' is not a Unix time", WebhookResponse.BadRequest("malformed " + name));
        }

        var now = clock.GetCurrentInstant();
        // Clamp: NodaTime instants end at year 9999, and any such value is far outside the window anyway.
        var sentAt = Instant.FromUnixTimeMilliseconds(Math.Clamp(value, 0, 253402300799L * perSecond) * (1000 / perSecond));
        if (sentAt < now - tolerance || sentAt > now + tolerance)
        {
            return Reject($"{name} {sentAt} is more than {tolerance} from now ({now}); a replay or a wrong clock", WebhookResponse.Unauthorized);
        }

        return null;
    }

    public WebhookResponse Reject(string reason, WebhookResponse response) => WebhookRejections.Reject(logger, metrics, source, reason, response);

    public static string Excerpt(string? value) => value is null ? "" : value.Length <= 40 ? value : value[..40] + "…";
}
