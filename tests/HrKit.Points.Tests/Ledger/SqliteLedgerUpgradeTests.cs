using System.Globalization;
using HrKit.Points.Ledger;
using HrKit.Points.Ledger.Sql;
using HrKit.Points.Tests.Support;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Ledger;

/// <summary>Issue 14: a SQLite ledger written by schema version 1 is upgraded in place on first open.</summary>
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
        Assert.Equal((LedgerSchema.Version.ToString(CultureInfo.InvariantCulture), "default"), (Scalar("SELECT MAX(version) FROM points_schema_version"), Scalar("SELECT DISTINCT tenant_id FROM points_postings")));
        Assert.Equal("ok", Scalar("PRAGMA integrity_check"));
    }

    [Fact]
    public async Task InitializeAsync_Version2File_UpgradesAddingRuleBudgets()
    {
        await using (var connection = new SqliteConnection("Data Source=" + _path))
        {
            await Version2Ledger.CreateAsync(connection, Version3Ledger.Sqlite);
        }

        Assert.Equal("0", Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'points_rule_budgets'"));
        await using var store = SqlitePointsLedgerStore.Create(_path, new FakeClock(TestData.Monday9am));
        await store.InitializeAsync();

        await Version2Ledger.AssertUpgradedAsync(store);
        Assert.Equal((LedgerSchema.Version.ToString(CultureInfo.InvariantCulture), "1"), (Scalar("SELECT MAX(version) FROM points_schema_version"), Scalar("SELECT COUNT(*) FROM points_rule_budgets")));
    }

    [Fact]
    public async Task InitializeAsync_Version3File_ChainsEachAccountsPostingsKeepingBalancesHistoryAndExpiry()
    {
        await using (var connection = new SqliteConnection("Data Source=" + _path))
        {
            await connection.OpenAsync();
            await Version3Ledger.CreateAsync(connection, Version3Ledger.Sqlite);
        }

        await Version3Ledger.AssertUpgradedAsync(clock => SqlitePointsLedgerStore.Create(_path, clock));

        Assert.Equal(
            string.Join(";", Version3Ledger.Chains.Select(c => $"{c.Id}:{c.Previous}")),
            Scalar("SELECT group_concat(id || ':' || COALESCE(previous_posting_id, ''), ';') FROM (SELECT id, previous_posting_id FROM points_postings WHERE id <= 7 ORDER BY id)"));
        // The accounts' last postings after the upgrade and the appends: A general 4, B general 9, A learning 10 (the expiry), acme 5.
        Assert.Equal("1:4;2:9;3:10;4:5", Scalar("SELECT group_concat(id || ':' || last_posting_id, ';') FROM (SELECT id, last_posting_id FROM points_accounts ORDER BY id)"));
        Assert.Equal(("0", LedgerSchema.Version.ToString(CultureInfo.InvariantCulture)), (Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'ix_points_postings_account'"), Scalar("SELECT MAX(version) FROM points_schema_version")));
        Assert.Equal("ok", Scalar("PRAGMA integrity_check"));
    }

    [Fact]
    public async Task InitializeAsync_Version4File_UpgradesBackfillingReportSummaries()
    {
        var clock = new FakeClock(TestData.Monday9am);
        await using (var connection = new SqliteConnection("Data Source=" + _path))
        {
            var old = SqlitePointsLedgerStore.Create(_path, clock);
            await old.InitializeAsync();
            await Version4Ledger.CreateAsync(old, clock, connection);
        }

        Assert.Equal("0", Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'points_report_%'"));
        await using var store = SqlitePointsLedgerStore.Create(_path, clock);
        await store.InitializeAsync();

        await ReportWorkload.AssertReportsMatchPostingsAsync(store);
        Assert.Equal((LedgerSchema.Version.ToString(CultureInfo.InvariantCulture), "ok"), (Scalar("SELECT MAX(version) FROM points_schema_version"), Scalar("PRAGMA integrity_check")));
    }

    [Fact]
    public async Task InitializeAsync_NewerSchemaVersion_RefusedWithWhatToDo()
    {
        await using (var connection = new SqliteConnection("Data Source=" + _path))
        {
            await connection.OpenAsync();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "CREATE TABLE points_schema_version (version INTEGER NOT NULL); INSERT INTO points_schema_version VALUES (" + (LedgerSchema.Version + 1).ToString(CultureInfo.InvariantCulture) + ")";
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
