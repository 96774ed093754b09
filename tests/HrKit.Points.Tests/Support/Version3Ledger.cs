using System.Data.Common;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Support;

/// <summary>
/// A ledger as HrKit.Points wrote it at schema version 3 (postings indexed by account, no posting chains): the DDL of a
/// new version 3 ledger copied verbatim from src/HrKit.Points/Ledger/Sql/LedgerSchema.cs at commit a78e2f6 (one
/// dialect's words per parameter), and rows as that code wrote them. The postings of different accounts interleave, so
/// a chain per account is not a run of consecutive ids:
/// <code>
/// id  tenant  employee category points kind        occurred  expires
/// 1   default A        general  +100   award       At        -
/// 2   default B        general  +7     award       At        -
/// 3   default A        learning +20    award       At        At+30d
/// 4   default A        general  -30    redemption  At        -
/// 5   acme    A        general  +50    award       At        -
/// 6   default A        learning +5     award       At+1d     At+60d
/// 7   default A        learning -8     redemption  At+2d     -
/// </code>
/// Accounts (as version 3 kept them): 1 default/A/general 70, earned 100; 2 default/B/general 7; 3 default/A/learning 17,
/// earned 25, expiry watermark At+30d; 4 acme/A/general 50.
/// </summary>
internal static class Version3Ledger
{
    public static readonly Instant At = TestData.Monday9am;

    private const string TenantCondition =
        "tenant_id = current_setting('hrkit.tenant', true) AND (left(current_user, 13) <> 'hrkit_tenant_' OR current_user = 'hrkit_tenant_' || tenant_id)";

    /// <summary>The SQLite words of the version 3 DDL.</summary>
    public static readonly Dialect Sqlite = new("INTEGER PRIMARY KEY AUTOINCREMENT", _ => [], IsPostgreSql: false);

    /// <summary>The PostgreSQL words of the version 3 DDL.</summary>
    public static readonly Dialect PostgreSql = new(
        "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
        table =>
        [
            $"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            $"ALTER TABLE {table} FORCE ROW LEVEL SECURITY",
            $"CREATE POLICY {table}_tenant ON {table} USING ({TenantCondition}) WITH CHECK ({TenantCondition})",
        ],
        IsPostgreSql: true);

    /// <summary>Creates the version 3 tables and the rows above; <paramref name="withBudgets"/> false leaves out version 3's own table (a version 2 ledger).</summary>
    public static async Task CreateAsync(DbConnection connection, Dialect dialect, bool withBudgets = true)
    {
        foreach (var statement in Schema(dialect, withBudgets))
        {
            await ExecuteAsync(connection, statement);
        }

        // Rows are written with their ids, as the tables' owner; PostgreSQL's forced policy binds the owner too, so
        // each tenant's rows are written with that tenant set, as the store did.
        string Ticks(Instant i) => i.ToUnixTimeTicks().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (t, t1, t2) = (Ticks(At), Ticks(At + Duration.FromDays(1)), Ticks(At + Duration.FromDays(2)));
        var (e30, e60) = (Ticks(At + Duration.FromDays(30)), Ticks(At + Duration.FromDays(60)));
        var overriding = dialect.IsPostgreSql ? "OVERRIDING SYSTEM VALUE" : "";
        var postings = $"INSERT INTO points_postings (id, tenant_id, account_id, source_id, idempotency_key, employee_id, category, points, kind, occurred_at, recorded_at, rule_name, event_type, item_id, related_posting_id, expires_at, cap_key, reason, metadata) {overriding} VALUES ";
        var accounts = $"INSERT INTO points_accounts (id, tenant_id, employee_id, category, balance, earned, expiry_watermark) {overriding} VALUES ";
        foreach (var (tenant, rows) in new[]
        {
            ("default", new[]
            {
                accounts + $"(1, 'default', 'A', 'general', 70, 100, NULL), (2, 'default', 'B', 'general', 7, 7, NULL), (3, 'default', 'A', 'learning', 17, 25, {e30})",
                postings + $"(1, 'default', 1, 'e1', 'e1/r', 'A', 'general', 100, 0, {t}, {t}, 'r', 't', NULL, NULL, NULL, NULL, NULL, NULL)",
                postings + $"(2, 'default', 2, 'e2', 'e2/r', 'B', 'general', 7, 0, {t}, {t}, 'r', 't', NULL, NULL, NULL, NULL, NULL, NULL)",
                postings + $"(3, 'default', 3, 'e3', 'e3/r', 'A', 'learning', 20, 0, {t}, {t}, 'r', 't', NULL, NULL, {e30}, NULL, NULL, NULL)",
                postings + $"(4, 'default', 1, 'redeem:r1', 'redeem:r1', 'A', 'general', -30, 1, {t}, {t}, NULL, NULL, 'pen', NULL, NULL, NULL, NULL, NULL)",
                postings + $"(6, 'default', 3, 'e4', 'e4/r', 'A', 'learning', 5, 0, {t1}, {t1}, 'r', 't', NULL, NULL, {e60}, NULL, NULL, NULL)",
                postings + $"(7, 'default', 3, 'redeem:r2', 'redeem:r2', 'A', 'learning', -8, 1, {t2}, {t2}, NULL, NULL, 'book', NULL, NULL, NULL, NULL, NULL)",
            }),
            ("acme", new[]
            {
                accounts + "(4, 'acme', 'A', 'general', 50, 50, NULL)",
                postings + $"(5, 'acme', 4, 'e1', 'e1/r', 'A', 'general', 50, 0, {t}, {t}, 'r', 't', NULL, NULL, NULL, NULL, NULL, NULL)",
            }),
        })
        {
            if (dialect.IsPostgreSql)
            {
                await ExecuteAsync(connection, $"SELECT set_config('hrkit.tenant', '{tenant}', false)");
            }

            foreach (var row in rows)
            {
                await ExecuteAsync(connection, row);
            }
        }

        if (dialect.IsPostgreSql)
        {
            // The identity sequences continue after the ids written here, as they would after the store wrote them.
            await ExecuteAsync(connection, "SELECT setval(pg_get_serial_sequence('points_postings', 'id'), 7)");
            await ExecuteAsync(connection, "SELECT setval(pg_get_serial_sequence('points_accounts', 'id'), 4)");
        }

        await ExecuteAsync(connection, $"INSERT INTO points_schema_version (version) VALUES ({(withBudgets ? 3 : 2)})");
    }

