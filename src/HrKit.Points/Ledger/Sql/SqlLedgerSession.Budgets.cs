using NodaTime;

namespace HrKit.Points.Ledger.Sql;

/// <summary>
/// The budget rows (<c>points_rule_budgets</c>). A batch touches a few of them (its budgeted rules times their periods),
/// so each is one small statement. The lock is an upsert that always updates: on a row that exists it takes the row lock
/// and waits for any session holding it to commit, then returns the committed total, in PostgreSQL as in SQLite.
/// </summary>
internal abstract partial class SqlLedgerSession
{
    private const string BudgetRow = "tenant_id = @tenant AND rule_name = @rule AND period_start = @start AND period_end = @end";

    public override async Task<Dictionary<BudgetKey, long>> LockBudgetsAsync(IReadOnlyList<BudgetKey> sortedKeys, CancellationToken ct)
    {
        var used = new Dictionary<BudgetKey, long>(sortedKeys.Count);
        foreach (var key in sortedKeys)
        {
            var awarded = await ReadAsync(
                Command(
                    """
                    INSERT INTO points_rule_budgets (tenant_id, rule_name, period_start, period_end, awarded) VALUES (@tenant, @rule, @start, @end, 0)
                    ON CONFLICT (tenant_id, rule_name, period_start, period_end) DO UPDATE SET awarded = points_rule_budgets.awarded
                    RETURNING awarded
                    """,
                    BudgetArgs(key)),
                r => r.GetInt64(0),
                ct).ConfigureAwait(false);
            used[key] = awarded[0];
        }

        return used;
    }

    public override async Task AddToBudgetsAsync(IReadOnlyList<(BudgetKey Key, long Points)> awarded, CancellationToken ct)
    {
        foreach (var (key, points) in awarded)
        {
            // Bounded: a row holds at most its limit (10^15) before a batch adds at most as much again.
            await Command($"UPDATE points_rule_budgets SET awarded = awarded + @points WHERE {BudgetRow}", [.. BudgetArgs(key), ("points", points)])
                .ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    public override Task ReturnToBudgetsAsync(string ruleName, Instant occurredAt, long points, CancellationToken ct) =>
        Command(
            """
            UPDATE points_rule_budgets SET awarded = CASE WHEN awarded > @points THEN awarded - @points ELSE 0 END
            WHERE tenant_id = @tenant AND rule_name = @rule AND period_start <= @at AND period_end > @at
            """,
            ("points", points), ("tenant", Tenant), ("rule", ruleName), ("at", occurredAt.ToUnixTimeTicks())).ExecuteNonQueryAsync(ct);

    private (string, object?)[] BudgetArgs(BudgetKey key) =>
        [("tenant", Tenant), ("rule", key.RuleName), ("start", key.PeriodStart.ToUnixTimeTicks()), ("end", key.PeriodEnd.ToUnixTimeTicks())];
}
