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
public sealed class DingTalkCallbackReceiver
{
    private const string Source = "dingtalk";
    private readonly CallbackCrypto? _crypto;
    private readonly WebhookInbox _inbox;
    private readonly IClock _clock;
    private readonly ILogger<DingTalkCallbackReceiver> _logger;
    private readonly WebhookGate _gate;
    private readonly Duration _tolerance;

    internal DingTalkCallbackReceiver(IOptions<IntegrationOptions> options, WebhookInbox inbox, IClock clock, ILogger<DingTalkCallbackReceiver> logger)
    {
        var dingTalk = options.Value.DingTalk;
        if (dingTalk is { CallbackToken: { } token, CallbackAesKey: { } key } && (dingTalk.CallbackOwnerKey ?? dingTalk.AppKey) is { } owner)
        {
            _crypto = new CallbackCrypto(token, key, owner);
        }

        _inbox = inbox;
        _clock = clock;
        _logger = logger;
        _gate = new WebhookGate(options.Value.Webhooks, clock, logger, Source);
        _tolerance = options.Value.Webhooks.CallbackTimestampTolerance;
    }

    /// <summary>Answers one callback request; an event is committed to the inbox before the answer is returned.</summary>
    /// <param name="request">The request as received.</param>
    /// <param name="cancellationToken">Cancels storing the message; the sender then gets no answer and retries.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<WebhookResponse> ReceiveAsync(WebhookRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_gate.RefuseSize(request) is { } tooLarge)
        {
            return tooLarge;
        }

        if (_crypto is null)
        {
            return _gate.Reject("callbacks are not configured (DingTalk.CallbackToken/CallbackAesKey/CallbackOwnerKey)", WebhookResponse.Unauthorized);
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
        if (eventType == "check_url")
        {
            return success;
        }

        return await _inbox.AcceptAsync(new WebhookMessage(Source, WebhookRejections.Fingerprint(plain), eventType, plain, _clock.GetCurrentInstant()), success, cancellationToken).ConfigureAwait(false);
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
