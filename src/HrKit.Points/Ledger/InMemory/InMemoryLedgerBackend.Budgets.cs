using NodaTime;

namespace HrKit.Points.Ledger.InMemory;

/// <summary>The budget rows in memory; the backend's gate already serialises sessions, so nothing needs locking.</summary>
internal sealed partial class InMemoryLedgerBackend
{
    private sealed partial class Session
    {
        public override Task<Dictionary<BudgetKey, long>> LockBudgetsAsync(IReadOnlyList<BudgetKey> sortedKeys, CancellationToken ct) =>
            Task.FromResult(sortedKeys.ToDictionary(k => k, k => owner._budgets.GetValueOrDefault((tenant, k))));

        public override Task AddToBudgetsAsync(IReadOnlyList<(BudgetKey Key, long Points)> awarded, CancellationToken ct)
        {
            foreach (var (key, points) in awarded)
            {
                owner._budgets[(tenant, key)] = owner._budgets.GetValueOrDefault((tenant, key)) + points;
            }

            return Task.CompletedTask;
        }

        public override Task ReturnToBudgetsAsync(string ruleName, Instant occurredAt, long points, CancellationToken ct)
        {
            foreach (var (row, awarded) in owner._budgets.Where(b => b.Key.Tenant == tenant && b.Key.Key.RuleName == ruleName
                && b.Key.Key.PeriodStart <= occurredAt && occurredAt < b.Key.Key.PeriodEnd).ToList())
            {
                owner._budgets[row] = Math.Max(awarded - points, 0);
            }

            return Task.CompletedTask;
        }
    }
}
