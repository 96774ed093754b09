using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Policies;
using HrKit.Points.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Policies;

public sealed class FilePointsPolicySourceTests
{
    private static string Policy(int points) =>
        $$"""{ "WorkflowName": "Hot", "Rules": [ { "RuleName": "Check", "Expression": "e.Type == \"checkIn\"", "Properties": { "points": {{points}} } } ] }""";

    [Fact]
    public void Reload_ValidChange_SwapsPlan()
    {
        var path = TestData.TempPath(".json");
        File.WriteAllText(path, Policy(1));
        using var source = new FilePointsPolicySource(path, watch: false);

        File.WriteAllText(path, Policy(3));
        var reloaded = source.Reload();

        Assert.True(reloaded);
        Assert.Equal(3, source.Current.Rules.Single().Points);
    }

    [Fact]
    public void Reload_InvalidChange_KeepsOldPlanAndReportsError()
    {
        var path = TestData.TempPath(".json");
        File.WriteAllText(path, Policy(1));
        using var source = new FilePointsPolicySource(path, watch: false);
        var before = source.Current;

        File.WriteAllText(path, Policy(1).Replace("e.Type", "e.Tpye", StringComparison.Ordinal));
        var reloaded = source.Reload();

        Assert.False(reloaded);
        Assert.Same(before, source.Current);
        Assert.Equal(("Check", "Expression"), (source.LastErrors.Single().RuleName, source.LastErrors.Single().Field));
    }

    [Fact]
    public async Task Watch_FileRewritten_ReloadsWithinSeconds()
    {
        var path = TestData.TempPath(".json");
        File.WriteAllText(path, Policy(1));
        using var source = new FilePointsPolicySource(path, watch: true);
        using var reloaded = new SemaphoreSlim(0);
        source.Reloaded += (_, _) => reloaded.Release();

        File.WriteAllText(path, Policy(7));

        Assert.True(await reloaded.WaitAsync(TimeSpan.FromSeconds(10)), "the watcher did not reload the policy");
        Assert.Equal(7, source.Current.Rules.Single().Points);
    }

    [Fact]
    public async Task Reload_WhileEventsFlow_EveryEventCountedExactlyOnce()
    {
        var path = TestData.TempPath(".json");
        File.WriteAllText(path, Policy(1));
        using var source = new FilePointsPolicySource(path, watch: false);
        var store = PointsLedgerStores.InMemory(new FakeClock(TestData.Monday9am));
        var service = new PointsService(source, store, new PointsOptions());
        var events = Enumerable.Range(0, 400).Select(i => TestData.Event($"e{i}", "A", "checkIn", TestData.Monday9am + Duration.FromDays(i))).ToList();

        var sending = Task.Run(async () =>
        {
            foreach (var e in events)
            {
                await service.ProcessAsync(e);
            }
        });
        for (var i = 0; i < 20; i++)
        {
            File.WriteAllText(path, Policy(i % 2 == 0 ? 2 : 1));
            source.Reload();
        }

        await sending;
        await service.ProcessBatchAsync(events); // redelivery after the reloads awards nothing

        var postings = await store.GetPostingsAsync(new PostingQuery());
        Assert.Equal(400, postings.Count);
        Assert.Equal(400, postings.Select(p => p.SourceId).Distinct().Count());
        Assert.All(postings, p => Assert.InRange(p.Points, 1, 2));
        Assert.Equal(postings.Sum(p => p.Points), (await store.GetBalancesAsync("A")).Single().Points);
    }
}
