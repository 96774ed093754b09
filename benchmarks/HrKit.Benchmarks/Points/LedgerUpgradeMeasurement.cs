using System.Diagnostics;
using System.Globalization;
using HrKit.Points.Ledger;
using HrKit.Points.Ledger.PostgreSql;
using HrKit.Points.Ledger.Sql;
using NodaTime;
using Npgsql;

namespace HrKit.Benchmarks.Points;

/// <summary>
/// <c>--ledger-upgrade [postings] [--from 3|4|5]</c>: the in-place upgrade of a PostgreSQL ledger written by schema
/// version 3 (before posting chains; by default), 4 (before report summaries) or 5 (before identifiers compared byte by
/// byte) to today's version, timed around the
/// first <c>InitializeAsync</c> of today's store. The old ledger is today's empty schema turned back (the columns,
/// index and tables the later versions added are dropped, the version row rewritten), filled with the postings of
/// <see cref="LedgerReportMeasurement"/> (1 M by default), vacuumed, analysed and checkpointed. While the upgrade runs,
/// a second connection samples <c>pg_stat_activity</c> and the upgrading backend's <c>/proc/&lt;pid&gt;/status</c>
/// every 50 ms: it prints each statement that ran for a second or more, the backend's peak resident and anonymous
/// memory, the temporary files the upgrade spilled, and the postings table's size before and after. Then June's
/// report runs from the back-filled summaries beside the same totals straight from the postings, to show they agree.
/// Uses <c>HRKIT_BENCH_POSTGRES</c> or a throwaway cluster (fsync on, shared_buffers 256 MB, work_mem 4 MB).
/// </summary>
internal static class LedgerUpgradeMeasurement
{
    private const string ApplicationName = "hrkit-upgrade";

    private static readonly string[] ReportSummaryTables = ["points_report_rules", "points_report_check_ins", "points_report_employees", "points_report_redemptions"];

    public static int Run(int postings, int from)
    {
        if (from is not (3 or 4 or 5))
        {
            Console.Error.WriteLine("--ledger-upgrade: --from takes 3 (before posting chains), 4 (before report summaries) or 5 (before identifiers compared byte by byte).");
            return 2;
        }

        var external = Environment.GetEnvironmentVariable(PostgresCluster.EnvironmentVariable);
        using var cluster = external is null ? PostgresCluster.Start() : null;
        var connectionString = external ?? cluster!.ConnectionString;
        var schema = $"upgrade_{Environment.ProcessId}";
        LedgerReportMeasurement.Execute(connectionString, $"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}");
        connectionString += $";Search Path={schema};Command Timeout=0";
        try
        {
            return RunAsync(connectionString, postings, from).GetAwaiter().GetResult();
        }
        finally
        {
            LedgerReportMeasurement.Execute(connectionString, $"DROP SCHEMA {schema} CASCADE");
        }
    }

