using NodaTime;

namespace HrKit.Points.Ledger;

/// <summary>
/// One rule's budget row in one period. Ordered by rule (ordinal), then period, which is the order every session locks
/// budget rows in, so two appends touching the same budgets cannot deadlock.
/// </summary>
internal readonly record struct BudgetKey(string RuleName, Instant PeriodStart, Instant PeriodEnd) : IComparable<BudgetKey>
{
    public int CompareTo(BudgetKey other)
    {
        var byRule = string.CompareOrdinal(RuleName, other.RuleName);
        return byRule != 0 ? byRule : PeriodStart != other.PeriodStart ? PeriodStart.CompareTo(other.PeriodStart) : PeriodEnd.CompareTo(other.PeriodEnd);
    }
}
