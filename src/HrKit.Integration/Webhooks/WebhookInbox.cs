using System.Threading.Channels;
using HrKit.Integration.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Integration.Webhooks;

/// <summary>
/// Accepted webhook messages wait here and are processed one by one in the background, so receivers answer within
/// the vendors' deadlines (WeCom retries after 5 s) whatever the handlers do.
/// </summary>
internal sealed class WebhookInbox : IAsyncDisposable
{
    private readonly Channel<WebhookMessage> _queue;
    private readonly MessageDeduplicator _dedup;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<WebhookInbox> _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _worker;

    public WebhookInbox(IOptions<IntegrationOptions> options, IClock clock, IServiceScopeFactory scopes, ILogger<WebhookInbox> logger)
    {
        _queue = Channel.CreateBounded<WebhookMessage>(new BoundedChannelOptions(options.Value.WebhookQueueCapacity) { SingleReader = true });
        _dedup = new MessageDeduplicator(clock, options.Value.DeduplicationWindow);
        _scopes = scopes;
        _logger = logger;
        _worker = Task.Run(ProcessAsync);
    }

    /// <summary>Queues a message unless it is a duplicate; the answer for the sender.</summary>
    public WebhookResponse Accept(WebhookMessage message, WebhookResponse ok)
    {
        var key = message.Source + ":" + message.MessageId;
        if (!_dedup.TryMark(key))
        {
            if (_logger.IsEnabled(LogLevel.Information))
            {
                _logger.LogInformation("Duplicate {Source} webhook {MessageId} acknowledged and dropped.", message.Source, message.MessageId);
            }

            return ok;
        }

        if (!_queue.Writer.TryWrite(message))
        {
            _dedup.Forget(key);
            _logger.LogWarning("Webhook queue is full; refusing {Source} {MessageId} so the sender retries.", message.Source, message.MessageId);
            return WebhookResponse.Busy;
        }

        IntegrationTelemetry.WebhooksAccepted.Add(1, new KeyValuePair<string, object?>("source", message.Source));
        return ok;
    }

    private async Task ProcessAsync()
    {
        try
        {
            await foreach (var message in _queue.Reader.ReadAllAsync(_stop.Token).ConfigureAwait(false))
            {
                var scope = _scopes.CreateAsyncScope();
                await using var _ = scope.ConfigureAwait(false);
                foreach (var handler in scope.ServiceProvider.GetServices<IWebhookHandler>())
                {
                    try
                    {
                        await handler.HandleAsync(message, _stop.Token).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        _logger.LogError(ex, "Webhook handler {Handler} failed on {Source} {MessageId}.", handler.GetType().Name, message.Source, message.MessageId);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (ObjectDisposedException)
        {
            // The container is being disposed around us: the host is shutting down.
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Give queued messages a moment to finish; they were acknowledged, so a clean shutdown should not drop them.
        _queue.Writer.TryComplete();
        try
        {
            await _worker.WaitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            await _worker.ConfigureAwait(false);
        }

        _stop.Dispose();
    }
}
