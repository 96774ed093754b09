using HrKit.Points.Ledger;
using HrKit.Points.Ledger.Sql;
using HrKit.Points.Tests.Support;
using NodaTime;
using NodaTime.Testing;
using Npgsql;

namespace HrKit.Points.Tests.Ledger;

/// <summary>
/// Issue 14: a PostgreSQL ledger written by an earlier schema version is upgraded in place on first open, by its owner: a
/// role that is not a superuser, so the tables' forced row-level security binds it and the upgrade must lift it to
/// rewrite every tenant's rows (a superuser would pass without the lifting).
/// </summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlLedgerUpgradeTests(PostgreSqlCluster cluster)
{
    [Fact]
    public async Task InitializeAsync_Version1Schema_UpgradesKeepingBalancesIdsAndIdempotency()
    {
        var connectionString = cluster.NewSchemaOwnedByOrdinaryRole();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await LegacyLedger.CreateAsync(connection, "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY");
        }

        await using var store = PostgreSqlPointsLedgerStore.Create(connectionString, new FakeClock(LegacyLedger.At + Duration.FromDays(1)));
        await store.InitializeAsync();

        await LedgerUpgradeChecks.AssertUpgradedAsync(store);
        Assert.Equal((LedgerSchema.Version, true), await VersionAndForcedRowSecurityAsync(connectionString, "points_postings"));
    }

    [Fact]
    public async Task InitializeAsync_Version2Schema_UpgradesAddingRuleBudgetsUnderRowLevelSecurity()
    {
        var connectionString = cluster.NewSchemaOwnedByOrdinaryRole();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await Version2Ledger.CreateAsync(connection, Version3Ledger.PostgreSql);
        }

        await using var store = PostgreSqlPointsLedgerStore.Create(connectionString, new FakeClock(TestData.Monday9am));
        await store.InitializeAsync();

        await Version2Ledger.AssertUpgradedAsync(store);
        Assert.Equal((LedgerSchema.Version, true), await VersionAndForcedRowSecurityAsync(connectionString, "points_rule_budgets"));
    }

    [Fact]
    public async Task InitializeAsync_Version3Schema_ChainsEachAccountsPostingsKeepingBalancesHistoryAndExpiry()
    {
        var connectionString = cluster.NewSchemaOwnedByOrdinaryRole();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await Version3Ledger.CreateAsync(connection, Version3Ledger.PostgreSql);
        }

        await Version3Ledger.AssertUpgradedAsync(clock => PostgreSqlPointsLedgerStore.Create(connectionString, clock));

        // Read as the owner with the policies' binding lifted for this check only (both tenants' rows in one query).
        await using var check = new NpgsqlConnection(connectionString);
        await check.OpenAsync();
        await using var tx = await check.BeginTransactionAsync();
        await using var cmd = new NpgsqlCommand(
            """
            ALTER TABLE points_postings NO FORCE ROW LEVEL SECURITY;
            ALTER TABLE points_accounts NO FORCE ROW LEVEL SECURITY;
            SELECT string_agg(id || ':' || COALESCE(previous_posting_id::text, ''), ';' ORDER BY id) FROM points_postings WHERE id <= 7;
            SELECT string_agg(id || ':' || last_posting_id, ';' ORDER BY id) FROM points_accounts;
            SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'ix_points_postings_account' AND schemaname = current_schema();
            """,
            check,
            tx);
        await using var r = await cmd.ExecuteReaderAsync();
        var results = new List<string>();
        do
        {
            while (await r.ReadAsync())
            {
                results.Add(Convert.ToString(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
            }
        }
        while (await r.NextResultAsync());
        await r.DisposeAsync();
        await tx.RollbackAsync();

        Assert.Equal([string.Join(";", Version3Ledger.Chains.Select(c => $"{c.Id}:{c.Previous}")), "1:4;2:9;3:10;4:5", "0"], results);
        Assert.Equal((LedgerSchema.Version, true), await VersionAndForcedRowSecurityAsync(connectionString, "points_postings"));
        Assert.Equal((LedgerSchema.Version, true), await VersionAndForcedRowSecurityAsync(connectionString, "points_accounts"));
    }

    [Fact]
    public async Task InitializeAsync_Version4Schema_UpgradesBackfillingReportSummariesUnderRowLevelSecurity()
    {
        var (connectionString, clock) = await TodaysLedgerTurnedBackAsync(Version4Ledger.CreateAsync);

        await using var store = PostgreSqlPointsLedgerStore.Create(connectionString, clock);
        await store.InitializeAsync();

        await ReportWorkload.AssertReportsMatchPostingsAsync(store);
        Assert.Equal((LedgerSchema.Version, true), await VersionAndForcedRowSecurityAsync(connectionString, "points_postings"));
        Assert.Equal((LedgerSchema.Version, true), await VersionAndForcedRowSecurityAsync(connectionString, "points_report_employees"));
    }

    [Fact]
    public async Task InitializeAsync_Version5Schema_IdentifiersCompareByteByByteKeepingReportsAndIdempotency()
    {
        var (connectionString, clock) = await TodaysLedgerTurnedBackAsync(Version5Ledger.CreateAsync);

        var turnedBack = await Version5Ledger.BytewiseColumnsAsync(connectionString);
        await using var store = PostgreSqlPointsLedgerStore.Create(connectionString, clock);
        await store.InitializeAsync();

        // A source and a key recorded before the upgrade are still found, through the rebuilt source and key indexes: the
        // replayed source is reported, the recorded key under a new source is skipped.
        var again = await store.AppendAsync(
        [
            new PostingRequest("c1", "c1/r/A", "A", "general", 10, Instant.FromUtc(2025, 5, 31, 20, 0)) { RuleName = "r", EventType = "checkIn" },
            new PostingRequest("new-source", "c2/r/B", "B", "general", 10, Instant.FromUtc(2025, 6, 3, 1, 7)) { RuleName = "r", EventType = "checkIn" },
        ]);
        await ReportWorkload.AssertReportsMatchPostingsAsync(store);
        Assert.Empty(turnedBack);
        Assert.Equal(
            LedgerSchema.IdentifierColumns.SelectMany(t => t.Columns.Select(c => $"{t.Table}.{c}")).Order(StringComparer.Ordinal),
            await Version5Ledger.BytewiseColumnsAsync(connectionString));
        Assert.Empty(again.Posted);
        Assert.Equal(["c1"], again.DuplicateSources);
        Assert.Equal((LedgerSchema.Version, true), await VersionAndForcedRowSecurityAsync(connectionString, "points_postings"));
        Assert.Equal((LedgerSchema.Version, true), await VersionAndForcedRowSecurityAsync(connectionString, "points_report_redemptions"));
    }

    // A ledger written by today's store in a schema owned by an ordinary role, then turned back to an older version by
    // the given fixture (which writes through the store, disposes it and alters the schema on the connection).
    private async Task<(string ConnectionString, FakeClock Clock)> TodaysLedgerTurnedBackAsync(Func<IPointsLedgerStore, FakeClock, NpgsqlConnection, Task> turnBack)
    {
        var connectionString = cluster.NewSchemaOwnedByOrdinaryRole();
        var clock = new FakeClock(TestData.Monday9am);
        await using var connection = new NpgsqlConnection(connectionString);
        var old = PostgreSqlPointsLedgerStore.Create(connectionString, clock);
        await old.InitializeAsync();
        await turnBack(old, clock, connection);
        return (connectionString, clock);
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
