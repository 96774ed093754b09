using HrKit.Points.Ledger;
using HrKit.Points.Tests.Support;
using NodaTime;
using NodaTime.Testing;
using Npgsql;

namespace HrKit.Points.Tests.Ledger;

/// <summary>Issue 14: a PostgreSQL ledger written by an earlier schema version is upgraded in place on first open.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlLedgerUpgradeTests(PostgreSqlCluster cluster)
{
    [Fact]
    public async Task InitializeAsync_Version1Schema_UpgradesKeepingBalancesIdsAndIdempotency()
    {
        var connectionString = cluster.NewSchema();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await LegacyLedger.CreateAsync(connection, "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY");
        }

        await using var store = PostgreSqlPointsLedgerStore.Create(connectionString, new FakeClock(LegacyLedger.At + Duration.FromDays(1)));
        await store.InitializeAsync();

        await LedgerUpgradeChecks.AssertUpgradedAsync(store);
        Assert.Equal((5, true), await VersionAndForcedRowSecurityAsync(connectionString, "points_postings"));
    }

    [Fact]
    public async Task InitializeAsync_Version2Schema_UpgradesAddingRuleBudgetsUnderRowLevelSecurity()
    {
        var connectionString = cluster.NewSchema();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            var old = PostgreSqlPointsLedgerStore.Create(connectionString, new FakeClock(TestData.Monday9am));
            await old.InitializeAsync();
            await Version2Ledger.CreateAsync(old, connection);
        }

        await using var store = PostgreSqlPointsLedgerStore.Create(connectionString, new FakeClock(TestData.Monday9am));
        await store.InitializeAsync();

        await Version2Ledger.AssertUpgradedAsync(store);
        Assert.Equal((5, true), await VersionAndForcedRowSecurityAsync(connectionString, "points_rule_budgets"));
    }

    [Fact]
    public async Task InitializeAsync_Version3Schema_UpgradesBackfillingReportSummariesUnderRowLevelSecurity()
    {
        var connectionString = cluster.NewSchema();
        var clock = new FakeClock(TestData.Monday9am);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            var old = PostgreSqlPointsLedgerStore.Create(connectionString, clock);
            await old.InitializeAsync();
            await Version3Ledger.CreateAsync(old, clock, connection);
        }

        await using var store = PostgreSqlPointsLedgerStore.Create(connectionString, clock);
        await store.InitializeAsync();

        await ReportWorkload.AssertReportsMatchPostingsAsync(store);
        Assert.Equal((5, true), await VersionAndForcedRowSecurityAsync(connectionString, "points_postings"));
        Assert.Equal((5, true), await VersionAndForcedRowSecurityAsync(connectionString, "points_report_employees"));
    }

    // The schema version and whether the table's row-level security binds its owner too.
    private static async Task<(int Version, bool Forced)> VersionAndForcedRowSecurityAsync(string connectionString, string table)
    {
        await using var check = new NpgsqlConnection(connectionString);
        await check.OpenAsync();
        await using var cmd = new NpgsqlCommand($"SELECT (SELECT MAX(version) FROM points_schema_version), (SELECT relforcerowsecurity FROM pg_class WHERE oid = '{table}'::regclass)", check);
        await using var r = await cmd.ExecuteReaderAsync();
        await r.ReadAsync();
        return (r.GetInt32(0), r.GetBoolean(1));
    }
}
