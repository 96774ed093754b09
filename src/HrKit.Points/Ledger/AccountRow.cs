using NodaTime;

namespace HrKit.Points.Ledger;

/// <summary>
/// The running totals an account (tenant, employee, category) keeps beside its postings, updated in the same
/// transaction. <paramref name="ExpiryWatermark"/> is the earliest expiry date of a credit that may still hold points:
/// before it, <paramref name="Balance"/> is the spendable balance as is; at or after it, expiries may be due that are
/// not written yet, and the balance is computed from the postings instead.
/// </summary>
/// <param name="Category">Points category.</param>
/// <param name="Balance">Sum of every posting of the account (saturating).</param>
/// <param name="Earned">Lifetime earned points: credits from awards and adjustments, less reversals of credits.</param>
/// <param name="ExpiryWatermark">See above; <see langword="null"/> when no credit can expire.</param>
internal sealed record AccountRow(string Category, long Balance, long Earned, Instant? ExpiryWatermark)
{
    /// <summary>
    /// Whether <see cref="Balance"/> is the spendable balance at <paramref name="now"/>: no expiry can be due, and the
    /// total is inside <see cref="PointsBounds.MaxBalance"/> (a saturated total, only possible in a hand-edited ledger,
    /// is recomputed exactly from the postings).
    /// </summary>
    public bool IsCurrentAt(Instant now) =>
        (ExpiryWatermark is null || ExpiryWatermark > now) && Balance is >= -PointsBounds.MaxBalance and <= PointsBounds.MaxBalance;
}
