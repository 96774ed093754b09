using System.Globalization;
using HrKit.Points.Ledger;
using HrKit.Points.Tests.Support;
using Microsoft.Data.Sqlite;
using NodaTime.Testing;
using SQLitePCL;
using Xunit.Abstractions;

namespace HrKit.Points.Tests.Ledger;

/// <summary>
/// Issue 14, schema version 5: a child process (tests/HrKit.Points.CrashProbe) is killed with SIGKILL while its appends
/// write the report summaries, and while it upgrades a version 4 or version 3 ledger in place. The file must then pass
/// SQLite's integrity check, be at the old version with the old tables or at today's with all of them (never between),
/// open, and give the same reports from its summaries as straight from its postings.
/// </summary>
public sealed class SqliteSummaryKillTests(ITestOutputHelper output) : IDisposable
{
    // Enough postings that the upgrade runs for a good part of a second: the kills land inside it, not after it.
    private const int BulkPostings = 15_000;
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
    public async Task KilledWhileUpgrading_LeavesTheOldOrTheNewSchemaWhole_AndReportsMatchPostings(int version)
    {
        var clock = new FakeClock(TestData.Monday9am);
        await using (var connection = new SqliteConnection("Data Source=" + _path))
        {
            await KillProbeLedger.CreateAsync(SqlitePointsLedgerStore.Create(_path, clock), clock, connection, version, BulkPostings, isPostgreSql: false);
        }

        SqliteConnection.ClearAllPools();
        var upgrade = await TimeUpgradeOfCopyAsync();
        output.WriteLine($"upgrade from version {version} without a kill: {upgrade.TotalMilliseconds:F0} ms");
        var killedInside = 0;
        // The upgrade holds the write lock from its first statement to its commit: kill as soon as it has it, then a
        // while into it (a fraction of the time it took on the copy, as the machine's load can change the pace).
        foreach (var fraction in new[] { 0, 0.4 })
        {
            using var probe = CrashProbeRun.Start("upgrade", "sqlite", _path);
            await probe.ReadLineStartingAsync("upgrading");
            await WaitForWriteLockAsync();
            await Task.Delay(upgrade * fraction);
            var printed = await probe.KillAsync();
            killedInside += printed.Any(l => l.StartsWith("upgraded", StringComparison.Ordinal)) ? 0 : 1;

            Assert.Equal("ok", Scalar("PRAGMA integrity_check"));
            await using var connection = await OpenAsync();
            var shape = await KillProbeLedger.ShapeAsync(connection, isPostgreSql: false);
            Assert.Contains(shape, new[] { KillProbeLedger.OldShape(version), KillProbeLedger.TodaysShape });
        }

        Assert.True(killedInside > 0, $"no kill landed before the upgrade finished ({upgrade.TotalMilliseconds:F0} ms); make the ledger bigger");
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

    // How long the probe's upgrade of this ledger takes when nothing kills it, on a copy of the file.
    private async Task<TimeSpan> TimeUpgradeOfCopyAsync()
    {
        File.Copy(_path, _path + ".copy");
        using var probe = CrashProbeRun.Start("upgrade", "sqlite", _path + ".copy");
        var line = await probe.ReadLineStartingAsync("upgraded ");
        return TimeSpan.FromMilliseconds(int.Parse(line["upgraded ".Length..], CultureInfo.InvariantCulture));
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

    private string Scalar(string sql)
    {
        using var connection = new SqliteConnection("Data Source=" + _path + ";Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToString(cmd.ExecuteScalar(), CultureInfo.InvariantCulture)!;
    }
}
