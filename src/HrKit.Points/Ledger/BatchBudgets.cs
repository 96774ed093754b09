using System.Runtime.InteropServices;

namespace HrKit.Points.Ledger;

/// <summary>
/// The rule budgets one append batch spends from. Their rows are locked and read once when the batch starts (sorted, see
/// <see cref="BudgetKey"/>), each award is cut to what is left in memory, and what the batch awarded is added to the rows
/// before the commit: in PostgreSQL concurrent batches of the same budget wait for each other's commit, in SQLite the
/// single writer already orders them, so no budget is overspent. A batch with no budgeted request costs nothing here.
/// </summary>
internal sealed class BatchBudgets
{
    private readonly Dictionary<BudgetKey, (long Used, long Added)> _budgets;

    private BatchBudgets(Dictionary<BudgetKey, (long, long)> budgets) => _budgets = budgets;

    /// <summary>Locks and reads the budgets <paramref name="batch"/> may spend from; <see langword="null"/> when it has none.</summary>
    public static async Task<BatchBudgets?> StartAsync(LedgerSession s, IReadOnlyList<PostingRequest> batch, CancellationToken ct)
    {
        SortedSet<BudgetKey>? keys = null;
        foreach (var r in batch)
        {
            if (r.Budget is { } b && r.Points > 0)
            {
                (keys ??= []).Add(new BudgetKey(r.RuleName!, b.PeriodStart, b.PeriodEnd));
            }
        }

        if (keys is null)
        {
            return null;
        }

        var used = await s.LockBudgetsAsync([.. keys], ct).ConfigureAwait(false);
        return new BatchBudgets(used.ToDictionary(u => u.Key, u => (u.Value, 0L)));
    }

    /// <summary>
    /// <paramref name="points"/> (already capped) cut to what is left of the request's budget, never below 0, and counted
    /// as spent; unchanged when the request has no budget.
    /// </summary>
    public long Spend(PostingRequest r, long points)
    {
        if (points <= 0 || r.Budget is not { } b)
        {
            return points;
        }

        ref var budget = ref CollectionsMarshal.GetValueRefOrNullRef(_budgets, new BudgetKey(r.RuleName!, b.PeriodStart, b.PeriodEnd));
        var granted = Math.Min(points, Math.Max(0, PointsSum.Add(b.Limit, -Math.Max(budget.Used, 0))));
        budget = (PointsSum.Add(budget.Used, granted), budget.Added + granted);
        return granted;
    }

    /// <summary>Adds what the batch awarded to the budget rows, inside the batch's transaction.</summary>
    public Task SaveAsync(LedgerSession s, CancellationToken ct)
    {
        var awarded = _budgets.Where(b => b.Value.Added > 0).Select(b => (b.Key, b.Value.Added)).ToList();
        return awarded.Count == 0 ? Task.CompletedTask : s.AddToBudgetsAsync(awarded, ct);
    }
}