    /// <summary>
    /// What must hold once today's store opened the ledger: balances, histories, balances as of a date and activity as
    /// version 3 gave them, then appends, spending and expiry (first in, first out) continuing each account's history.
    /// </summary>
    public static async Task AssertUpgradedAsync(Func<IClock, IPointsLedgerStore> open)
    {
        var clock = new FakeClock(At + Duration.FromDays(3));
        await using var store = open(clock);
        await store.InitializeAsync();
        var acme = store.ForTenant("acme");

        Assert.Equal([new CategoryBalance("general", 70), new CategoryBalance("learning", 17)], await store.GetBalancesAsync("A"));
        Assert.Equal([new CategoryBalance("general", 7)], await store.GetBalancesAsync("B"));
        Assert.Equal([new CategoryBalance("general", 50)], await acme.GetBalancesAsync("A"));
        Assert.Equal([1L, 3, 4, 6, 7], await IdsAsync(store, new PostingQuery { EmployeeId = "A" }));
        Assert.Equal([3L, 6, 7], await IdsAsync(store, new PostingQuery { EmployeeId = "A", Category = "learning" }));
        Assert.Equal([5L], await IdsAsync(acme, new PostingQuery { EmployeeId = "A" }));
        Assert.Equal(
            [new CategoryBalance("general", 70), new CategoryBalance("learning", 20)],
            await store.GetBalancesAsOfAsync("A", At + Duration.FromHours(1)));
        Assert.Equal(125, await store.GetLifetimeEarnedAsync("A"));
        Assert.Equal([At, At, At + Duration.FromDays(1)], await store.GetActivityAsync("A", "t", new Interval(null, null)));

        // New postings continue the ids and each account's history; replays are still recognised.
        var added = await store.AppendAsync(
        [
            TestData.Award("e5", "A", 10, "learning", At + Duration.FromDays(3), At + Duration.FromDays(90)),
            TestData.Award("e6", "B", 3, at: At + Duration.FromDays(3)),
            TestData.Award("e1", "A", 100),
        ]);
        Assert.Equal([8L, 9], added.Posted.Select(p => p.Id));
        Assert.Equal(["e1"], added.DuplicateSources);
        Assert.Equal([3L, 6, 7, 8], await IdsAsync(store, new PostingQuery { EmployeeId = "A", Category = "learning" }));
        Assert.Equal([2L, 9], await IdsAsync(store, new PostingQuery { EmployeeId = "B" }));

        // At 31 days the 20-point lot is due: 8 of it was spent first (first in, first out), so 12 expire.
        clock.AdvanceDays(28);
        Assert.Equal([new CategoryBalance("general", 70), new CategoryBalance("learning", 15)], await store.GetBalancesAsync("A"));
        Assert.Equal(1, await store.ExpireAsync());
        var expiry = (await store.GetPostingsAsync(new PostingQuery { EmployeeId = "A", Kind = PostingKind.Expiry })).Single();
        Assert.Equal((10L, -12L, "learning"), (expiry.Id, expiry.Points, expiry.Category));
        Assert.Equal([3L, 6, 7, 8, 10], await IdsAsync(store, new PostingQuery { EmployeeId = "A", Category = "learning" }));
        Assert.Equal([new CategoryBalance("general", 70), new CategoryBalance("learning", 15)], await store.GetBalancesAsync("A"));
        Assert.Equal([new CategoryBalance("general", 50)], await acme.GetBalancesAsync("A"));
    }

