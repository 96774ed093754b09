using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HrKit.Integration;
using Microsoft.Extensions.Logging;
using HrKit.Integration.Webhooks.Inbox;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Integration.Webhooks;

/// <summary>
/// A generic signed webhook for the host's own systems (training, knowledge sharing): headers
/// <c>X-HrKit-Timestamp</c> (Unix seconds), <c>X-HrKit-Signature</c> = <c>sha256=</c> + hex HMAC-SHA256(secret,
/// timestamp + "." + body), optional <c>X-HrKit-Delivery</c> (id) and <c>X-HrKit-Event</c> (type).
/// </summary>
/// <remarks>Virtual members and a protected constructor let a host's unit tests replace it with a mock.</remarks>
public class SignedWebhookReceiver
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
    private const int MaxDeliveryIdLength = 200;
    private readonly byte[]? _secret;
    private readonly Duration _tolerance;
    private readonly WebhookInbox _inbox;
    private readonly IClock _clock;
    private readonly ILogger<SignedWebhookReceiver> _logger;
    private readonly WebhookGate _gate;

    /// <summary>For mocking only: a receiver with no settings, whose members a test double must override.</summary>
    protected SignedWebhookReceiver()
    {
        _secret = null;
        _inbox = null!;
        _clock = null!;
        _logger = null!;
        _gate = null!;
    }

    internal SignedWebhookReceiver(IOptions<IntegrationOptions> options, WebhookInbox inbox, IClock clock, ILogger<SignedWebhookReceiver> logger)
    {
        var settings = options.Value.SignedWebhook;
        _secret = string.IsNullOrEmpty(settings.Secret) ? null : Encoding.UTF8.GetBytes(settings.Secret);
        _tolerance = settings.TimestampTolerance;
        _inbox = inbox;
        _clock = clock;
        _logger = logger;
        _gate = new WebhookGate(options.Value.Webhooks, clock, logger, inbox.Metrics, Source);
    }

    /// <summary>The signature header value for a body; senders (and tests) use it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="secret"/> is null.</exception>
    public static string Sign(string secret, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body)));
    }

    /// <summary>Answers one delivery; it is committed to the inbox before the answer is returned.</summary>
    /// <param name="request">The request as received.</param>
    /// <param name="cancellationToken">Cancels storing the message; the sender then gets no answer and retries.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>
    /// In order: the size (<c>Webhooks.MaxBodyBytes</c>, 413), the secret (401), the timestamp header
    /// (<c>SignedWebhook.TimestampTolerance</c>, 401), the signature (401), the delivery id (at most 200 characters,
    /// 400). Every refusal is logged with its reason; no request makes this throw.
    /// </remarks>
    public virtual async Task<WebhookResponse> ReceiveAsync(WebhookRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_gate.RefuseSize(request) is { } tooLarge)
        {
            return tooLarge;
        }

        if (_secret is null)
        {
            return _gate.Reject("SignedWebhook.Secret is not configured", WebhookResponse.Unauthorized);
        }

        var timestamp = request.Header(TimestampHeader);
        if (_gate.RefuseTimestamp(timestamp, 1, _tolerance, TimestampHeader) is { } stale)
        {
            // 401, not 400, for a malformed one too: without a valid timestamp the delivery cannot be authenticated.
            return stale.StatusCode == 400 ? WebhookResponse.Unauthorized : stale;
        }

        var seconds = long.Parse(timestamp!, NumberStyles.None, CultureInfo.InvariantCulture);
        var expected = Encoding.ASCII.GetBytes(Sign(Encoding.UTF8.GetString(_secret), seconds, request.Body));
        var given = Encoding.ASCII.GetBytes(request.Header(SignatureHeader) ?? "");
        if (!CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return _gate.Reject("signature mismatch", WebhookResponse.Unauthorized);
        }

        var delivery = request.Header(DeliveryHeader);
        if (delivery is { Length: > MaxDeliveryIdLength })
        {
            return _gate.Reject($"{DeliveryHeader} is longer than {MaxDeliveryIdLength} characters", WebhookResponse.BadRequest("delivery id too long"));
        }

        var id = delivery is { Length: > 0 } ? delivery : WebhookRejections.Fingerprint(request.Body);
        return await _inbox.AcceptAsync(new WebhookMessage(Source, id, request.Header(EventHeader), request.Body, _clock.GetCurrentInstant()), WebhookResponse.Ok("ok"), cancellationToken).ConfigureAwait(false);
    }
}
