using NodaTime;

namespace HrKit.Integration.Webhooks.Inbox;

/// <summary>The inbox in process memory: same rules as the SQL stores, nothing survives the process. For tests.</summary>
internal sealed class InMemoryWebhookInboxStore : IWebhookInboxStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string, string), (long Seq, WebhookInboxEntry Entry)> _entries = [];
    private long _seq;

    public Task<WebhookInboxAddResult> AddAsync(WebhookMessage message, int maxPending, Instant forgetDoneBefore, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_gate)
        {
            var key = (message.Source, message.MessageId);
            if (_entries.TryGetValue(key, out var stored)
                && !(stored.Entry.State == WebhookInboxState.Done && stored.Entry.Message.ReceivedAt < forgetDoneBefore))
            {
                return Task.FromResult(WebhookInboxAddResult.Duplicate);
            }

            if (_entries.Values.Count(e => e.Entry.State == WebhookInboxState.Pending) >= maxPending)
            {
                return Task.FromResult(WebhookInboxAddResult.Full);
            }

            _entries[key] = (++_seq, new WebhookInboxEntry(message, WebhookInboxState.Pending, 0, message.ReceivedAt, null));
            return Task.FromResult(WebhookInboxAddResult.Added);
        }
    }

    public Task<IReadOnlyList<WebhookInboxEntry>> ClaimDueAsync(Instant now, Instant claimUntil, int max, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var due = _entries.Where(e => e.Value.Entry.State == WebhookInboxState.Pending && e.Value.Entry.NextAttemptAt <= now)
                .OrderBy(e => e.Value.Seq).Take(max).ToList();
            var claimed = new List<WebhookInboxEntry>(due.Count);
            foreach (var (key, (seq, entry)) in due)
            {
                var next = entry with { Attempts = entry.Attempts + 1, NextAttemptAt = claimUntil };
                _entries[key] = (seq, next);
                claimed.Add(next);
            }

            return Task.FromResult<IReadOnlyList<WebhookInboxEntry>>(claimed);
        }
    }

    public Task<bool> CompleteAsync(string source, string messageId, Instant at, CancellationToken cancellationToken = default) =>
        Task.FromResult(UpdatePending(source, messageId, e => e with { State = WebhookInboxState.Done, LastError = null }));

    public Task<bool> FailAsync(string source, string messageId, string error, Instant? retryAt, CancellationToken cancellationToken = default) =>
        Task.FromResult(UpdatePending(source, messageId, e => retryAt is { } at
            ? e with { NextAttemptAt = at, LastError = error }
            : e with { State = WebhookInboxState.Poison, LastError = error }));

    public Task<WebhookInboxEntry?> GetAsync(string source, string messageId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_entries.TryGetValue((source, messageId), out var e) ? e.Entry : null);
        }
    }

    public Task<IReadOnlyList<WebhookInboxEntry>> ListAsync(WebhookInboxState state, int max, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<WebhookInboxEntry>>(
                [.. _entries.Values.Where(e => e.Entry.State == state).OrderBy(e => e.Seq).Take(max).Select(e => e.Entry)]);
        }
    }

    public Task<int> PurgeDoneAsync(Instant before, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var old = _entries.Where(e => e.Value.Entry.State == WebhookInboxState.Done && e.Value.Entry.Message.ReceivedAt < before).Select(e => e.Key).ToList();
            old.ForEach(k => _entries.Remove(k));
            return Task.FromResult(old.Count);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public void Dispose()
    {
    }

    private bool UpdatePending(string source, string messageId, Func<WebhookInboxEntry, WebhookInboxEntry> change)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue((source, messageId), out var e) || e.Entry.State != WebhookInboxState.Pending)
            {
                return false;
            }

            _entries[(source, messageId)] = (e.Seq, change(e.Entry));
            return true;
        }
    }
}
