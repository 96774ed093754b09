using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
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

    [Theory]
    // Rewritten in place; written to a temporary file renamed over the original (how most editors save); deleted and
    // created again.
    [InlineData("rewrite")]
    [InlineData("rename")]
    [InlineData("recreate")]
    public async Task Watch_FileSavedAsEditorsDo_ReloadsWithinSeconds(string how)
    {
        var path = TestData.TempPath(".json");
        File.WriteAllText(path, Policy(1));
        using var source = new FilePointsPolicySource(path, watch: true);
        using var reloaded = new SemaphoreSlim(0);
        source.Reloaded += (_, _) => reloaded.Release();

        switch (how)
        {
            case "rewrite":
                File.WriteAllText(path, Policy(7));
                break;
            case "rename":
                File.WriteAllText(path + ".tmp", Policy(7));
                File.Move(path + ".tmp", path, overwrite: true);
                break;
            default:
                File.Delete(path);
                File.WriteAllText(path, Policy(7));
                break;
        }

        Assert.True(await reloaded.WaitAsync(TimeSpan.FromSeconds(10)), $"the watcher did not reload the policy ({how})");
        Assert.Equal(7, source.Current.Rules.Single().Points);
    }

    [Fact]
    public async Task Reload_WhileEventsFlow_EveryEventCountedExactlyOnce()
    {
        var path = TestData.TempPath(".json");
        File.WriteAllText(path, Policy(1));
        using var source = new FilePointsPolicySource(path, watch: false);
        var store = PointsLedgerStores.InMemory(new FakeClock(TestData.Monday9am));
        var service = new PointsService(source, store, Options.Create(new PointsOptions()));
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

    private static string DeepPolicy() =>
        PolicyJson.OneRule(new string('(', 2_000) + "e.Type == \"checkIn\"" + new string(')', 2_000), name: "Deep");

    private static string DeepJson() =>
        """{ "WorkflowName": "Hot", "Rules": [ { "RuleName": "Check", "Expression": "true", "Properties": { "points": 1, "description": """
        + new string('[', 100_000) + new string(']', 100_000) + " } } ] }";

    [Fact]
    public void Reload_ExpressionTwoThousandDeep_KeepsLastGoodPolicyAndNamesTheLimit()
    {
        var path = TestData.TempPath(".json");
        File.WriteAllText(path, Policy(1));
        using var source = new FilePointsPolicySource(path, watch: false);
        var before = source.Current;

        File.WriteAllText(path, DeepPolicy());
        var reloaded = source.Reload();

        Assert.False(reloaded);
        Assert.Same(before, source.Current);
        var error = Assert.Single(source.LastErrors);
        Assert.Equal(("Deep", "Expression"), (error.RuleName, error.Field));
        Assert.Contains("MaxExpressionLength", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reload_JsonHundredThousandDeep_KeepsLastGoodPolicy()
    {
        var path = TestData.TempPath(".json");
        File.WriteAllText(path, Policy(1));
        using var source = new FilePointsPolicySource(path, watch: false);
        var before = source.Current;

        File.WriteAllText(path, DeepJson());

        Assert.False(source.Reload());
        Assert.Same(before, source.Current);
        Assert.Contains("PointsPolicyLimits.MaxJsonDepth", Assert.Single(source.LastErrors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reload_FileDeleted_KeepsLastGoodPolicyAndReportsTheFile()
    {
        var path = TestData.TempPath(".json");
        File.WriteAllText(path, Policy(1));
        using var source = new FilePointsPolicySource(path, watch: false);
        var before = source.Current;

        File.Delete(path);

        Assert.False(source.Reload());
        Assert.Same(before, source.Current);
        Assert.Equal("file", Assert.Single(source.LastErrors).Field);
    }

    [Fact]
    public void Reload_EachOutcome_LoggedWithThePathAndWhatHappened()
    {
        var path = TestData.TempPath(".json");
        File.WriteAllText(path, Policy(1));
        var logger = new FakeLogger<FilePointsPolicySource>();
        using var source = new FilePointsPolicySource(path, watch: false, logger);

        File.WriteAllText(path, Policy(2));
        source.Reload();
        File.WriteAllText(path, "{");
        source.Reload();
        File.Delete(path);
        source.Reload();

        var records = logger.Collector.GetSnapshot();
        Assert.Equal([LogLevel.Information, LogLevel.Error, LogLevel.Warning], records.Select(r => r.Level));
        Assert.Equal($"Points policy 'Hot' loaded from {path} with 1 rules.", records[0].Message);
        Assert.StartsWith($"Points policy {path} was rejected; the previous policy stays in force. ", records[1].Message, StringComparison.Ordinal);
        Assert.Contains("not valid policy JSON at line 1", records[1].Message, StringComparison.Ordinal);
        Assert.Equal($"Points policy {path} could not be read; the previous policy stays in force.", records[2].Message);
        Assert.IsType<FileNotFoundException>(records[2].Exception);
    }

    [Fact]
    public async Task Watch_ReloadedHandlerThrows_ReportedAsAFileProblemAndTheProcessLives()
    {
        var path = TestData.TempPath(".json");
        File.WriteAllText(path, Policy(1));
        var logger = new FakeLogger<FilePointsPolicySource>();
        using var source = new FilePointsPolicySource(path, watch: true, logger);
        using var failed = new SemaphoreSlim(0);
        source.Reloaded += (_, _) =>
        {
            failed.Release();
            throw new InvalidOperationException("subscriber failed");
        };

        File.WriteAllText(path, Policy(5));

        Assert.True(await failed.WaitAsync(TimeSpan.FromSeconds(10)), "the watcher did not reload the policy");
        var error = await WaitForAsync(() => source.LastErrors.SingleOrDefault());
        Assert.Equal(new PolicyError(null, "file", "subscriber failed"), error);
        Assert.Contains(logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Exception?.Message == "subscriber failed");
    }

    private static async Task<T> WaitForAsync<T>(Func<T?> read)
    {
        for (var i = 0; i < 200; i++)
        {
            if (read() is { } value)
            {
                return value;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the condition did not hold within 10 seconds");
    }

    [Fact]
    public void LoadFile_NullLimits_ArgumentNullExceptionNamingThem()
    {
        Assert.Equal("limits", Assert.Throws<ArgumentNullException>(() => PointsPolicyLoader.LoadFile("policy.json", null!)).ParamName);
    }

    [Fact]
    public void LoadFile_LimitsOutOfRange_RefusedBeforeTheFileIsRead()
    {
        var path = TestData.TempPath(".json");
        File.WriteAllText(path, Policy(1));

        var ex = Assert.Throws<ArgumentException>(() => PointsPolicyLoader.LoadFile(path, new PointsPolicyLimits { MaxPolicyBytes = 0 }));

        Assert.Equal("limits", ex.ParamName);
    }

    [Fact]
    public void Constructor_CustomLimits_AppliedToEveryReload()
    {
        var path = TestData.TempPath(".json");
        File.WriteAllText(path, Policy(1));
        using var source = new FilePointsPolicySource(path, watch: false, limits: new PointsPolicyLimits { MaxExpressionOperators = 2 });

        File.WriteAllText(path, PolicyJson.OneRule("e.Count > 1 && e.Days > 1"));

        Assert.False(source.Reload());
        Assert.Contains("more than 2 operators", Assert.Single(source.LastErrors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_DeepPolicySaved_ServiceKeepsAwardingUnderLastGoodPolicy()
    {
        var path = TestData.TempPath(".json");
        File.WriteAllText(path, Policy(4));
        using var source = new FilePointsPolicySource(path, watch: true);
        var service = new PointsService(source, PointsLedgerStores.InMemory(new FakeClock(TestData.Monday9am)), Options.Create(new PointsOptions()));

        File.WriteAllText(path, DeepPolicy());
        // The watcher compiles the file on a timer thread; a stack overflow there would end this process.
        for (var i = 0; i < 100 && source.LastErrors.Count == 0; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal("Deep", Assert.Single(source.LastErrors).RuleName);
        var result = await service.ProcessAsync(TestData.Event("c", "E1", "checkIn"));
        Assert.Equal(4, Assert.Single(result.Posted).Points);
    }
}
