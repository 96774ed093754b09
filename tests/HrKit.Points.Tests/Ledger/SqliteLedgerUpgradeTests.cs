using HrKit.Points.Ledger;
using HrKit.Points.Tests.Support;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Ledger;

/// <summary>Issue 14: a SQLite ledger written by an earlier schema version is upgraded in place on first open.</summary>
public sealed class SqliteLedgerUpgradeTests : IDisposable
{
    private readonly string _path = TestData.TempPath(".db");

    [Fact]
    public async Task InitializeAsync_Version1File_UpgradesKeepingBalancesIdsAndIdempotency()
    {
        await using (var connection = new SqliteConnection("Data Source=" + _path))
        {
            await connection.OpenAsync();
            await LegacyLedger.CreateAsync(connection, "INTEGER PRIMARY KEY AUTOINCREMENT");
        }

        await using var store = SqlitePointsLedgerStore.Create(_path, new FakeClock(LegacyLedger.At + Duration.FromDays(1)));
        await store.InitializeAsync();

        await LedgerUpgradeChecks.AssertUpgradedAsync(store);
        Assert.Equal(("5", "default"), (Scalar("SELECT MAX(version) FROM points_schema_version"), Scalar("SELECT DISTINCT tenant_id FROM points_postings")));
        Assert.Equal("ok", Scalar("PRAGMA integrity_check"));
    }

    [Fact]
    public async Task InitializeAsync_Version2File_UpgradesAddingRuleBudgets()
    {
        await using (var connection = new SqliteConnection("Data Source=" + _path))
        {
            var old = SqlitePointsLedgerStore.Create(_path, new FakeClock(TestData.Monday9am));
            await old.InitializeAsync();
            await Version2Ledger.CreateAsync(old, connection);
        }

        Assert.Equal("0", Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'points_rule_budgets'"));
        await using var store = SqlitePointsLedgerStore.Create(_path, new FakeClock(TestData.Monday9am));
        await store.InitializeAsync();

        await Version2Ledger.AssertUpgradedAsync(store);
        Assert.Equal(("5", "1"), (Scalar("SELECT MAX(version) FROM points_schema_version"), Scalar("SELECT COUNT(*) FROM points_rule_budgets")));
    }

    [Fact]
    public async Task InitializeAsync_Version3File_UpgradesBackfillingReportSummaries()
    {
        var clock = new FakeClock(TestData.Monday9am);
        await using (var connection = new SqliteConnection("Data Source=" + _path))
        {
            var old = SqlitePointsLedgerStore.Create(_path, clock);
            await old.InitializeAsync();
            await Version3Ledger.CreateAsync(old, clock, connection);
        }

        Assert.Equal("0", Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'points_report_%'"));
        await using var store = SqlitePointsLedgerStore.Create(_path, clock);
        await store.InitializeAsync();

        await ReportWorkload.AssertReportsMatchPostingsAsync(store);
        Assert.Equal(("5", "ok"), (Scalar("SELECT MAX(version) FROM points_schema_version"), Scalar("PRAGMA integrity_check")));
    }

    [Fact]
    public async Task InitializeAsync_NewerSchemaVersion_RefusedWithWhatToDo()
    {
        await using (var connection = new SqliteConnection("Data Source=" + _path))
        {
            await connection.OpenAsync();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "CREATE TABLE points_schema_version (version INTEGER NOT NULL); INSERT INTO points_schema_version VALUES (6)";
            await cmd.ExecuteNonQueryAsync();
        }

        await using var store = SqlitePointsLedgerStore.Create(_path, new FakeClock(LegacyLedger.At));

        var ex = await Assert.ThrowsAsync<PointsLedgerException>(() => store.InitializeAsync());
        Assert.Equal(PointsLedgerError.SchemaTooNew, ex.Error);
        Assert.Contains("Upgrade the HrKit.Points packages", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private string Scalar(string sql)
    {
        using var connection = new SqliteConnection("Data Source=" + _path);
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToString(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
