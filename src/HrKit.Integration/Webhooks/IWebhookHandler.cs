namespace HrKit.Integration.Webhooks;

/// <summary>
/// Processes accepted webhook messages, after the sender already has its answer. Register any number; each sees every
/// message. A handler that throws is logged and does not stop the others or later messages.
/// </summary>
public interface IWebhookHandler
{
    /// <summary>Handles one message.</summary>
    Task HandleAsync(WebhookMessage message, CancellationToken cancellationToken);
}
