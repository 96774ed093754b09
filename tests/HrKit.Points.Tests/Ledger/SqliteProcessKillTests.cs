using System.Diagnostics;
using System.Globalization;
using HrKit.Points.Ledger;
using HrKit.Points.Tests.Support;
using Microsoft.Data.Sqlite;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Ledger;

/// <summary>
/// "Nothing lost if the process dies mid-batch", with a real process and a real SIGKILL: a child process
/// (tests/HrKit.Points.CrashProbe) appends batches to a SQLite ledger and is killed at an arbitrary moment. Every
/// batch it reported committed must be there in full, any other batch entirely or not at all, and the file must
/// open, pass SQLite's integrity check and keep refusing the events it already holds.
/// </summary>
public sealed class SqliteProcessKillTests : IDisposable
{
    private const int BatchSize = 500;
    private readonly string _path = TestData.TempPath(".db");

    [Fact]
    public async Task KilledWhileAppending_KeepsEveryReportedBatchWhole_AndLosesNoHalfBatch()
    {
        var random = new Random(20251125);
        var reported = new Dictionary<string, int>();
        for (var round = 0; round < 3; round++)
        {
            var run = $"run{round}";
            reported[run] = await RunProbeAndKillAsync(run, killAfterBatches: 2 + round, delay: TimeSpan.FromMilliseconds(random.Next(1, 40)));
        }

        var batches = ReadBatches();
        foreach (var (run, lastReported) in reported)
        {
            var written = batches.Where(b => b.Key.Run == run).ToDictionary(b => b.Key.Batch, b => b.Value);
            // Batches are written in order, one transaction each: what is there is a prefix 0..n of them, every one
            // whole, and it reaches at least the last one the probe saw committed (at most one more may have
            // committed between the commit and the print).
            Assert.All(written, b => Assert.Equal(BatchSize, b.Value));
            Assert.Equal(Enumerable.Range(0, written.Count), written.Keys.Order());
            Assert.InRange(written.Count - 1, lastReported, lastReported + 1);
        }

        Assert.Equal("ok", IntegrityCheck());
        // The balance rows were written in the same transactions: each equals the sum of its account's postings.
        Assert.Empty(AccountsOffTheirPostings());
        await using var store = SqlitePointsLedgerStore.Create(_path, new FakeClock(TestData.Monday9am));
        await store.InitializeAsync();
        long balances = 0;
        for (var e = 0; e < 50; e++)
        {
            balances += (await store.GetBalancesAsync($"E{e:D2}")).Sum(b => b.Points);
        }

        Assert.Equal(batches.Values.Sum(), balances);
        // The first batch of the first run is on file: delivering it again posts nothing.
        var again = Enumerable.Range(0, BatchSize)
            .Select(i => new PostingRequest($"run0/b0/{i}", $"run0/b0/{i}/CheckIn", $"E{i % 50:D2}", "general", 1, TestData.Monday9am))
            .ToList();
        var result = await store.AppendAsync(again);
        Assert.Empty(result.Posted);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private async Task<int> RunProbeAndKillAsync(string run, int killAfterBatches, TimeSpan delay)
    {
        using var process = Process.Start(CrashProbeProcess.StartInfo(_path, run, BatchSize.ToString(CultureInfo.InvariantCulture)))!;
        var lastReported = -1;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (lastReported < killAfterBatches)
        {
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException($"probe exited early: {await process.StandardError.ReadToEndAsync()}");
            lastReported = int.Parse(line["committed ".Length..], CultureInfo.InvariantCulture);
        }

        // Kill a moment later, so the kill lands somewhere inside a later batch rather than between two.
        await Task.Delay(delay);
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        // Lines already printed before the kill count as reported too.
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            lastReported = int.Parse(line["committed ".Length..], CultureInfo.InvariantCulture);
        }

        return lastReported;
    }

    /// <summary>Postings per (run, batch) as the file holds them, read with plain SQL so the store is not involved.</summary>
    private Dictionary<(string Run, int Batch), int> ReadBatches()
    {
        using var connection = new SqliteConnection($"Data Source={_path}");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT source_id FROM points_postings";
        var counts = new Dictionary<(string, int), int>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var parts = reader.GetString(0).Split('/');
            var key = (parts[0], int.Parse(parts[1][1..], CultureInfo.InvariantCulture));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    /// <summary>Accounts whose balance row differs from the sum of their postings (read with plain SQL).</summary>
    private List<string> AccountsOffTheirPostings()
    {
        using var connection = new SqliteConnection($"Data Source={_path}");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText =
            "SELECT a.employee_id || ': row ' || a.balance || ', postings ' || COALESCE(SUM(p.points), 0) "
            + "FROM points_accounts a LEFT JOIN points_postings p ON p.account_id = a.id "
            + "GROUP BY a.id HAVING a.balance <> COALESCE(SUM(p.points), 0)";
        var off = new List<string>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            off.Add(reader.GetString(0));
        }

        return off;
    }

    private string IntegrityCheck()
    {
        using var connection = new SqliteConnection($"Data Source={_path}");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA integrity_check";
        return (string)cmd.ExecuteScalar()!;
    }
}
