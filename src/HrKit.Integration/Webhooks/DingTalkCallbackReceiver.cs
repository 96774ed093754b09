using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using HrKit.Integration;
using HrKit.Integration.Serialization;
using HrKit.Integration.Webhooks.Inbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Integration.Webhooks;

/// <summary>
/// The DingTalk event callback URL: a POST with <c>signature</c>, <c>timestamp</c>, <c>nonce</c> in the query and
/// <c>{"encrypt": …}</c> in the body. Every answer, including the <c>check_url</c> handshake, is the encrypted word
/// <c>success</c>; DingTalk treats anything else as a failure and retries.
/// </summary>
/// <remarks>
/// In order, before anything is stored: the size (<c>Webhooks.MaxBodyBytes</c>, 413), the <c>timestamp</c> in
/// milliseconds (<c>Webhooks.CallbackTimestampTolerance</c>; 400 malformed, 401 outside the window), the JSON body's
/// <c>encrypt</c> (400), the signature and decryption (401), the decrypted JSON object (400). Every refusal is logged
/// with its reason; no request makes this throw.
/// </remarks>
/// <remarks>Virtual members and a protected constructor let a host's unit tests replace it with a mock.</remarks>
public class DingTalkCallbackReceiver
{
    private readonly string _source;
    private readonly string _notConfigured;
    private readonly CallbackCrypto? _crypto;
    private readonly WebhookInbox _inbox;
    private readonly IClock _clock;
    private readonly ILogger _logger;
    private readonly WebhookGate _gate;
    private readonly Duration _tolerance;

    /// <summary>For mocking only: a receiver with no settings, whose members a test double must override.</summary>
    protected DingTalkCallbackReceiver()
    {
        _crypto = null;
        _source = null!;
        _notConfigured = null!;
        _inbox = null!;
        _clock = null!;
        _logger = null!;
        _gate = null!;
    }

    internal DingTalkCallbackReceiver(IOptions<IntegrationOptions> options, WebhookInbox inbox, IClock clock, ILogger<DingTalkCallbackReceiver> logger)
        : this(options.Value.DingTalk is { CallbackToken: { } token, CallbackAesKey: { } key } dingTalk && (dingTalk.CallbackOwnerKey ?? dingTalk.AppKey) is { } owner
                ? new CallbackCrypto(token, key, owner)
                : null,
            "dingtalk", "DingTalk.CallbackToken/CallbackAesKey/CallbackOwnerKey", options.Value.Webhooks, inbox, clock, logger)
    {
    }

    /// <summary>The same protocol for another callback URL (a suite's), stored under its own source name.</summary>
    internal DingTalkCallbackReceiver(CallbackCrypto? crypto, string source, string settings, WebhookLimits limits, WebhookInbox inbox, IClock clock, ILogger logger)
    {
        _crypto = crypto;
        _source = source;
        _notConfigured = $"callbacks are not configured ({settings})";
        _inbox = inbox;
        _clock = clock;
        _logger = logger;
        _gate = new WebhookGate(limits, clock, logger, inbox.Metrics, source);
        _tolerance = limits.CallbackTimestampTolerance;
    }

    /// <summary>Answers one callback request; an event is committed to the inbox before the answer is returned.</summary>
    /// <param name="request">The request as received.</param>
    /// <param name="cancellationToken">Cancels storing the message; the sender then gets no answer and retries.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public virtual async Task<WebhookResponse> ReceiveAsync(WebhookRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_gate.RefuseSize(request) is { } tooLarge)
        {
            return tooLarge;
        }

        if (_crypto is null)
        {
            return _gate.Reject(_notConfigured, WebhookResponse.Unauthorized);
        }

        var signature = request.QueryValue("msg_signature") ?? request.QueryValue("signature");
        var timestamp = request.QueryValue("timestamp") ?? request.QueryValue("timeStamp");
        if (_gate.RefuseTimestamp(timestamp, 1000, _tolerance, "timestamp") is { } stale)
        {
            return stale;
        }

        string? encrypt;
        try
        {
            encrypt = JsonSerializer.Deserialize(request.Body, IntegrationJsonContext.Default.DingTalkCallbackBody)?.Encrypt;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            encrypt = null;
        }

        if (encrypt is null)
        {
            return _gate.Reject("body is not a JSON object with a string encrypt field", WebhookResponse.BadRequest("missing encrypt"));
        }

        if (!_crypto.TryOpen(signature, timestamp!, request.QueryValue("nonce") ?? "", encrypt, out var plain, out var failure))
        {
            return _gate.Reject(failure, WebhookResponse.Unauthorized);
        }

        if (!TryReadEventType(plain, out var eventType))
        {
            return _gate.Reject("the decrypted payload is not a JSON object whose EventType, if present, is a string", WebhookResponse.BadRequest("unexpected payload"));
        }

        var success = Success();
        // check_url for a company app; check_create_suite_url / check_update_suite_url when a suite's URL is saved.
        if (eventType is "check_url" or "check_create_suite_url" or "check_update_suite_url")
        {
            return success;
        }

        return await _inbox.AcceptAsync(new WebhookMessage(_source, WebhookRejections.Fingerprint(plain), eventType, plain, _clock.GetCurrentInstant()), success, cancellationToken).ConfigureAwait(false);
    }

    private WebhookResponse Success()
    {
        var timestamp = _clock.GetCurrentInstant().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var encrypt = _crypto!.Encrypt("success");
        var reply = new DingTalkCallbackReply(_crypto.Sign(timestamp, nonce, encrypt), timestamp, nonce, encrypt);
        return WebhookResponse.Ok(JsonSerializer.Serialize(reply, IntegrationJsonContext.Default.DingTalkCallbackReply), "application/json");
    }

    private static bool TryReadEventType(string plain, out string? eventType)
    {
        eventType = null;
        try
        {
            using var doc = JsonDocument.Parse(plain);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            if (!doc.RootElement.TryGetProperty("EventType", out var e))
            {
                return true;
            }

            eventType = e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            return e.ValueKind == JsonValueKind.String;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            // ArgumentException: text that is not valid UTF-16 cannot be read as JSON.
            return false;
        }
    }
}
