using System.Globalization;
using HrKit.Integration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Integration.Webhooks.Inbox;

/// <summary>
/// Processes the inbox in the background (an <see cref="IHostedService"/>, started by the generic host): claims due
/// messages, runs every <see cref="IWebhookHandler"/> on each, marks it done once all succeed, retries it after
/// <c>WebhookInbox.RetryDelay</c> × attempt when one fails, and sets it aside as poison after
/// <c>WebhookInbox.MaxAttempts</c> attempts. Handlers see a message at least once: a process that dies after a
/// handler ran but before the message was marked done runs it again, so handlers must be idempotent (the built-in
/// points handler is: points are keyed by source id).
/// </summary>
public sealed class WebhookInboxProcessor : BackgroundService
{
    private const int BatchSize = 16;
    private static readonly Duration PurgeEvery = Duration.FromHours(1);
    private readonly IWebhookInboxStore _store;
    private readonly WebhookInbox _inbox;
    private readonly IServiceScopeFactory _scopes;
    private readonly IClock _clock;
    private readonly TimeProvider _time;
    private readonly ILogger<WebhookInboxProcessor> _logger;
    private readonly WebhookInboxOptions _options;
    private readonly Duration _deduplicationWindow;
    private Instant _lastPurge = Instant.MinValue;

    internal WebhookInboxProcessor(
        IWebhookInboxStore store, WebhookInbox inbox, IServiceScopeFactory scopes, IOptions<IntegrationOptions> options, IClock clock, TimeProvider time, ILogger<WebhookInboxProcessor> logger)
    {
        _store = store;
        _inbox = inbox;
        _scopes = scopes;
        _clock = clock;
        _time = time;
        _logger = logger;
        _options = options.Value.WebhookInbox;
        _deduplicationWindow = options.Value.DeduplicationWindow;
    }

    /// <summary>
    /// Processes every message due now and returns how many attempts it made. The hosted service calls it whenever a
    /// delivery arrives or <c>WebhookInbox.PollInterval</c> passes; hosts without a generic host (a CLI, a job) call it
    /// themselves.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>Failures of the store propagate as the database's exception (<c>SqliteException</c>, <c>NpgsqlException</c>).</remarks>
    public async Task<int> ProcessDueAsync(CancellationToken cancellationToken = default)
    {
        var attempts = 0;
        while (true)
        {
            var now = _clock.GetCurrentInstant();
            var batch = await _store.ClaimDueAsync(now, now + _options.ProcessingLease, BatchSize, cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                await PurgeAsync(now, cancellationToken).ConfigureAwait(false);
                return attempts;
            }

            foreach (var entry in batch)
            {
                await ProcessAsync(entry, cancellationToken).ConfigureAwait(false);
                attempts++;
            }
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ProcessDueAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The store is down: messages stay pending and are retried at the next poll.
                _logger.LogError(ex, "Webhook inbox processing failed; retrying after {PollInterval}.", _options.PollInterval);
            }

            try
            {
                await _inbox.WaitForWorkAsync(_options.PollInterval.ToTimeSpan(), _time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task ProcessAsync(WebhookInboxEntry entry, CancellationToken cancellationToken)
    {
        var message = entry.Message;
        if (entry.Attempts > _options.MaxAttempts)
        {
            // Claimed more often than allowed without an outcome: every attempt died with its process or outran its lease.
            await SetAsideAsync(message, $"abandoned: {entry.Attempts - 1} attempts ended without an outcome (process died or ProcessingLease too short); last error: {entry.LastError}").ConfigureAwait(false);
            return;
        }

        var failures = new List<string>();
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            foreach (var handler in scope.ServiceProvider.GetServices<IWebhookHandler>())
            {
                try
                {
                    await handler.HandleAsync(message, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // Shutting down: hand the message back now instead of after the lease.
                    await _store.FailAsync(message.Source, message.MessageId, "interrupted by shutdown", _clock.GetCurrentInstant(), CancellationToken.None).ConfigureAwait(false);
                    throw;
                }
                catch (Exception ex)
                {
                    _logger.LogError(ex, "Webhook handler {Handler} failed on {Source} {MessageId} (attempt {Attempt} of {MaxAttempts}).",
                        handler.GetType().Name, message.Source, message.MessageId, entry.Attempts, _options.MaxAttempts);
                    failures.Add($"{handler.GetType().Name}: {ex.GetType().Name}: {ex.Message}");
                }
            }
        }

        var now = _clock.GetCurrentInstant();
        if (failures.Count == 0)
        {
            await _store.CompleteAsync(message.Source, message.MessageId, now, CancellationToken.None).ConfigureAwait(false);
        }
        else if (entry.Attempts >= _options.MaxAttempts)
        {
            await SetAsideAsync(message, string.Join("; ", failures)).ConfigureAwait(false);
        }
        else
        {
            await _store.FailAsync(message.Source, message.MessageId, string.Join("; ", failures), now + (_options.RetryDelay * entry.Attempts), CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task SetAsideAsync(WebhookMessage message, string error)
    {
        _logger.LogError("Webhook {Source} {MessageId} is poison after {MaxAttempts} attempts and is set aside: {Error}.", message.Source, message.MessageId, _options.MaxAttempts, error);
        await _store.FailAsync(message.Source, message.MessageId, error, retryAt: null, CancellationToken.None).ConfigureAwait(false);
    }

    private async Task PurgeAsync(Instant now, CancellationToken cancellationToken)
    {
        if (now - _lastPurge < PurgeEvery)
        {
            return;
        }

        _lastPurge = now;
        var purged = await _store.PurgeDoneAsync(now - _deduplicationWindow, cancellationToken).ConfigureAwait(false);
        if (purged > 0 && _logger.IsEnabled(LogLevel.Debug))
        {
            _logger.LogDebug("Purged {Count} processed webhook messages older than {Window}.", purged.ToString(CultureInfo.InvariantCulture), _deduplicationWindow);
        }
    }
}