    /// <summary>Each posting's previous posting in its account after the upgrade, by id (null for an account's first).</summary>
    public static readonly (long Id, long? Previous)[] Chains = [(1, null), (2, null), (3, null), (4, 1), (5, null), (6, 3), (7, 6)];

    private static async Task<IEnumerable<long>> IdsAsync(IPointsLedgerStore store, PostingQuery query) =>
        (await store.GetPostingsAsync(query)).Select(p => p.Id);

    // Verbatim from schema version 3, a new ledger (no version 1 tables to copy).
    private static IEnumerable<string> Schema(Dialect d, bool withBudgets)
    {
        yield return "CREATE TABLE points_schema_version (version INTEGER NOT NULL)";
        yield return $"""
            CREATE TABLE points_accounts (
                id {d.IdColumn},
                tenant_id TEXT NOT NULL,
                employee_id TEXT NOT NULL,
                category TEXT NOT NULL,
                balance BIGINT NOT NULL DEFAULT 0,
                earned BIGINT NOT NULL DEFAULT 0,
                expiry_watermark BIGINT NULL,
                UNIQUE (tenant_id, employee_id, category))
            """;
        yield return $"""
            CREATE TABLE points_postings_v2 (
                id {d.IdColumn},
                tenant_id TEXT NOT NULL,
                account_id BIGINT NOT NULL,
                source_id TEXT NOT NULL,
                idempotency_key TEXT NOT NULL,
                employee_id TEXT NOT NULL,
                category TEXT NOT NULL,
                points BIGINT NOT NULL,
                kind INTEGER NOT NULL,
                occurred_at BIGINT NOT NULL,
                recorded_at BIGINT NOT NULL,
                rule_name TEXT NULL,
                event_type TEXT NULL,
                item_id TEXT NULL,
                related_posting_id BIGINT NULL,
                expires_at BIGINT NULL,
                cap_key TEXT NULL,
                reason TEXT NULL,
                metadata TEXT NULL,
                UNIQUE (tenant_id, idempotency_key))
            """;
        yield return """
            CREATE TABLE points_items_v2 (
                tenant_id TEXT NOT NULL,
                id TEXT NOT NULL,
                name TEXT NOT NULL,
                kind INTEGER NOT NULL,
                price BIGINT NOT NULL,
                stock INTEGER NULL,
                per_employee_limit INTEGER NULL,
                category TEXT NOT NULL,
                PRIMARY KEY (tenant_id, id))
            """;
        yield return """
            CREATE TABLE points_holds (
                tenant_id TEXT NOT NULL,
                request_id TEXT NOT NULL,
                posting_id BIGINT NOT NULL,
                employee_id TEXT NOT NULL,
                item_id TEXT NOT NULL,
                points BIGINT NOT NULL,
                state INTEGER NOT NULL,
                held_at BIGINT NOT NULL,
                expires_at BIGINT NOT NULL,
                settled_at BIGINT NULL,
                refund_posting_id BIGINT NULL,
                reason TEXT NULL,
                PRIMARY KEY (tenant_id, request_id))
            """;
        yield return "ALTER TABLE points_postings_v2 RENAME TO points_postings";
        yield return "ALTER TABLE points_items_v2 RENAME TO points_items";
        yield return "CREATE INDEX ix_points_postings_account ON points_postings (account_id, id)";
        yield return "CREATE INDEX ix_points_postings_source ON points_postings (tenant_id, source_id)";
        yield return "CREATE INDEX ix_points_postings_occurred ON points_postings (tenant_id, occurred_at)";
        yield return "CREATE INDEX ix_points_holds_due ON points_holds (tenant_id, state, expires_at)";
        foreach (var table in new[] { "points_accounts", "points_postings", "points_items", "points_holds" })
        {
            foreach (var statement in d.TenantPolicy(table))
            {
                yield return statement;
            }
        }

        if (!withBudgets)
        {
            yield break;
        }

        yield return """
            CREATE TABLE points_rule_budgets (
                tenant_id TEXT NOT NULL,
                rule_name TEXT NOT NULL,
                period_start BIGINT NOT NULL,
                period_end BIGINT NOT NULL,
                awarded BIGINT NOT NULL DEFAULT 0,
                PRIMARY KEY (tenant_id, rule_name, period_start, period_end))
            """;
        foreach (var statement in d.TenantPolicy("points_rule_budgets"))
        {
            yield return statement;
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>The words of the DDL that differ between databases, as version 3 had them.</summary>
    /// <param name="IdColumn">The auto-increasing primary key.</param>
    /// <param name="TenantPolicy">The statements restricting a table to the session's tenant.</param>
    /// <param name="IsPostgreSql">Whether rows need their tenant set (forced row-level security) and identity sequences moved.</param>
    internal sealed record Dialect(string IdColumn, Func<string, string[]> TenantPolicy, bool IsPostgreSql);
}
