using System.Xml;
using System.Xml.Linq;
using HrKit.Integration.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Integration.Webhooks;

/// <summary>
/// The WeCom callback URL. GET is the URL-verification handshake (decrypt <c>echostr</c> and echo it); POST carries an
/// encrypted XML event, acknowledged with <c>success</c> at once and processed in the background.
/// </summary>
public sealed class WeComCallbackReceiver
{
    private const string Source = "wecom";
    private readonly CallbackCrypto? _crypto;
    private readonly WebhookInbox _inbox;
    private readonly IClock _clock;
    private readonly ILogger<WeComCallbackReceiver> _logger;

    internal WeComCallbackReceiver(IOptions<IntegrationOptions> options, WebhookInbox inbox, IClock clock, ILogger<WeComCallbackReceiver> logger)
    {
        var weCom = options.Value.WeCom;
        if (weCom is { CallbackToken: { } token, CallbackAesKey: { } key, CorpId: { } corpId })
        {
            _crypto = new CallbackCrypto(token, key, corpId);
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
            return WebhookRejections.Reject(_logger, Source, "callbacks are not configured (WeCom.CallbackToken/CallbackAesKey/CorpId)", WebhookResponse.Unauthorized);
        }

        var signature = request.QueryValue("msg_signature");
        var timestamp = request.QueryValue("timestamp") ?? "";
        var nonce = request.QueryValue("nonce") ?? "";
        var isHandshake = string.Equals(request.Method, "GET", StringComparison.OrdinalIgnoreCase);
        var encrypt = isHandshake ? request.QueryValue("echostr") : ReadEncrypt(request.Body);
        if (encrypt is null)
        {
            return WebhookRejections.Reject(_logger, Source, "no Encrypt/echostr", WebhookResponse.BadRequest("missing ciphertext"));
        }

        if (!_crypto.TryOpen(signature, timestamp, nonce, encrypt, out var plain, out var failure))
        {
            return WebhookRejections.Reject(_logger, Source, failure, WebhookResponse.Unauthorized);
        }

        if (isHandshake)
        {
            return WebhookResponse.Ok(plain);
        }

        var (id, eventType) = Identify(plain);
        return _inbox.Accept(new WebhookMessage(Source, id, eventType, plain, _clock.GetCurrentInstant()), WebhookResponse.Ok());
    }

    private static string? ReadEncrypt(string body) => TryParse(body)?.Root?.Element("Encrypt")?.Value;

    // WeCom's rule: messages are de-duplicated by MsgId, events (which have none) by FromUserName + CreateTime.
    private static (string Id, string? EventType) Identify(string plain)
    {
        var root = TryParse(plain)?.Root;
        var eventType = root?.Element("Event")?.Value ?? root?.Element("MsgType")?.Value;
        if (root?.Element("MsgId")?.Value is { Length: > 0 } msgId)
        {
            return (msgId, eventType);
        }

        if (root?.Element("FromUserName")?.Value is { Length: > 0 } from && root.Element("CreateTime")?.Value is { Length: > 0 } created)
        {
            return ($"{from}:{created}:{eventType}", eventType);
        }

        return (WebhookRejections.Fingerprint(plain), eventType);
    }

    private static XDocument? TryParse(string xml)
    {
        try
        {
            // No DTDs and no external entities: the body is untrusted until its signature is checked.
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
