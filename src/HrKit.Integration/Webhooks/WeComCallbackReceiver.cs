using System.Xml;
using System.Xml.Linq;
using HrKit.Integration;
using HrKit.Integration.Webhooks.Inbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Integration.Webhooks;

/// <summary>
/// The WeCom callback URL. GET is the URL-verification handshake (decrypt <c>echostr</c> and echo it); POST carries an
/// encrypted XML event, committed to the inbox, acknowledged with <c>success</c> and processed in the background.
/// </summary>
/// <remarks>
/// In order, before anything is stored: the size (<c>Webhooks.MaxBodyBytes</c>, 413), the method (400), the
/// <c>timestamp</c> in seconds (<c>Webhooks.CallbackTimestampTolerance</c>; 400 malformed, 401 outside the window), the
/// XML envelope's <c>Encrypt</c> (400), the signature and decryption (401), the decrypted XML (400). Every refusal is
/// logged with its reason; no request makes this throw.
/// </remarks>
/// <remarks>Virtual members and a protected constructor let a host's unit tests replace it with a mock.</remarks>
public class WeComCallbackReceiver
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
    protected WeComCallbackReceiver()
    {
        _crypto = null;
        _source = null!;
        _notConfigured = null!;
        _inbox = null!;
        _clock = null!;
        _logger = null!;
        _gate = null!;
    }

    internal WeComCallbackReceiver(IOptions<IntegrationOptions> options, WebhookInbox inbox, IClock clock, ILogger<WeComCallbackReceiver> logger)
        : this(options.Value.WeCom is { CallbackToken: { } token, CallbackAesKey: { } key, CorpId: { } corpId } ? new CallbackCrypto(token, key, corpId) : null,
            "wecom", "WeCom.CallbackToken/CallbackAesKey/CorpId", options.Value.Webhooks, inbox, clock, logger)
    {
    }

    /// <summary>The same protocol for another callback URL (a suite's), stored under its own source name.</summary>
    internal WeComCallbackReceiver(CallbackCrypto? crypto, string source, string settings, WebhookLimits limits, WebhookInbox inbox, IClock clock, ILogger logger)
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

    /// <summary>Answers one callback request; a POST is committed to the inbox before the answer is returned.</summary>
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

        var isHandshake = string.Equals(request.Method, "GET", StringComparison.OrdinalIgnoreCase);
        if (!isHandshake && !string.Equals(request.Method, "POST", StringComparison.OrdinalIgnoreCase))
        {
            return _gate.Reject($"method '{WebhookGate.Excerpt(request.Method)}' is neither GET nor POST", WebhookResponse.BadRequest("GET or POST"));
        }

        var timestamp = request.QueryValue("timestamp");
        if (_gate.RefuseTimestamp(timestamp, 1, _tolerance, "timestamp") is { } stale)
        {
            return stale;
        }

        var encrypt = isHandshake ? request.QueryValue("echostr") : TryParse(request.Body)?.Root?.Element("Encrypt")?.Value;
        if (encrypt is null)
        {
            return _gate.Reject(isHandshake ? "no echostr" : "body is not an XML envelope with Encrypt", WebhookResponse.BadRequest("missing ciphertext"));
        }

        if (!_crypto.TryOpen(request.QueryValue("msg_signature"), timestamp!, request.QueryValue("nonce") ?? "", encrypt, out var plain, out var failure))
        {
            return _gate.Reject(failure, WebhookResponse.Unauthorized);
        }

        if (isHandshake)
        {
            return WebhookResponse.Ok(plain);
        }

        if (TryParse(plain)?.Root is not { } root)
        {
            return _gate.Reject("the decrypted payload is not XML", WebhookResponse.BadRequest("payload is not XML"));
        }

        var (id, eventType) = Identify(root, plain);
        return await _inbox.AcceptAsync(new WebhookMessage(_source, id, eventType, plain, _clock.GetCurrentInstant()), WebhookResponse.Ok(), cancellationToken).ConfigureAwait(false);
    }

    // WeCom's rule: messages are de-duplicated by MsgId, events (which have none) by FromUserName + CreateTime.
    private static (string Id, string? EventType) Identify(XElement root, string plain)
    {
        var eventType = root.Element("Event")?.Value ?? root.Element("MsgType")?.Value;
        if (root.Element("MsgId")?.Value is { Length: > 0 } msgId)
        {
            return (msgId, eventType);
        }

        if (root.Element("FromUserName")?.Value is { Length: > 0 } from && root.Element("CreateTime")?.Value is { Length: > 0 } created)
        {
            return ($"{from}:{created}:{eventType}", eventType);
        }

        return (WebhookRejections.Fingerprint(plain), eventType);
    }

    private static XDocument? TryParse(string xml)
    {
        try
        {
            // No DTDs and no external entities: the body is untrusted until its signature is checked. The size was
            // checked before, and XmlReader reads iteratively, so deep nesting costs memory in proportion to size only.
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
