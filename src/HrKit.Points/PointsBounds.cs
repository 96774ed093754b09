using NodaTime;

namespace HrKit.Points;

/// <summary>
/// The fixed bounds every points number, id and time stays within, so that no sum over a ledger can overflow and no
/// date computation can run past the calendar. Input outside them is refused with a documented error before anything
/// is written (docs/points-policy.md and docs/points-events.md, "Limits").
/// </summary>
public static class PointsBounds
{
    /// <summary>
    /// Largest number of points one posting may carry, either sign (1,000,000): fixed rule points, an expression's
    /// result, a catalog price, a posting request.
    /// </summary>
    public const long MaxPointsPerPosting = 1_000_000;

    /// <summary>
    /// Largest balance of one account (employee and category), 10^15, and the largest rule cap. Only a ledger of a
    /// billion maximal postings could reach it, so appends check it by reading account totals only then; every sum of a
    /// ledger stays exact, also as a double (below 2^53), far below <see cref="long.MaxValue"/>.
    /// </summary>
    public const long MaxBalance = 1_000_000_000_000_000;

    /// <summary>Longest event id, employee id, event type, catalog item id or redemption request id: 256 characters.</summary>
    public const int MaxIdLength = 256;

    /// <summary>Longest rule name: 128 characters (postings record it in their idempotency and cap keys).</summary>
    public const int MaxRuleNameLength = 128;

    /// <summary>Largest catalog stock or per-employee limit (1,000,000,000), so a refund's <c>stock + 1</c> cannot overflow.</summary>
    public const int MaxCatalogQuantity = 1_000_000_000;

    /// <summary>Longest line of an event JSON Lines file, in characters (64 Ki); a longer line is refused unread.</summary>
    public const int MaxEventLineLength = 64 * 1024;

    /// <summary>Longest <see cref="PointsOptions.ExpireAfter"/>: 100 years (36,525 days).</summary>
    public static readonly Duration MaxExpireAfter = Duration.FromDays(36_525);

    /// <summary>
    /// When events may have happened: from 2000-01-01T00:00:00Z (inclusive) to 2201-01-01T00:00:00Z (exclusive).
    /// Expiry (up to <see cref="MaxExpireAfter"/> later), cap days and months and local dates in every time zone are
    /// then always well inside the calendar.
    /// </summary>
    public static readonly Interval EventTimes = new(Instant.FromUtc(2000, 1, 1, 0, 0), Instant.FromUtc(2201, 1, 1, 0, 0));

    /// <summary>Whether <paramref name="points"/> is a valid amount for one posting.</summary>
    public static bool IsPostingAmount(long points) => points is >= -MaxPointsPerPosting and <= MaxPointsPerPosting;

    /// <summary>Longest timeout of a two-phase redemption hold: 90 days.</summary>
    public static readonly Duration MaxHoldTimeout = Duration.FromDays(90);

    /// <summary>Largest rule multiplier (<c>Properties.multiplier</c>): 100, i.e. "100× points" at most.</summary>
    public const decimal MaxMultiplier = 100m;
}
