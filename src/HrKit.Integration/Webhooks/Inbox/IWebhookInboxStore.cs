using NodaTime;

namespace HrKit.Integration.Webhooks.Inbox;

/// <summary>
/// Durable storage of webhook messages, keyed by (source, message id): the key de-duplicates redeliveries, including
/// those after a restart. Implementations: SQLite, PostgreSQL and in-memory (<see cref="WebhookInboxStores"/>).
/// Every method commits before it returns. Disposable both ways, so a container disposed with <c>Dispose</c> works too. Failures of the database surface as its own exception types
/// (<c>SqliteException</c>, <c>NpgsqlException</c>); the receivers answer those with 503 so the sender retries.
/// </summary>
public interface IWebhookInboxStore : IAsyncDisposable, IDisposable
{
    /// <summary>
    /// Stores a new pending message unless its key is stored already or <paramref name="maxPending"/> are pending. A
    /// done message received before <paramref name="forgetDoneBefore"/> (outside the de-duplication window) no longer
    /// counts as stored: it is replaced and processed again.
    /// </summary>
    Task<WebhookInboxAddResult> AddAsync(WebhookMessage message, int maxPending, Instant forgetDoneBefore, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="max"/> pending messages due at <paramref name="now"/>, oldest first: each one's
    /// attempt count goes up by one and it is not due again before <paramref name="claimUntil"/>, so no other
    /// processor takes it meanwhile and one that died holding it is retried after that.
    /// </summary>
    Task<IReadOnlyList<WebhookInboxEntry>> ClaimDueAsync(Instant now, Instant claimUntil, int max, CancellationToken cancellationToken = default);

    /// <summary>Marks a pending message done; false when it was not pending (already done or poison), so it is done once.</summary>
    Task<bool> CompleteAsync(string source, string messageId, Instant at, CancellationToken cancellationToken = default);

    /// <summary>Records a failed attempt: pending again from <paramref name="retryAt"/>, or poison when it is null.</summary>
    Task<bool> FailAsync(string source, string messageId, string error, Instant? retryAt, CancellationToken cancellationToken = default);

    /// <summary>One message, or null.</summary>
    Task<WebhookInboxEntry?> GetAsync(string source, string messageId, CancellationToken cancellationToken = default);

    /// <summary>Messages in one state, oldest first, at most <paramref name="max"/>; e.g. the poison ones for a person to look at.</summary>
    Task<IReadOnlyList<WebhookInboxEntry>> ListAsync(WebhookInboxState state, int max, CancellationToken cancellationToken = default);

    /// <summary>Deletes done messages received before <paramref name="before"/>; their ids no longer de-duplicate.</summary>
    Task<int> PurgeDoneAsync(Instant before, CancellationToken cancellationToken = default);
}