    private static async Task<int> RunAsync(string connectionString, int postings, int from)
    {
        await using (var fresh = PostgreSqlPointsLedgerStore.Create(connectionString, SystemClock.Instance))
        {
            await fresh.InitializeAsync();
        }

        LedgerReportMeasurement.Execute(connectionString, TurnBack(from));
        LedgerReportMeasurement.GeneratePostings(connectionString, postings);
        if (from >= 4)
        {
            // Version 4 and 5 ledgers have each account's postings chained; the generated rows are chained here.
            LedgerReportMeasurement.Execute(
                connectionString,
                """
                UPDATE points_postings AS p SET previous_posting_id = w.previous
                FROM (SELECT id, LAG(id) OVER (PARTITION BY account_id ORDER BY id) AS previous FROM points_postings) AS w WHERE w.id = p.id;
                UPDATE points_accounts AS a SET last_posting_id = m.last FROM (SELECT account_id, MAX(id) AS last FROM points_postings GROUP BY account_id) AS m WHERE m.account_id = a.id;
                """);
            LedgerReportMeasurement.Execute(connectionString, "VACUUM FULL points_postings");
        }

        if (from == 5)
        {
            // Version 5 ledgers keep the report summaries.
            LedgerReportMeasurement.Execute(connectionString, string.Join(";\n", LedgerSchema.BackfillReportSummaries(PostgreSqlLedgerBackend.Dialect)));
        }

        // As a ledger in service would be: vacuumed and analysed by autovacuum, its pages written out (VACUUM cannot
        // share a batch: a batch is one transaction).
        LedgerReportMeasurement.Execute(connectionString, "VACUUM ANALYZE");
        LedgerReportMeasurement.Execute(connectionString, "CHECKPOINT");
        var before = Snapshot(connectionString);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"version {from} ledger: {postings:N0} postings, points_postings {before.PostingsBytes / 1048576.0:N0} MiB with indexes"));

        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(() => SampleAsync(connectionString, sampling.Token));
        var watch = Stopwatch.StartNew();
        await using var store = PostgreSqlPointsLedgerStore.Create(connectionString + $";Application Name={ApplicationName}", SystemClock.Instance);
        await store.InitializeAsync();
        var elapsed = watch.Elapsed;
        await sampling.CancelAsync();
        var samples = await sampler;
        var after = Snapshot(connectionString);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"upgrade {from} -> {LedgerSchema.Version}: {elapsed.TotalSeconds:F1} s wall"));
        foreach (var (query, seconds) in samples.Statements.Where(s => s.Seconds >= 1))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {seconds,6:F1} s  {query}"));
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"server backend (pid {samples.Pid}): peak RSS {samples.PeakResidentKiB / 1024.0:N0} MiB (shared buffers it touched included), peak anonymous {samples.PeakAnonymousKiB / 1024.0:N0} MiB; temporary files {(after.TempBytes - before.TempBytes) / 1048576.0:N0} MiB"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"this process: peak RSS {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB (generation and upgrade; the upgrade streams nothing through it)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"points_postings after: {after.PostingsBytes / 1048576.0:N0} MiB with indexes (old row versions until vacuum); version {after.Version}"));
        await LedgerReportMeasurement.ReportAndScanAsync(store, connectionString);
        return after.Version == LedgerSchema.Version ? 0 : 1;
    }

    // Today's empty schema as version 3, 4 or 5 had it.
    private static string TurnBack(int version)
    {
        var dropped = version < 5 ? ReportSummaryTables : [];
        var statements = dropped.Select(t => $"DROP TABLE {t}").ToList();
        // Identifiers under the database's default collation, as before version 6 (a policy depends on tenant_id).
        statements.AddRange(LedgerSchema.IdentifierColumns.Where(t => !dropped.Contains(t.Table)).SelectMany(t => PostgreSqlLedgerBackend.Collate(t.Table, t.Columns, "default")));

        if (version == 3)
        {
            statements.AddRange(
            [
                "ALTER TABLE points_postings DROP COLUMN previous_posting_id",
                "ALTER TABLE points_accounts DROP COLUMN last_posting_id",
                "ALTER TABLE points_accounts RESET (fillfactor)",
                "CREATE INDEX ix_points_postings_account ON points_postings (account_id, id)",
            ]);
        }

        statements.AddRange(["DELETE FROM points_schema_version", $"INSERT INTO points_schema_version (version) VALUES ({version})"]);
        return string.Join(";\n", statements);
    }

    private static (long PostingsBytes, long TempBytes, int Version) Snapshot(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var cmd = new NpgsqlCommand(
            "SELECT pg_total_relation_size('points_postings'), (SELECT temp_bytes FROM pg_stat_database WHERE datname = current_database()), (SELECT MAX(version) FROM points_schema_version)",
            connection);
        using var r = cmd.ExecuteReader();
        r.Read();
        return (r.GetInt64(0), r.GetInt64(1), r.GetInt32(2));
    }

    private static async Task<UpgradeSamples> SampleAsync(string connectionString, CancellationToken stop)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(CancellationToken.None);
        await using var cmd = new NpgsqlCommand($"SELECT pid, query, query_start FROM pg_stat_activity WHERE application_name = '{ApplicationName}' AND state = 'active'", connection);
        var statements = new List<(string Query, DateTime Start)>();
        var (pid, peakResident, peakAnonymous) = (0, 0L, 0L);
        while (!stop.IsCancellationRequested)
        {
            await using (var r = await cmd.ExecuteReaderAsync(CancellationToken.None))
            {
                if (await r.ReadAsync(CancellationToken.None))
                {
                    pid = r.GetInt32(0);
                    var (query, start) = (OneLine(r.GetString(1)), r.GetDateTime(2));
                    if (statements.Count == 0 || statements[^1].Start != start)
                    {
                        statements.Add((query, start));
                    }
                }
            }

            if (pid != 0 && Status(pid) is { } status)
            {
                peakResident = Math.Max(peakResident, status.HighWaterKiB);
                peakAnonymous = Math.Max(peakAnonymous, status.AnonymousKiB);
            }

            try
            {
                await Task.Delay(50, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        if (pid != 0 && Status(pid) is { } last)
        {
            // The store's pooled connection keeps the backend alive, so its high-water mark covers the whole upgrade.
            peakResident = Math.Max(peakResident, last.HighWaterKiB);
        }

        var end = DateTime.UtcNow;
        var timed = statements.Select((s, i) => (s.Query, ((i + 1 < statements.Count ? statements[i + 1].Start.ToUniversalTime() : end) - s.Start.ToUniversalTime()).TotalSeconds)).ToList();
        return new UpgradeSamples(pid, peakResident, peakAnonymous, timed);
    }

    private static string OneLine(string sql)
    {
        var line = string.Join(' ', sql.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= 110 ? line : line[..110] + "…";
    }

    // VmHWM (peak resident) and RssAnon of a process, in KiB; null once it is gone.
    private static (long HighWaterKiB, long AnonymousKiB)? Status(int pid)
    {
        try
        {
            var lines = File.ReadAllLines($"/proc/{pid}/status");
            long Field(string name) => long.Parse(lines.First(l => l.StartsWith(name, StringComparison.Ordinal))[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            return (Field("VmHWM:"), Field("RssAnon:"));
        }
        catch (IOException)
        {
            return null;
        }
    }

    private sealed record UpgradeSamples(int Pid, long PeakResidentKiB, long PeakAnonymousKiB, List<(string Query, double Seconds)> Statements);
}
