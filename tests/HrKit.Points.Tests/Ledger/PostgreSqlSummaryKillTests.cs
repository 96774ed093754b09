using HrKit.Points.Ledger;
using HrKit.Points.Tests.Support;
using NodaTime.Testing;
using Npgsql;

namespace HrKit.Points.Tests.Ledger;

/// <summary>
/// Issue 14, schema version 5, on PostgreSQL: a child process (tests/HrKit.Points.CrashProbe) is killed with SIGKILL
/// while the server runs its statements, found in <c>pg_stat_activity</c> by the probe's application name: the report
/// summary upserts of its appends, and given statements of an in-place upgrade from version 4 or 3. Once the server has
/// ended the dead client's transaction, the schema must be the old one with the old tables or today's with all of them
/// (never between), and the ledger must open and give the same reports from its summaries as from its postings.
/// </summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlSummaryKillTests(PostgreSqlCluster cluster)
{
    private const int BulkPostings = 20_000;


    [Fact]
    public async Task KilledWhileWritingSummaries_ReportsFromSummariesEqualReportsFromPostings()
    {
        var connectionString = cluster.NewSchema();
        var seen = 0;
        for (var round = 0; round < 2; round++)
        {
            var application = ApplicationName();
            using var probe = CrashProbeRun.Start("summaries", "postgresql", $"{connectionString};Application Name={application}", $"run{round}", "200");
            await probe.ReadLineStartingAsync("committed 0");
            // From the first summary upsert to the commit: the summary rows are written and not yet committed.
            seen += await WaitForStatementAsync(connectionString, application, "points_report_", ["active", "idle in transaction"]) ? 1 : 0;
            await probe.KillAsync();
            await WaitForBackendGoneAsync(connectionString, application);
        }

        Assert.True(seen > 0, "no kill landed while the summaries were being written");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var store = PostgreSqlPointsLedgerStore.Create(connectionString, new FakeClock(TestData.Monday9am));
        await KillProbeLedger.AssertAppendsSurvivedAsync(connection, store, "run1");
    }

    // Kills land while the first statement matching firstKillIn (a regular expression), then the first matching
    // secondKillIn, runs; 20 000 bulk postings keep each such stretch of the upgrade at a good tenth of a second or more.
    [Theory]
    [InlineData(4, "^INSERT INTO points_report_", "^INSERT INTO points_report_(check_ins|employees|redemptions)")]
    [InlineData(3, "^UPDATE points_postings SET previous_posting_id", "^INSERT INTO points_report_")]
    public async Task KilledWhileUpgrading_LeavesTheOldOrTheNewSchemaWhole_AndReportsMatchPostings(int version, string firstKillIn, string secondKillIn)
    {
        var connectionString = cluster.NewSchema();
        var clock = new FakeClock(TestData.Monday9am);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await KillProbeLedger.CreateAsync(PostgreSqlPointsLedgerStore.Create(connectionString, clock), clock, connection, version, BulkPostings, isPostgreSql: true);
        }

        foreach (var statement in new[] { firstKillIn, secondKillIn })
        {
            var application = ApplicationName();
            using var probe = CrashProbeRun.Start("upgrade", "postgresql", $"{connectionString};Application Name={application}");
            await probe.ReadLineStartingAsync("upgrading");
            Assert.True(await WaitForStatementAsync(connectionString, application, statement, ["active"]), $"the upgrade never ran a statement matching '{statement}' long enough to be seen");
            await probe.KillAsync();
            await WaitForBackendGoneAsync(connectionString, application);

            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            Assert.Contains(await KillProbeLedger.ShapeAsync(connection, isPostgreSql: true), new[] { KillProbeLedger.OldShape(version), KillProbeLedger.TodaysShape });
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

    // Polls pg_stat_activity until the probe's backend is in one of the states with a statement matching the regular expression.
    private static async Task<bool> WaitForStatementAsync(string connectionString, string application, string pattern, string[] states)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = $1 AND query ~ $2 AND state = ANY($3)", connection);
        cmd.Parameters.Add(new NpgsqlParameter { Value = application });
        cmd.Parameters.Add(new NpgsqlParameter { Value = pattern });
        cmd.Parameters.Add(new NpgsqlParameter { Value = states });
        await using var alive = new NpgsqlCommand("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = $1", connection);
        alive.Parameters.Add(new NpgsqlParameter { Value = application });
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var connected = false;
        while (DateTime.UtcNow < deadline)
        {
            if ((long)(await cmd.ExecuteScalarAsync())! > 0)
            {
                return true;
            }

            // Once the probe has connected, its connection going away means it finished without being seen.
            var now = (long)(await alive.ExecuteScalarAsync())! > 0;
            if (connected && !now)
            {
                return false;
            }

            connected |= now;
        }

        return false;
    }

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
