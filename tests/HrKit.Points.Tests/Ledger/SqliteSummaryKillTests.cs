using System.Globalization;
using HrKit.Points.Ledger;
using HrKit.Points.Tests.Support;
using Microsoft.Data.Sqlite;
using NodaTime.Testing;
using SQLitePCL;

namespace HrKit.Points.Tests.Ledger;

/// <summary>
/// Issue 14, schema version 5: a child process (tests/HrKit.Points.CrashProbe) is killed with SIGKILL while its appends
/// write the report summaries, and while it upgrades a version 4 or version 3 ledger in place. The file must then pass
/// SQLite's integrity check, be at the old version with the old tables, open, and give the same reports from its summaries as straight from its postings.
/// </summary>
public sealed class SqliteSummaryKillTests : IDisposable
{
    // The kills no longer race the upgrade (see HoldTheVersionRowSql), so the ledger's size does not matter.
    private const int BulkPostings = 2_000;

    // A BEFORE INSERT trigger on the version row, which every upgrade writes last, inside its transaction: it counts a
    // four-way cross join of 1 000 rows (10^12), so the upgrade never reaches its commit and any kill lands inside it.
    // The body reads a table of the test's own: the version-3 upgrade drops and renames the ledger's tables.
    private const string HoldTheVersionRowSql = """
        CREATE TABLE probe_hold (n INTEGER NOT NULL);
        WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 1000) INSERT INTO probe_hold SELECT n FROM k;
        CREATE TRIGGER probe_hold_version BEFORE INSERT ON points_schema_version BEGIN
            SELECT COUNT(*) FROM probe_hold a, probe_hold b, probe_hold c, probe_hold d;
        END;
        """;
    private readonly string _path = TestData.TempPath(".db");

    [Fact]
    public async Task KilledWhileAppendingWithSummaries_ReportsFromSummariesEqualReportsFromPostings()
    {
        var random = new Random(20261201);
        for (var round = 0; round < 2; round++)
        {
            using var probe = CrashProbeRun.Start("summaries", "sqlite", _path, $"run{round}", "200");
            await probe.ReadLineStartingAsync("committed 0");
            // A moment later, so the kill lands inside a later round of appends, redemption and reversals.
            await Task.Delay(random.Next(1, 60));
            await probe.KillAsync();
        }

        Assert.Equal("ok", Scalar("PRAGMA integrity_check"));
        await using var connection = await OpenAsync();
        await using var store = SqlitePointsLedgerStore.Create(_path, new FakeClock(TestData.Monday9am));
        await KillProbeLedger.AssertAppendsSurvivedAsync(connection, store, "run1");
    }

    [Theory]
    [InlineData(4)]
    [InlineData(3)]
    public async Task KilledWhileUpgrading_LeavesTheOldSchemaWhole_AndReportsMatchPostings(int version)
    {
        var clock = new FakeClock(TestData.Monday9am);
        await using (var connection = new SqliteConnection("Data Source=" + _path))
        {
            await KillProbeLedger.CreateAsync(SqlitePointsLedgerStore.Create(_path, clock), clock, connection, version, BulkPostings, isPostgreSql: false);
        }

        SqliteConnection.ClearAllPools();
        // Once the probe has the write lock, a kill lands inside the upgrade wherever it falls: its last statement (the
        // version row) waits in a trigger that never ends. The first kill comes as soon as the lock is seen (during the
        // upgrade's early statements), the second a while later (by then, usually inside the hold).
        foreach (var delay in new[] { TimeSpan.Zero, TimeSpan.FromMilliseconds(500) })
        {
            Execute(HoldTheVersionRowSql);
            using var probe = CrashProbeRun.Start("upgrade", "sqlite", _path);
            await probe.ReadLineStartingAsync("upgrading");
            await WaitForWriteLockAsync();
            await Task.Delay(delay);
            var printed = await probe.KillAsync();
            Assert.DoesNotContain(printed, l => l.StartsWith("upgraded", StringComparison.Ordinal));

            Assert.Equal("ok", Scalar("PRAGMA integrity_check"));
            Execute("DROP TRIGGER probe_hold_version; DROP TABLE probe_hold");
            await using var connection = await OpenAsync();
            Assert.Equal(KillProbeLedger.OldShape(version), await KillProbeLedger.ShapeAsync(connection, isPostgreSql: false));
        }

        await using (var store = SqlitePointsLedgerStore.Create(_path, clock))
        {
            await store.InitializeAsync();
            await ReportWorkload.AssertReportsMatchPostingsAsync(store);
        }

        await using var check = await OpenAsync();
        Assert.Equal(KillProbeLedger.TodaysShape, await KillProbeLedger.ShapeAsync(check, isPostgreSql: false));
        Assert.Equal(0, await KillProbeLedger.AccountsOffTheirPostingsAsync(check));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm", _path + ".copy", _path + ".copy-wal", _path + ".copy-shm" })
        {
            File.Delete(file);
        }
    }

    // Polls for the probe's IMMEDIATE transaction: BEGIN IMMEDIATE without a busy timeout fails while another holds it.
    private async Task WaitForWriteLockAsync()
    {
        using var connection = new SqliteConnection("Data Source=" + _path + ";Pooling=False");
        connection.Open();
        raw.sqlite3_busy_timeout(connection.Handle, 0);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (raw.sqlite3_exec(connection.Handle, "BEGIN IMMEDIATE") == raw.SQLITE_OK)
        {
            raw.sqlite3_exec(connection.Handle, "ROLLBACK");
            Assert.True(DateTime.UtcNow < deadline, "the probe never took the write lock");
            await Task.Delay(1);
        }
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection("Data Source=" + _path + ";Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection("Data Source=" + _path + ";Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private string Scalar(string sql)
    {
        using var connection = new SqliteConnection("Data Source=" + _path + ";Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToString(cmd.ExecuteScalar(), CultureInfo.InvariantCulture)!;
    }
}
