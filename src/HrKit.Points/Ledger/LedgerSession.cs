using HrKit.Points.Catalog;
using HrKit.Points.Model;

namespace HrKit.Points.Ledger;

/// <summary>
/// One store transaction: the few primitives each backend implements. All ledger rules live once, in
/// <see cref="LedgerStore"/>, so the three stores cannot drift apart. Disposing without commit rolls back.
/// </summary>
internal abstract class LedgerSession : IAsyncDisposable
{
    /// <summary>Serialises writers per account, taken in sorted order so two sessions cannot deadlock.</summary>
    public abstract Task LockAccountsAsync(IReadOnlyList<string> sortedEmployeeIds, CancellationToken ct);

    public abstract Task<IReadOnlyList<Posting>> QueryAsync(PostingQuery query, CancellationToken ct);

    public abstract Task<Posting?> GetPostingAsync(long id, CancellationToken ct);

    public abstract Task<Posting?> FindByKeyAsync(string idempotencyKey, CancellationToken ct);

    /// <summary>Which of <paramref name="keys"/> and <paramref name="sourceIds"/> the ledger already holds.</summary>
    public abstract Task<RecordedPostings> FindRecordedAsync(IReadOnlyCollection<string> keys, IReadOnlyCollection<string> sourceIds, CancellationToken ct);

    /// <summary>Points already recorded in each cap bucket (0 for a bucket with no postings).</summary>
    public abstract Task<Dictionary<(string EmployeeId, string CapKey), long>> SumCapsAsync(IReadOnlyCollection<(string EmployeeId, string CapKey)> buckets, CancellationToken ct);

    /// <summary>The largest posting id (0 when empty): an upper bound on the number of postings, read without a scan.</summary>
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

    public abstract Task CommitAsync(CancellationToken ct);

    public abstract ValueTask DisposeAsync();
}
