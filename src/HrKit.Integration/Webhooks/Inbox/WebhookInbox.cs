using System.Threading.Channels;
using HrKit.Integration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Integration.Webhooks.Inbox;

/// <summary>
/// The receivers' side of the inbox: a verified message is committed to the store before the sender gets its answer,
/// and the processor is woken. A duplicate (same source and id, even from before a restart) is acknowledged and not
/// stored again; a full inbox or a failing store answers 503 so the sender retries.
/// </summary>
internal sealed class WebhookInbox(IWebhookInboxStore store, IOptions<IntegrationOptions> options, ILogger<WebhookInbox> logger, IntegrationMetrics? metrics = null)
{
    /// <summary>The host's instruments, which the receivers in front of this inbox count their refusals on too.</summary>
    public IntegrationMetrics Metrics { get; } = metrics ?? IntegrationTelemetry.Metrics;

    private readonly int _capacity = options.Value.WebhookQueueCapacity;
    private readonly Duration _window = options.Value.DeduplicationWindow;
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public async Task<WebhookResponse> AcceptAsync(WebhookMessage message, WebhookResponse ok, CancellationToken cancellationToken)
    {
        WebhookInboxAddResult added;
        try
        {
            added = await store.AddAsync(message, _capacity, message.ReceivedAt - _window, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Not stored means not acknowledged: the sender's retry is the only copy left.
            logger.LogError(ex, "Webhook inbox could not store {Source} {MessageId}; answering 503 so the sender retries.", message.Source, message.MessageId);
            return WebhookResponse.Busy;
        }

        switch (added)
        {
            case WebhookInboxAddResult.Duplicate:
                if (logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("Duplicate {Source} webhook {MessageId} acknowledged and dropped.", message.Source, message.MessageId);
                }

                return ok;
            case WebhookInboxAddResult.Full:
                logger.LogWarning("Webhook inbox holds {Capacity} pending messages (WebhookQueueCapacity); refusing {Source} {MessageId} so the sender retries.", _capacity, message.Source, message.MessageId);
                return WebhookResponse.Busy;
            default:
                Metrics.WebhooksAccepted.Add(1, new KeyValuePair<string, object?>("source", message.Source));
                _wake.Writer.TryWrite(true);
                return ok;
        }
    }

    /// <summary>Waits until a message is accepted or <paramref name="poll"/> passes.</summary>
    public async Task WaitForWorkAsync(TimeSpan poll, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(poll, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await _wake.Reader.ReadAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval passed: look for retries that became due.
        }
    }
}
