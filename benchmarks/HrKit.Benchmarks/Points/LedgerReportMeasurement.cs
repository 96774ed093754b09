using System.Diagnostics;
using System.Globalization;
using HrKit.Points;
using HrKit.Points.Analytics;
using HrKit.Points.Ledger;
using HrKit.Points.Ledger.PostgreSql;
using HrKit.Points.Ledger.Sql;
using Microsoft.Extensions.Options;
using NodaTime;
using Npgsql;

namespace HrKit.Benchmarks.Points;

/// <summary>
/// <c>--ledger-report [postings]</c>: a month's <see cref="PointsAnalytics.GetReportAsync"/> over a PostgreSQL ledger of
/// that many postings (10 M by default), all in June 2025, generated in SQL with <c>generate_series</c>: 100 000
/// employees in two categories, 20 rules, 30 % check-ins, 2 % redemptions of 10 items. The report runs three times
/// after <c>ANALYZE</c>; each time and the median are printed, then the same totals straight from the postings (the
/// scan the report ran before the summaries of schema version 5), once, to show both agree. Uses <c>HRKIT_BENCH_POSTGRES</c> or a throwaway cluster.
/// With <c>--keep</c> (and <c>HRKIT_BENCH_POSTGRES</c>) the ledger is generated once into schema <c>report_kept</c> and
/// left there, so the report can be re-measured after a change without generating 10 M postings again.
/// </summary>
internal static class LedgerReportMeasurement
{
    private const int Employees = 100_000;

    public static int Run(int postings, bool keep)
    {
        var external = Environment.GetEnvironmentVariable(PostgresCluster.EnvironmentVariable);
        keep &= external is not null;
        using var cluster = external is null ? PostgresCluster.Start() : null;
        var connectionString = external ?? cluster!.ConnectionString;
        var schema = keep ? "report_kept" : $"report_{Environment.ProcessId}";
        Execute(connectionString, keep ? $"CREATE SCHEMA IF NOT EXISTS {schema}" : $"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}");
        connectionString += $";Search Path={schema};Command Timeout=0";
        try
        {
            return RunAsync(connectionString, postings).GetAwaiter().GetResult();
        }
        finally
        {
            if (!keep)
            {
                Execute(connectionString, $"DROP SCHEMA {schema} CASCADE");
            }
        }
    }

    private static async Task<int> RunAsync(string connectionString, int postings)
    {
        await using var store = PostgreSqlPointsLedgerStore.Create(connectionString, SystemClock.Instance);
        await store.InitializeAsync();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            connection.Open();
            using var count = new NpgsqlCommand("SELECT COUNT(*) FROM points_postings", connection);
            var existing = (long)count.ExecuteScalar()!;
            if (existing == 0)
            {
                Generate(connectionString, postings);
            }
            else
            {
                Console.WriteLine($"reusing the {existing:N0} postings already in the schema");
            }
        }

