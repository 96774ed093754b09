using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using HrKit.Integration.DependencyInjection;
using HrKit.Integration.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Integration.Webhooks;

/// <summary>
/// The DingTalk event callback URL: a POST with <c>signature</c>, <c>timestamp</c>, <c>nonce</c> in the query and
/// <c>{"encrypt": …}</c> in the body. Every answer, including the <c>check_url</c> handshake, is the encrypted word
/// <c>success</c>; DingTalk treats anything else as a failure and retries.
/// </summary>
public sealed class DingTalkCallbackReceiver
{
    private const string Source = "dingtalk";
    private readonly CallbackCrypto? _crypto;
    private readonly WebhookInbox _inbox;
    private readonly IClock _clock;
    private readonly ILogger<DingTalkCallbackReceiver> _logger;

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
    }

    /// <summary>Answers one callback request.</summary>
    public WebhookResponse Receive(WebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_crypto is null)
        {
            return WebhookRejections.Reject(_logger, Source, "callbacks are not configured (DingTalk.CallbackToken/CallbackAesKey/CallbackOwnerKey)", WebhookResponse.Unauthorized);
        }

        var signature = request.QueryValue("msg_signature") ?? request.QueryValue("signature");
        var timestamp = request.QueryValue("timestamp") ?? request.QueryValue("timeStamp") ?? "";
        var nonce = request.QueryValue("nonce") ?? "";
        string? encrypt;
        try
        {
            encrypt = JsonSerializer.Deserialize(request.Body, IntegrationJsonContext.Default.DingTalkCallbackBody)?.Encrypt;
        }
        catch (JsonException)
        {
            encrypt = null;
        }

        if (encrypt is null)
        {
            return WebhookRejections.Reject(_logger, Source, "body has no encrypt field", WebhookResponse.BadRequest("missing encrypt"));
        }

        if (!_crypto.TryOpen(signature, timestamp, nonce, encrypt, out var plain, out var failure))
        {
            return WebhookRejections.Reject(_logger, Source, failure, WebhookResponse.Unauthorized);
        }

        var eventType = EventType(plain);
        var success = Success();
        if (eventType == "check_url")
        {
            return success;
        }

        return _inbox.Accept(new WebhookMessage(Source, WebhookRejections.Fingerprint(plain), eventType, plain, _clock.GetCurrentInstant()), success);
    }

    private WebhookResponse Success()
    {
        var timestamp = _clock.GetCurrentInstant().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var encrypt = _crypto!.Encrypt("success");
        var reply = new DingTalkCallbackReply(_crypto.Sign(timestamp, nonce, encrypt), timestamp, nonce, encrypt);
        return WebhookResponse.Ok(JsonSerializer.Serialize(reply, IntegrationJsonContext.Default.DingTalkCallbackReply), "application/json");
    }

    private static string? EventType(string plain)
    {
        try
        {
            using var doc = JsonDocument.Parse(plain);
            return doc.RootElement.TryGetProperty("EventType", out var e) ? e.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
