using HrKit.Points.Catalog;
using HrKit.Points.Model;

namespace HrKit.Points.Ledger;

/// <summary>
/// The points ledger: append-only postings, balances, the redemption catalog. Every write is one transaction
/// that completes or changes nothing. Create one with <see cref="PointsLedgerStores"/>.
/// </summary>
public interface IPointsLedgerStore : IAsyncDisposable
{
    /// <summary>Creates tables if needed; safe to call more than once.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Records a batch in one transaction; sources already recorded are skipped.</summary>
    /// <exception cref="PointsInputException">A request lacks an id, or breaks <see cref="PointsBounds"/> (points, cap, id length, time); nothing was recorded.</exception>
    /// <exception cref="PointsLedgerException">A credit would take an account past <see cref="PointsBounds.MaxBalance"/>; nothing was recorded.</exception>
    Task<AppendResult> AppendAsync(IReadOnlyList<PostingRequest> batch, CancellationToken cancellationToken = default);

    /// <summary>Spends points on one unit of an item, or throws <see cref="PointsLedgerException"/> having changed nothing.</summary>
    /// <exception cref="ArgumentException">An id is missing.</exception>
    /// <exception cref="PointsInputException">An id is longer than <see cref="PointsBounds.MaxIdLength"/>.</exception>
    Task<Posting> RedeemAsync(RedemptionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Cancels a posting (a redemption is refunded and its stock returned); reversing twice reverses once.</summary>
    Task<Posting> ReverseAsync(long postingId, CancellationToken cancellationToken = default);

    /// <summary>Records expiry postings for every unspent credit past its expiry date; returns how many.</summary>
    Task<int> ExpireAsync(CancellationToken cancellationToken = default);

    /// <summary>Spendable balances per category now (credits past their expiry date no longer count).</summary>
    /// <exception cref="ArgumentException"><paramref name="employeeId"/> is empty.</exception>
    /// <exception cref="PointsInputException"><paramref name="employeeId"/> is longer than <see cref="PointsBounds.MaxIdLength"/>.</exception>
    Task<IReadOnlyList<CategoryBalance>> GetBalancesAsync(string employeeId, CancellationToken cancellationToken = default);

    /// <summary>Postings matching <paramref name="query"/> in recording order.</summary>
    Task<IReadOnlyList<Posting>> GetPostingsAsync(PostingQuery query, CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces a catalog item.</summary>
    /// <exception cref="ArgumentException">The id, name or category is missing.</exception>
    /// <exception cref="PointsInputException">The id is too long, or price, stock or limit break <see cref="PointsBounds"/>.</exception>
    Task SaveItemAsync(CatalogItem item, CancellationToken cancellationToken = default);

    /// <summary>All catalog items by id.</summary>
    Task<IReadOnlyList<CatalogItem>> GetItemsAsync(CancellationToken cancellationToken = default);
}
