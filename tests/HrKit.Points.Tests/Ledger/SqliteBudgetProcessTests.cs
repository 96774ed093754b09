using System.Diagnostics;
using HrKit.Points.Ledger;
using HrKit.Points.Tests.Support;
using Microsoft.Data.Sqlite;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Ledger;

/// <summary>
/// Issue 14: two processes appending against one rule budget in one SQLite file (tests/HrKit.Points.CrashProbe, mode
/// <c>budget</c>) never award more than the budget together, and together award exactly all of it.
/// </summary>
public sealed class SqliteBudgetProcessTests : IDisposable
{
    private readonly string _path = TestData.TempPath(".db");

    [Fact]
    public async Task AppendAsync_TwoProcessesRacingOnOneBudget_AwardExactlyTheBudgetBetweenThem()
    {
        // Each process asks 20 batches x 10 awards x 3 points = 600 points of a budget of 500.
        await using (var store = SqlitePointsLedgerStore.Create(_path, new FakeClock(TestData.Monday9am)))
        {
            await store.InitializeAsync();
        }

        var writers = new[] { "p1", "p2" }.Select(w => Process.Start(CrashProbeProcess.StartInfo("budget", _path, w, "20", "500"))!).ToList();
        var outputs = await Task.WhenAll(writers.Select(async p =>
        {
            var output = await p.StandardOutput.ReadToEndAsync();
            var errors = await p.StandardError.ReadToEndAsync();
            await p.WaitForExitAsync();
            Assert.True(p.ExitCode == 0, $"probe exited {p.ExitCode}: {errors}");
            p.Dispose();
            return long.Parse(output.Trim()["awarded ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        }));

        await using var check = SqlitePointsLedgerStore.Create(_path, new FakeClock(TestData.Monday9am));
        var postings = await check.GetPostingsAsync(new PostingQuery());
        Assert.Equal(400, postings.Count);
        Assert.Equal(500, postings.Sum(p => p.Points));
        Assert.Equal(500, outputs.Sum());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
