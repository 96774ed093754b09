using NodaTime;

namespace HrKit.Points.Ledger;

/// <summary>The rule budgets' rows: points each rule awarded per period, kept in the same transaction as the postings.</summary>
internal abstract partial class LedgerSession
{
    /// <summary>
    /// Points already awarded against each budget (0 for a budget with no row yet, which is created), locking the rows
    /// for the rest of the transaction one by one in the order of <paramref name="sortedKeys"/>, so sessions cannot deadlock.
    /// </summary>
    public abstract Task<Dictionary<BudgetKey, long>> LockBudgetsAsync(IReadOnlyList<BudgetKey> sortedKeys, CancellationToken ct);

    /// <summary>Adds points awarded against budgets this session locked with <see cref="LockBudgetsAsync"/>.</summary>
    public abstract Task AddToBudgetsAsync(IReadOnlyList<(BudgetKey Key, long Points)> awarded, CancellationToken ct);

    /// <summary>
    /// Gives <paramref name="points"/> of a reversed award back to the budgets of <paramref name="ruleName"/> whose period
    /// holds <paramref name="occurredAt"/> (none when the rule has no budget row there), never below 0.
    /// </summary>
    public abstract Task ReturnToBudgetsAsync(string ruleName, Instant occurredAt, long points, CancellationToken ct);
}
