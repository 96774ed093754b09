using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HrKit.Integration.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Integration.Webhooks;

/// <summary>
/// A generic signed webhook for the host's own systems (training, knowledge sharing): headers
/// <c>X-HrKit-Timestamp</c> (Unix seconds), <c>X-HrKit-Signature</c> = <c>sha256=</c> + hex HMAC-SHA256(secret,
/// timestamp + "." + body), optional <c>X-HrKit-Delivery</c> (id) and <c>X-HrKit-Event</c> (type).
/// </summary>
public sealed class SignedWebhookReceiver
{
    /// <summary>The timestamp header.</summary>
    public const string TimestampHeader = "X-HrKit-Timestamp";

    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "X-HrKit-Signature";

    /// <summary>The delivery id header.</summary>
    public const string DeliveryHeader = "X-HrKit-Delivery";

    /// <summary>The event type header.</summary>
    public const string EventHeader = "X-HrKit-Event";

    private const string Source = "signed";
    private readonly byte[]? _secret;
    private readonly Duration _tolerance;
    private readonly WebhookInbox _inbox;
    private readonly IClock _clock;
    private readonly ILogger<SignedWebhookReceiver> _logger;

    internal SignedWebhookReceiver(IOptions<IntegrationOptions> options, WebhookInbox inbox, IClock clock, ILogger<SignedWebhookReceiver> logger)
    {
        var settings = options.Value.SignedWebhook;
        _secret = string.IsNullOrEmpty(settings.Secret) ? null : Encoding.UTF8.GetBytes(settings.Secret);
        _tolerance = settings.TimestampTolerance;
        _inbox = inbox;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>The signature header value for a body; senders (and tests) use it.</summary>
    public static string Sign(string secret, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body)));
    }

    /// <summary>Answers one delivery.</summary>
    public WebhookResponse Receive(WebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_secret is null)
        {
            return WebhookRejections.Reject(_logger, Source, "SignedWebhook.Secret is not configured", WebhookResponse.Unauthorized);
        }

        if (!long.TryParse(request.Header(TimestampHeader), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return WebhookRejections.Reject(_logger, Source, "missing or malformed " + TimestampHeader, WebhookResponse.Unauthorized);
        }

        var now = _clock.GetCurrentInstant();
        var sentAt = Instant.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799));
        if (sentAt < now - _tolerance || sentAt > now + _tolerance)
        {
            // Outside the window a captured delivery could be replayed after its id left the de-duplication window.
            return WebhookRejections.Reject(_logger, Source, $"timestamp {sentAt} is more than {_tolerance} from now", WebhookResponse.Unauthorized);
        }

        var expected = Encoding.ASCII.GetBytes(Sign(Encoding.UTF8.GetString(_secret), seconds, request.Body));
        var given = Encoding.ASCII.GetBytes(request.Header(SignatureHeader) ?? "");
        if (!CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return WebhookRejections.Reject(_logger, Source, "signature mismatch", WebhookResponse.Unauthorized);
        }

        var id = request.Header(DeliveryHeader) is { Length: > 0 } delivery ? delivery : WebhookRejections.Fingerprint(request.Body);
        return _inbox.Accept(new WebhookMessage(Source, id, request.Header(EventHeader), request.Body, now), WebhookResponse.Ok("ok"));
    }
}
