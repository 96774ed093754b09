using HrKit.Integration.Webhooks;
using HrKit.Integration.Webhooks.Inbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Integration.Suites.Callbacks;

/// <summary>
/// The DingTalk third-party app's callback URL: the same protocol and checks as <see cref="DingTalkCallbackReceiver"/>
/// with the suite's token and aes_key; replies are encrypted under the SuiteKey. Suite URL checks are answered at once,
/// everything else is acted on in the background.
/// </summary>
public sealed class DingTalkSuiteCallbackReceiver
{
    private readonly DingTalkCallbackReceiver _receiver;

    internal DingTalkSuiteCallbackReceiver(IOptions<SuiteOptions> suites, IOptions<IntegrationOptions> options, WebhookInbox inbox, IClock clock, ILogger<DingTalkSuiteCallbackReceiver> logger)
    {
        var suite = suites.Value.DingTalk;
        var crypto = suite is { CallbackToken: { } token, CallbackAesKey: { } key, SuiteKey: { } suiteKey } ? new CallbackCrypto(token, key, suiteKey, anyReceiveId: true) : null;
        _receiver = new DingTalkCallbackReceiver(crypto, SuiteEventHandler.DingTalkSource, "Suites.DingTalk.CallbackToken/CallbackAesKey/SuiteKey", options.Value.Webhooks, inbox, clock, logger);
    }

    /// <summary>Answers one callback request; an event is committed to the inbox before the answer is returned.</summary>
    /// <param name="request">The request as received.</param>
    /// <param name="cancellationToken">Cancels storing the message; the sender then gets no answer and retries.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<WebhookResponse> ReceiveAsync(WebhookRequest request, CancellationToken cancellationToken = default) =>
        _receiver.ReceiveAsync(request, cancellationToken);
}