        // The report is read as an application reads it: by a role that is not a superuser, which the tables' row-level
        // security policies bind (a superuser bypasses them).
        await using var reader = PostgreSqlPointsLedgerStore.Create(OrdinaryReader(connectionString), SystemClock.Instance);
        await ReportAndScanAsync(reader, connectionString);
        return 0;
    }

    /// <summary>
    /// A connection string for the login role <c>hrkit_bench_reader</c> (not a superuser, created when missing) with
    /// SELECT on the ledger's tables in the schema of <paramref name="connectionString"/>.
    /// </summary>
    private static string OrdinaryReader(string connectionString)
    {
        const string Role = "hrkit_bench_reader";
        var schema = new NpgsqlConnectionStringBuilder(connectionString).SearchPath;
        Execute(
            connectionString,
            $"{PostgresCluster.CreateOrdinaryRole(Role)}; GRANT USAGE ON SCHEMA {schema} TO {Role}; GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {Role}");
        return new NpgsqlConnectionStringBuilder(connectionString) { Username = Role }.ConnectionString;
    }

    /// <summary>Times June 2025's report three times, then prints the same totals straight from the postings.</summary>
    internal static async Task ReportAndScanAsync(IPointsLedgerStore store, string connectionString)
    {
        var analytics = new PointsAnalytics(store, Options.Create(new PointsOptions()));
        var times = new List<double>();
        PointsReport? report = null;
        for (var run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            report = await analytics.GetReportAsync(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30));
            times.Add(watch.Elapsed.TotalSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report run {run + 1}: {times[^1]:F2} s"));
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"median {times.Order().ElementAt(1):F2} s; active {report!.ActiveEmployees:N0}, rules {report.EarningByRule.Count}, check-ins {report.CheckInsByHour.Sum():N0}, redemptions {report.Redemptions.Sum(r => r.Redemptions):N0}"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"report totals:  active {report.ActiveEmployees:N0}, rule points {report.EarningByRule.Sum(r => r.Points):N0} over {report.EarningByRule.Sum(r => (long)r.Awards):N0} awards, check-ins {report.CheckInsByHour.Sum():N0}, redemptions {report.Redemptions.Sum(r => r.Redemptions):N0} by {report.Redemptions.Sum(r => r.Employees):N0} employee-items"));
        ScanTotals(connectionString);
    }

    // The month's totals straight from the postings, as the report computed them before the summaries.
    private static void ScanTotals(string connectionString)
    {
        var zone = new PointsOptions().Zone;
        var (from, to) = (new LocalDate(2025, 6, 1).AtStartOfDayInZone(zone).ToInstant().ToUnixTimeTicks(), new LocalDate(2025, 7, 1).AtStartOfDayInZone(zone).ToInstant().ToUnixTimeTicks());
        var period = $"occurred_at >= {from} AND occurred_at < {to}";
        var watch = Stopwatch.StartNew();
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var cmd = new NpgsqlCommand(
            $"""
            SET work_mem = '64MB';
            WITH standing AS (
                SELECT item_id, employee_id FROM points_postings r WHERE {period} AND kind = 1
                    AND NOT EXISTS (SELECT 1 FROM points_postings v WHERE {period.Replace("occurred_at", "v.occurred_at", StringComparison.Ordinal)} AND v.kind = 2 AND v.related_posting_id = r.id))
            SELECT (SELECT COUNT(*) FROM (SELECT DISTINCT employee_id FROM points_postings WHERE {period} AND kind = 0) AS e),
                (SELECT SUM(points) FROM points_postings WHERE {period} AND (kind = 0 OR (kind = 2 AND rule_name IS NOT NULL))),
                (SELECT COUNT(*) FROM points_postings WHERE {period} AND kind = 0),
                (SELECT COUNT(*) FROM (SELECT DISTINCT occurred_at / {ReportTotals.BucketTicks}, source_id, employee_id FROM points_postings WHERE {period} AND kind = 0 AND event_type = 'checkIn') AS c),
                (SELECT COUNT(*) FROM standing), (SELECT COUNT(*) FROM (SELECT DISTINCT item_id, employee_id FROM standing) AS i)
            """,
            connection) { CommandTimeout = 0 };
        using var r = cmd.ExecuteReader();
        r.Read();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"postings scan:  active {r.GetInt64(0):N0}, rule points {r.GetDecimal(1):N0} over {r.GetInt64(2):N0} awards, check-ins {r.GetInt64(3):N0}, redemptions {r.GetInt64(4):N0} by {r.GetInt64(5):N0} employee-items ({watch.Elapsed.TotalSeconds:F1} s)"));
    }

    private static void Generate(string connectionString, int postings)
    {
        GeneratePostings(connectionString, postings);
        // The summaries a store keeps on every append, filled as the schema upgrade fills them for an existing ledger.
        var backfill = Stopwatch.StartNew();
        Execute(connectionString, string.Join(";\n", LedgerSchema.BackfillReportSummaries(PostgreSqlLedgerBackend.Dialect)) + ";\nANALYZE;");
        Console.WriteLine($"report summaries back-filled (and ANALYZE) in {backfill.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>
    /// Writes the accounts, items and postings described above with plain SQL (the columns every schema version since 2
    /// has), leaving the report summaries and posting chains to the caller.
    /// </summary>
    internal static void GeneratePostings(string connectionString, int postings)
    {
        var june = Instant.FromUtc(2025, 6, 1, 0, 0);
        var fill = Stopwatch.StartNew();
        var month = Duration.FromDays(30).BclCompatibleTicks;
        Execute(
            connectionString,
            $"""
            INSERT INTO points_accounts (tenant_id, employee_id, category)
            SELECT 'default', 'E' || lpad(e::text, 6, '0'), c FROM generate_series(0, {Employees - 1}) AS e, unnest(ARRAY['general', 'learning']) AS c ORDER BY 2, 3;
            INSERT INTO points_items (tenant_id, id, name, kind, price, stock, per_employee_limit, category)
            SELECT 'default', 'item-' || i, 'Item ' || i, 0, 10, NULL, NULL, 'general' FROM generate_series(0, 9) AS i;
            INSERT INTO points_postings (tenant_id, account_id, source_id, idempotency_key, employee_id, category, points, kind, occurred_at, recorded_at, rule_name, event_type, item_id)
            SELECT 'default', a.id, 'ev' || g, 'ev' || g || '/R' || (g % 20), a.employee_id, a.category,
                CASE WHEN g % 50 = 0 THEN -10 ELSE 1 + g % 10 END, CASE WHEN g % 50 = 0 THEN 1 ELSE 0 END,
                {june.ToUnixTimeTicks()} + (g::bigint * {month / postings}), {june.ToUnixTimeTicks()} + (g::bigint * {month / postings}),
                CASE WHEN g % 50 = 0 THEN NULL ELSE 'R' || (g % 20) END,
                CASE WHEN g % 50 = 0 THEN NULL WHEN g % 10 < 3 THEN 'checkIn' ELSE 'course' END,
                CASE WHEN g % 50 = 0 THEN 'item-' || (g / 50 % 10) END
            FROM generate_series(0, {postings - 1}) AS g
            JOIN points_accounts AS a ON a.id = (SELECT MIN(id) FROM points_accounts) + g % {2 * Employees};
            UPDATE points_accounts AS a SET balance = s.total FROM (SELECT account_id, SUM(points)::bigint AS total FROM points_postings GROUP BY account_id) AS s WHERE a.id = s.account_id;
            """);
        Console.WriteLine($"generated {postings:N0} postings for {Employees:N0} employees in {fill.Elapsed.TotalSeconds:F1} s");
    }

    internal static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        cmd.ExecuteNonQuery();
    }
}
