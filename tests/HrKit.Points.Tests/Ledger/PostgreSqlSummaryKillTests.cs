using HrKit.Points.Ledger;
using HrKit.Points.Tests.Support;
using NodaTime.Testing;
using Npgsql;

namespace HrKit.Points.Tests.Ledger;

/// <summary>
/// Issue 14, schema version 5, on PostgreSQL: a child process (tests/HrKit.Points.CrashProbe) is killed with SIGKILL
/// while the server runs one of its statements, held at its start by a <see cref="PostgreSqlStatementHold"/> and found in
/// <c>pg_stat_activity</c> by the probe's application name: the report summary upserts of its appends, and given
/// statements of an in-place upgrade from version 4 or 3. Once the server has ended the dead client's transaction, the
/// schema must be the old one with the old tables (the upgrade is one transaction and did not commit), and the ledger
/// must open and give the same reports from its summaries as from its postings.
/// </summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlSummaryKillTests(PostgreSqlCluster cluster)
{
    private const int BulkPostings = 2_000;


    [Fact]
    public async Task KilledWhileWritingSummaries_ReportsFromSummariesEqualReportsFromPostings()
    {
        var connectionString = cluster.NewSchema();
        await using (var hold = await PostgreSqlStatementHold.InstallAsync(connectionString, "points_report_rules", "INSERT"))
        {
            for (var round = 0; round < 2; round++)
            {
                var application = ApplicationName();
                using var probe = CrashProbeRun.Start("summaries", "postgresql", $"{connectionString};Application Name={application}", $"run{round}", "200");
                await probe.ReadLineStartingAsync("committed 0");
                // The next batch's postings are written and its summary upsert waits, inside the same transaction.
                await hold.TakeAsync();
                Assert.Matches("^INSERT INTO points_report_rules", await hold.WaitForHeldStatementAsync(application, probe));
                await probe.KillAsync();
                await hold.ReleaseAsync();
                await WaitForBackendGoneAsync(connectionString, application);
            }
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var store = PostgreSqlPointsLedgerStore.Create(connectionString, new FakeClock(TestData.Monday9am));
        await KillProbeLedger.AssertAppendsSurvivedAsync(connection, store, "run1");
    }

    // Kills land while the first INSERT or UPDATE of firstTable, then of secondTable, runs: each waits at its start on a
    // PostgreSqlStatementHold, with the upgrade's earlier statements done in the same transaction.
    [Theory]
    [InlineData(4, "points_report_rules", "INSERT", "points_report_redemptions", "INSERT")]
    [InlineData(3, "points_postings", "UPDATE", "points_report_check_ins", "INSERT")]
    public async Task KilledWhileUpgrading_LeavesTheOldSchemaWhole_AndReportsMatchPostings(int version, string firstTable, string firstStatement, string secondTable, string secondStatement)
    {
        var connectionString = cluster.NewSchema();
        var clock = new FakeClock(TestData.Monday9am);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await KillProbeLedger.CreateAsync(PostgreSqlPointsLedgerStore.Create(connectionString, clock), clock, connection, version, BulkPostings, isPostgreSql: true);
        }

        foreach (var (table, statement) in new[] { (firstTable, firstStatement), (secondTable, secondStatement) })
        {
            var application = ApplicationName();
            await using (var hold = await PostgreSqlStatementHold.InstallAsync(connectionString, table, statement))
            {
                await hold.TakeAsync();
                using var probe = CrashProbeRun.Start("upgrade", "postgresql", $"{connectionString};Application Name={application}");
                await probe.ReadLineStartingAsync("upgrading");
                Assert.Matches($"^{statement} (INTO )?{table}", await hold.WaitForHeldStatementAsync(application, probe));
                await probe.KillAsync();
                await hold.ReleaseAsync();
                await WaitForBackendGoneAsync(connectionString, application);
            }

            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            Assert.Equal(KillProbeLedger.OldShape(version), await KillProbeLedger.ShapeAsync(connection, isPostgreSql: true));
        }

        await using (var store = PostgreSqlPointsLedgerStore.Create(connectionString, clock))
        {
            await store.InitializeAsync();
            await ReportWorkload.AssertReportsMatchPostingsAsync(store);
        }

        await using var check = new NpgsqlConnection(connectionString);
        await check.OpenAsync();
        Assert.Equal(KillProbeLedger.TodaysShape, await KillProbeLedger.ShapeAsync(check, isPostgreSql: true));
        Assert.Equal(0, await KillProbeLedger.AccountsOffTheirPostingsAsync(check));
    }

    private static string ApplicationName() => $"hrkit-probe-{Guid.NewGuid():N}"[..24];

    // The server ends a dead client's transaction when it next reads from the socket, after the running statement.
    private static async Task WaitForBackendGoneAsync(string connectionString, string application)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = $1", connection);
        cmd.Parameters.Add(new NpgsqlParameter { Value = application });
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((long)(await cmd.ExecuteScalarAsync())! > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the server still serves the killed probe's connection '{application}'");
            await Task.Delay(10);
        }
    }
}
