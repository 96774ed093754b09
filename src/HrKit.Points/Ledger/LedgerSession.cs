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

    /// <summary>Inserts <paramref name="posting"/> (its Id is ignored) and returns it with the assigned Id.</summary>
    public abstract Task<Posting> InsertAsync(Posting posting, CancellationToken ct);

    /// <summary>Reads an item, locking it for the rest of the transaction where the backend can.</summary>
    public abstract Task<CatalogItem?> GetItemAsync(string id, CancellationToken ct);

    public abstract Task SaveItemAsync(CatalogItem item, CancellationToken ct);

    public abstract Task<IReadOnlyList<CatalogItem>> ListItemsAsync(CancellationToken ct);

    public abstract Task<IReadOnlyList<string>> ListEmployeesAsync(CancellationToken ct);

    public abstract Task CommitAsync(CancellationToken ct);

    public abstract ValueTask DisposeAsync();
}
