using System.Data.Common;
using System.Globalization;
using HrKit.Points.Ledger;
using HrKit.Points.Ledger.Sql;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Support;

/// <summary>
/// The ledgers of the kill probes of schema version 5 and what must hold after a kill. <see cref="CreateAsync"/>: a
/// ledger as schema version 4 (before the report summaries) or 3 (before posting chains) left it, big enough that its
/// upgrade takes a while to kill in the middle of: <see cref="Version4Ledger"/> (the <see cref="ReportWorkload"/>
/// made by today's store, summaries dropped), plus bulk check-in awards written with plain SQL for
/// <see cref="BulkEmployees"/> employees W0…W199, spread over 40 days around June 2025, with their account rows and
/// posting chains as the store keeps them; for version 3 the chains are dropped again and the account index restored.
/// </summary>
internal static class KillProbeLedger
{
    public const int BulkEmployees = 200;

    /// <summary>Creates the ledger; <paramref name="connection"/> is opened and left open.</summary>
    public static async Task CreateAsync(IPointsLedgerStore store, FakeClock clock, DbConnection connection, int version, int bulkPostings, bool isPostgreSql)
    {
        if (version is not (3 or 4))
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, "3 or 4");
        }

        await Version4Ledger.CreateAsync(store, clock, connection);
        var from = Instant.FromUtc(2025, 5, 28, 0, 0).ToUnixTimeTicks();
        var step = Duration.FromDays(40).BclCompatibleTicks / bulkPostings;
        // Both as BIGINT: PostgreSQL reads a literal that fits in 32 bits as integer, and n * step would overflow it.
        string Number(long n) => $"CAST({n.ToString(CultureInfo.InvariantCulture)} AS BIGINT)";
        var statements = new List<string>
        {
            $"WITH RECURSIVE g(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM g WHERE n < {BulkEmployees - 1}) "
            + "INSERT INTO points_accounts (tenant_id, employee_id, category) SELECT 'default', 'W' || n, 'general' FROM g",
            $"WITH RECURSIVE g(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM g WHERE n < {bulkPostings - 1}) "
            + "INSERT INTO points_postings (tenant_id, account_id, source_id, idempotency_key, employee_id, category, points, kind, occurred_at, recorded_at, rule_name, event_type) "
            + $"SELECT 'default', a.id, 'w' || g.n, 'w' || g.n || '/bulk', a.employee_id, 'general', 1 + g.n % 5, 0, {Number(from)} + g.n * {Number(step)}, {Number(from)} + g.n * {Number(step)}, 'bulk', 'checkIn' "
            + $"FROM g JOIN points_accounts a ON a.tenant_id = 'default' AND a.category = 'general' AND a.employee_id = 'W' || (g.n % {BulkEmployees})",
            "UPDATE points_accounts SET balance = s.total, earned = s.total FROM (SELECT account_id, SUM(points) AS total FROM points_postings WHERE source_id LIKE 'w%' GROUP BY account_id) AS s "
            + "WHERE s.account_id = points_accounts.id",
            "UPDATE points_postings SET previous_posting_id = w.previous FROM (SELECT id, LAG(id) OVER (PARTITION BY account_id ORDER BY id) AS previous FROM points_postings) AS w "
            + "WHERE w.id = points_postings.id AND points_postings.source_id LIKE 'w%'",
            "UPDATE points_accounts SET last_posting_id = m.last FROM (SELECT account_id, MAX(id) AS last FROM points_postings GROUP BY account_id) AS m WHERE m.account_id = points_accounts.id",
        };
        if (version == 3)
        {
            statements.AddRange(
            [
                "ALTER TABLE points_postings DROP COLUMN previous_posting_id",
                "ALTER TABLE points_accounts DROP COLUMN last_posting_id",
                "CREATE INDEX ix_points_postings_account ON points_postings (account_id, id)",
                "DELETE FROM points_schema_version",
                "INSERT INTO points_schema_version (version) VALUES (3)",
            ]);
            if (isPostgreSql)
            {
                statements.Add("ALTER TABLE points_accounts RESET (fillfactor)");
            }
        }

        foreach (var sql in statements)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            cmd.CommandTimeout = 120;
            await cmd.ExecuteNonQueryAsync();
        }
    }

    /// <summary>
    /// The schema version on file, how many report summary tables exist and whether postings have their chain column:
    /// (3, 0, false), (4, 0, true) or today's (<see cref="LedgerSchema.Version"/>, 4, true), read with plain SQL.
    /// </summary>
    public static async Task<(int Version, long SummaryTables, bool Chained)> ShapeAsync(DbConnection connection, bool isPostgreSql)
    {
        var version = Convert.ToInt32(await ScalarAsync(connection, "SELECT MAX(version) FROM points_schema_version"), CultureInfo.InvariantCulture);
        var tables = await ScalarAsync(connection, isPostgreSql
            ? "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE 'points\\_report\\_%'"
            : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name LIKE 'points\\_report\\_%' ESCAPE '\\'");
        var chained = await ScalarAsync(connection, isPostgreSql
            ? "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'points_postings' AND column_name = 'previous_posting_id'"
            : "SELECT COUNT(*) FROM pragma_table_info('points_postings') WHERE name = 'previous_posting_id'");
        return (version, tables, chained == 1);
    }

    /// <summary>Accounts whose balance row differs from the sum of their postings, read with plain SQL.</summary>
    public static Task<long> AccountsOffTheirPostingsAsync(DbConnection connection) =>
        ScalarAsync(
            connection,
            "SELECT COUNT(*) FROM points_accounts a LEFT JOIN (SELECT account_id, SUM(points) AS total FROM points_postings GROUP BY account_id) AS p ON p.account_id = a.id "
            + "WHERE a.balance <> COALESCE(p.total, 0)");

    /// <summary>
    /// What must hold after a probe's appends were killed: every balance row equals its account's postings (plain SQL on
    /// <paramref name="connection"/>), the last run's first reported batch is there, and once <paramref name="store"/> has
    /// opened the ledger its reports from the summaries equal those straight from the postings.
    /// </summary>
    public static async Task AssertAppendsSurvivedAsync(DbConnection connection, IPointsLedgerStore store, string lastRun)
    {
        Assert.Equal(0, await AccountsOffTheirPostingsAsync(connection));
        await store.InitializeAsync();
        Assert.NotEmpty(await store.GetPostingsAsync(new PostingQuery { SourceId = $"{lastRun}/b0/0" }));
        await ReportWorkload.AssertReportsMatchPostingsAsync(store);
    }

    /// <summary>The shape (as <see cref="ShapeAsync"/> reads it) of today's schema.</summary>
    public static readonly (int Version, long SummaryTables, bool Chained) TodaysShape = (LedgerSchema.Version, 4, true);

    /// <summary>The shape (as <see cref="ShapeAsync"/> reads it) of the old ledger <see cref="CreateAsync"/> made.</summary>
    public static (int Version, long SummaryTables, bool Chained) OldShape(int version) => (version, 0, version >= 4);

    private static async Task<long> ScalarAsync(DbConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
