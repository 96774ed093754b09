using HrKit.Points.Catalog;
using HrKit.Points.Ledger.Holds;
using HrKit.Points.Model;
using NodaTime;

namespace HrKit.Points.Ledger;

/// <summary>
/// One store transaction: the few primitives each backend implements. All ledger rules live once, in
/// <see cref="LedgerStore"/>, so the three stores cannot drift apart. Disposing without commit rolls back.
/// </summary>
internal abstract partial class LedgerSession : IAsyncDisposable
{
    /// <summary>
    /// Serialises writers per account. The backend takes the locks in an order of its own (PostgreSQL: by the locks'
    /// keys) so two sessions cannot deadlock; callers pass the ids in any order (sorting 1 000 ids for the SQLite and
    /// in-memory stores, which lock nothing per account, cost 0.2 ms a batch).
    /// </summary>
    public abstract Task LockAccountsAsync(IReadOnlyList<string> employeeIds, CancellationToken ct);

    public abstract Task<IReadOnlyList<Posting>> QueryAsync(PostingQuery query, CancellationToken ct);

    public abstract Task<Posting?> GetPostingAsync(long id, CancellationToken ct);

    public abstract Task<Posting?> FindByKeyAsync(string idempotencyKey, CancellationToken ct);

    /// <summary>Which of <paramref name="keys"/> and <paramref name="sourceIds"/> the ledger already holds.</summary>
    public abstract Task<RecordedPostings> FindRecordedAsync(IReadOnlyCollection<string> keys, IReadOnlyCollection<string> sourceIds, CancellationToken ct);

    /// <summary>Points already recorded in each cap bucket (0 for a bucket with no postings).</summary>
    public abstract Task<Dictionary<(string EmployeeId, string CapKey), long>> SumCapsAsync(IReadOnlyCollection<(string EmployeeId, string CapKey)> buckets, CancellationToken ct);

    /// <summary>
    /// An upper bound on the number of postings, read without a scan: the largest posting id, or on PostgreSQL the last
    /// id its sequence gave (0 when there is none).
    /// </summary>
    public abstract Task<long> MaxPostingIdAsync(CancellationToken ct);

    /// <summary>The sum of every posting of each account (0 for an account with none), saturating instead of overflowing.</summary>
    public abstract Task<Dictionary<(string EmployeeId, string Category), long>> SumAccountsAsync(IReadOnlyCollection<(string EmployeeId, string Category)> accounts, CancellationToken ct);

    /// <summary>Inserts <paramref name="posting"/> (its Id is ignored) and returns it with the assigned Id.</summary>
    public async Task<Posting> InsertAsync(Posting posting, CancellationToken ct) =>
        (await InsertManyAsync([posting], ct).ConfigureAwait(false))[0];

    /// <summary>Inserts <paramref name="postings"/> in order and returns them with their assigned Ids, in the same order.</summary>
    public abstract Task<IReadOnlyList<Posting>> InsertManyAsync(IReadOnlyList<Posting> postings, CancellationToken ct);

    /// <summary>Reads an item, locking it for the rest of the transaction where the backend can.</summary>
    public abstract Task<CatalogItem?> GetItemAsync(string id, CancellationToken ct);

    public abstract Task SaveItemAsync(CatalogItem item, CancellationToken ct);

    public abstract Task<IReadOnlyList<CatalogItem>> ListItemsAsync(CancellationToken ct);

    public abstract Task<IReadOnlyList<string>> ListEmployeesAsync(CancellationToken ct);

    /// <summary>The tenant's account rows of <paramref name="employeeId"/>, by category.</summary>
    public abstract Task<IReadOnlyList<AccountRow>> GetAccountsAsync(string employeeId, CancellationToken ct);

    /// <summary>Sets an account's expiry watermark after its lots were settled (see <see cref="AccountRow"/>).</summary>
    public abstract Task SetExpiryWatermarkAsync(string employeeId, string category, Instant? watermark, CancellationToken ct);

    public abstract Task<RedemptionHold?> GetHoldAsync(string requestId, CancellationToken ct);

    public abstract Task SaveHoldAsync(RedemptionHold hold, CancellationToken ct);

    /// <summary>Request ids of holds still held whose deadline is at or before <paramref name="now"/>, oldest deadline first.</summary>
    public abstract Task<IReadOnlyList<string>> DueHoldsAsync(Instant now, int limit, CancellationToken ct);

    /// <summary>The aggregates of a report over postings that occurred in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public abstract Task<ReportTotals> ReportTotalsAsync(Instant from, Instant to, string checkInEventType, CancellationToken ct);

    /// <summary>Employees by points earned in [from, to), most first (ties by id), at most <paramref name="top"/>.</summary>
    public abstract Task<IReadOnlyList<(string EmployeeId, long Points)>> LeaderboardAsync(Instant from, Instant to, string? category, IReadOnlyCollection<string>? employees, int top, CancellationToken ct);

    /// <summary>When each distinct source of <paramref name="eventType"/> awards to the employee occurred in [from, to), in time order.</summary>
    public abstract Task<IReadOnlyList<Instant>> ActivityAsync(string employeeId, string eventType, Instant from, Instant to, CancellationToken ct);

    public abstract Task CommitAsync(CancellationToken ct);

    public abstract ValueTask DisposeAsync();
}
