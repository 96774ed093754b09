using HrKit.Integration.Webhooks;
using HrKit.Integration.Webhooks.Inbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Integration.Suites.Callbacks;

/// <summary>
/// The WeCom third-party app's callback URLs (指令回调 and 数据回调 may both point here): the same protocol and checks as
/// <see cref="WeComCallbackReceiver"/> with the suite's Token and EncodingAESKey. The instruction callback's receive id
/// is the SuiteID, a data callback's the company's corpid; both are accepted. Messages are acted on in the background.
/// </summary>
public sealed class WeComSuiteCallbackReceiver
{
    private readonly WeComCallbackReceiver _receiver;

    internal WeComSuiteCallbackReceiver(IOptions<SuiteOptions> suites, IOptions<IntegrationOptions> options, WebhookInbox inbox, IClock clock, ILogger<WeComSuiteCallbackReceiver> logger)
    {
        var suite = suites.Value.WeCom;
        var crypto = suite is { CallbackToken: { } token, CallbackAesKey: { } key, SuiteId: { } suiteId } ? new CallbackCrypto(token, key, suiteId, anyReceiveId: true) : null;
        _receiver = new WeComCallbackReceiver(crypto, SuiteEventHandler.WeComSource, "Suites.WeCom.CallbackToken/CallbackAesKey/SuiteId", options.Value.Webhooks, inbox, clock, logger);
    }

    /// <summary>Answers one callback request; a POST is committed to the inbox before the answer is returned.</summary>
    /// <param name="request">The request as received.</param>
    /// <param name="cancellationToken">Cancels storing the message; the sender then gets no answer and retries.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<WebhookResponse> ReceiveAsync(WebhookRequest request, CancellationToken cancellationToken = default) =>
        _receiver.ReceiveAsync(request, cancellationToken);
}
