using HrKit.Points.Catalog;
using HrKit.Points.Ledger.Holds;
using HrKit.Points.Model;
using NodaTime;

namespace HrKit.Points.Ledger;

/// <summary>
/// The points ledger of one tenant (<see cref="TenantId"/>): append-only postings, balances, holds, the redemption
/// catalog. Every write is one transaction that completes or changes nothing. Create one with
/// <see cref="PointsLedgerStores"/> (or the SQLite and PostgreSQL packages); see docs/points-ledger.md.
/// </summary>
public interface IPointsLedgerStore : IAsyncDisposable
{
    /// <summary>The tenant (company) whose rows this store reads and writes; <see cref="LedgerTenant.Default"/> unless chosen.</summary>
    string TenantId { get; }

    /// <summary>
    /// A store for another tenant over the same database and connections. Only the store it came from owns them:
    /// disposing the returned store does nothing, and it stops working once the original is disposed.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="tenantId"/> is empty, longer than <see cref="PointsBounds.MaxIdLength"/> or holds a control character.</exception>
    IPointsLedgerStore ForTenant(string tenantId);

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

    /// <summary>Spendable balances per category as they stood at <paramref name="asOf"/>: postings recorded by then, less credits past their expiry date then.</summary>
    /// <exception cref="ArgumentException"><paramref name="employeeId"/> is empty.</exception>
    /// <exception cref="PointsInputException"><paramref name="employeeId"/> is longer than <see cref="PointsBounds.MaxIdLength"/>.</exception>
    Task<IReadOnlyList<CategoryBalance>> GetBalancesAsOfAsync(string employeeId, Instant asOf, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lifetime earned points (award and adjustment credits less reversals of credits; spending, expiry and penalties
    /// do not lower it), read from the account rows in O(1). The measure for levels (tiers).
    /// </summary>
    /// <param name="employeeId">The employee.</param>
    /// <param name="category">One category, or all when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <exception cref="ArgumentException"><paramref name="employeeId"/> is empty.</exception>
    /// <exception cref="PointsInputException"><paramref name="employeeId"/> is longer than <see cref="PointsBounds.MaxIdLength"/>.</exception>
    Task<long> GetLifetimeEarnedAsync(string employeeId, string? category = null, CancellationToken cancellationToken = default);

    /// <summary>Employees by points earned in a period, most first (ties by employee id), computed by the database.</summary>
    /// <exception cref="PointsInputException">The period is open or empty, <see cref="LeaderboardQuery.Top"/> is outside 1–1,000 or too many employees are named.</exception>
    Task<IReadOnlyList<LeaderboardEntry>> GetLeaderboardAsync(LeaderboardQuery query, CancellationToken cancellationToken = default);

    /// <summary>When each distinct event of <paramref name="eventType"/> that earned the employee an award occurred in <paramref name="period"/>, in time order (streak and count badges).</summary>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <exception cref="PointsInputException">An id is longer than <see cref="PointsBounds.MaxIdLength"/>.</exception>
    Task<IReadOnlyList<Instant>> GetActivityAsync(string employeeId, string eventType, Interval period, CancellationToken cancellationToken = default);

    /// <summary>
    /// A manual correction with a reason and optional metadata, recorded once per request id. A debit needs the points
    /// to be there; a credit expires like a refund.
    /// </summary>
    /// <exception cref="ArgumentException">An id is missing.</exception>
    /// <exception cref="PointsInputException">An id is too long, the reason is missing or too long, the metadata too big, or points are 0 or beyond <see cref="PointsBounds.MaxPointsPerPosting"/>.</exception>
    /// <exception cref="PointsLedgerException">A debit exceeds the balance (<see cref="PointsLedgerError.InsufficientPoints"/>) or a credit would pass <see cref="PointsBounds.MaxBalance"/>.</exception>
    Task<Posting> AdjustAsync(PointsAdjustment adjustment, CancellationToken cancellationToken = default);

    /// <summary>
    /// The first phase of a redemption: takes the points and a unit of stock now, and holds them until
    /// <see cref="FulfilAsync"/>, <see cref="VoidAsync"/> or <paramref name="timeout"/> (then <see cref="ExpireHoldsAsync"/>
    /// gives them back). Holding the same request again returns the hold.
    /// </summary>
    /// <exception cref="ArgumentException">An id is missing.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is not positive or above <see cref="PointsBounds.MaxHoldTimeout"/>.</exception>
    /// <exception cref="PointsLedgerException">As <see cref="RedeemAsync"/>: unknown item, out of stock, limit reached, insufficient points.</exception>
    Task<RedemptionHold> HoldAsync(RedemptionRequest request, Duration timeout, CancellationToken cancellationToken = default);

    /// <summary>Confirms a hold (the provider delivered); fulfilling twice returns the same hold.</summary>
    /// <exception cref="PointsLedgerException">
    /// <see cref="PointsLedgerError.UnknownHold"/>; <see cref="PointsLedgerError.HoldNotPending"/> when it was voided or
    /// expired; <see cref="PointsLedgerError.HoldExpired"/> when its deadline has passed (it is then expired and its points given back).
    /// </exception>
    Task<RedemptionHold> FulfilAsync(string requestId, CancellationToken cancellationToken = default);

    /// <summary>Cancels a hold (e.g. the provider failed): the points and stock are given back by a reversal. Voiding a voided or expired hold returns it.</summary>
    /// <exception cref="PointsInputException">The reason is missing or longer than 500 characters.</exception>
    /// <exception cref="PointsLedgerException"><see cref="PointsLedgerError.UnknownHold"/>; <see cref="PointsLedgerError.HoldNotPending"/> when it was fulfilled (reverse its posting instead).</exception>
    Task<RedemptionHold> VoidAsync(string requestId, string reason, CancellationToken cancellationToken = default);

    /// <summary>Expires every hold past its deadline, giving its points and stock back (one transaction per hold); returns how many.</summary>
    Task<int> ExpireHoldsAsync(CancellationToken cancellationToken = default);

    /// <summary>The hold of a request, or <see langword="null"/>.</summary>
    Task<RedemptionHold?> GetHoldAsync(string requestId, CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces a catalog item.</summary>
    /// <exception cref="ArgumentException">The id, name or category is missing.</exception>
    /// <exception cref="PointsInputException">The id is too long, or price, stock or limit break <see cref="PointsBounds"/>.</exception>
    Task SaveItemAsync(CatalogItem item, CancellationToken cancellationToken = default);

    /// <summary>All catalog items by id.</summary>
    Task<IReadOnlyList<CatalogItem>> GetItemsAsync(CancellationToken cancellationToken = default);
}
