using HrKit.Points;
using HrKit.Points.Ledger;
using NodaTime;

namespace HrKit.Cli.Tests.Commands;

public sealed class PointsCommandsTests
{
    [Fact]
    public async Task PointsValidate_DefaultPolicyFile_ListsSevenRules()
    {
        var policy = CliRunner.TempFile(HrKit.Points.Policies.PointsPolicyLoader.ReadDefaultJson());

        var (exit, output, _) = await CliRunner.RunAsync("points", "validate", "--policy", policy);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("OK: policy 'HrKitDefaultPoints' with 7 enabled rule(s).", output, StringComparison.Ordinal);
        Assert.Contains("ShareArticle: 2 learning, at most 6 a day", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PointsValidate_RuleWithCapAndBudget_ShowsBoth()
    {
        var policy = CliRunner.TempFile("""
            { "WorkflowName": "W", "Rules": [
              { "RuleName": "Share", "Expression": "e.Type == \"share\"", "Properties": { "points": 4, "dailyCap": 8, "monthlyBudget": 5000 } } ] }
            """);

        var (exit, output, _) = await CliRunner.RunAsync("points", "validate", "--policy", policy);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("Share: 4 general, at most 8 a day, budget 5000 a month for everyone when", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PointsValidate_BadPolicy_ListsEveryProblemByRule()
    {
        var policy = CliRunner.TempFile("""
            { "WorkflowName": "W", "Rules": [
              { "RuleName": "A", "Expression": "e.Scroe > 1", "Properties": { "points": 1 } },
              { "RuleName": "A", "Expression": "true" } ] }
            """);

        var (exit, _, errors) = await CliRunner.RunAsync("points", "validate", "--policy", policy);

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains("3 problem(s)", errors, StringComparison.Ordinal);
        Assert.Contains("rule 'A': Expression:", errors, StringComparison.Ordinal);
        Assert.Contains("rule 'A': RuleName: duplicate name", errors, StringComparison.Ordinal);
        Assert.Contains("rule 'A': Properties.points: missing", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PointsSimulate_SampleEvents_PrintsPostingsAndHandComputedBalances()
    {
        var (exit, output, errors) = await CliRunner.RunAsync("points", "simulate", "--policy", "default", "--events", CliRunner.RepoFile("docs/samples/points-events.jsonl"));

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("(cap reached)", output, StringComparison.Ordinal);
        // E001: check-ins 1 + 1, review 20, full attendance 10 = 32 general; shares 2 + 2 + 2 (cap 6) = 6 learning.
        Assert.Matches(@"E001\s+general\s+32", output);
        Assert.Matches(@"E001\s+learning\s+6", output);
        Assert.Contains("19 events read, 16 postings, 1 duplicate events skipped, 0 rejected.", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PointsSimulate_JsonFormat_WritesPostingArray()
    {
        var events = CliRunner.TempFile("""{"eventId":"x1","employeeId":"E1","type":"performanceReview","occurredAt":"2025-06-27T15:00:00+08:00","score":91}""", ".jsonl");

        var (exit, output, _) = await CliRunner.RunAsync("points", "simulate", "--events", events, "--format", "json");

        Assert.Equal(CliApp.Ok, exit);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        var posting = doc.RootElement.GetProperty("postings").EnumerateArray().Single();
        Assert.Equal(("ExcellentPerformance", 20), (posting.GetProperty("ruleName").GetString(), posting.GetProperty("points").GetInt32()));
    }

    [Fact]
    public async Task PointsSimulate_BadEventLine_RejectedByLineNumberAndExitsOne()
    {
        var events = CliRunner.TempFile("{\"eventId\":\"a\",\"employeeId\":\"E1\",\"type\":\"checkIn\",\"occurredAt\":\"2025-06-02T08:00:00Z\"}\n{\"eventId\":\"b\"", ".jsonl");

        var (exit, output, errors) = await CliRunner.RunAsync("points", "simulate", "--events", events);

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Matches(@"\s2\s+'eventId'|\s2\s+'employeeId'|\s2\s+'occurredAt'|\s2\s+not a valid event", output);
        Assert.Contains("1 of 2 events rejected", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PointsBalance_DemoLedger_PrintsCategoriesAndTotal()
    {
        var db = Path.Combine(Path.GetTempPath(), $"hrkit-cli-{Guid.NewGuid():N}.db");
        await using (var demo = SqlitePointsLedgerStore.Create(db, SystemClock.Instance))
        {
            await PointsSamples.RunDemoAsync(demo);
        }


        var (exit, output, _) = await CliRunner.RunAsync("points", "balance", "--db", db, "--employee", "E002");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Matches(@"E002\s+general\s+13", output);
        Assert.Matches(@"E002\s+learning\s+15", output);
        Assert.Matches(@"E002\s+total\s+28", output);
    }

    [Fact]
    public async Task PointsExport_DemoLedger_WritesBalancesAndEveryPosting()
    {
        var db = Path.Combine(Path.GetTempPath(), $"hrkit-cli-{Guid.NewGuid():N}.db");
        var xlsx = Path.ChangeExtension(db, ".xlsx");
        int postings;
        await using (var demo = SqlitePointsLedgerStore.Create(db, SystemClock.Instance))
        {
            await PointsSamples.RunDemoAsync(demo);
            postings = (await demo.GetPostingsAsync(new PostingQuery())).Count;
        }

        var (exit, _, errors) = await CliRunner.RunAsync("points", "export", "--db", db, "--out", xlsx);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains($"{postings} postings written", errors, StringComparison.Ordinal);
        using var stream = File.OpenRead(xlsx);
        var balances = MiniExcelLibs.MiniExcel.Query(stream, sheetName: "积分余额 Balances").Select(r => (IDictionary<string, object?>)r).ToList();
        Assert.Equal(["工号 / Employee ID", "类别 / Category", "积分 / Points"], balances[0].Values);
        Assert.Contains(balances, r => Equals(r["A"], "E002") && Equals(r["B"], "general") && Equals(r["C"], 13d));
        Assert.Contains(balances, r => Equals(r["A"], "E002") && Equals(r["B"], "learning") && Equals(r["C"], 15d));
        stream.Position = 0;
        Assert.Equal(postings + 1, MiniExcelLibs.MiniExcel.Query(stream, sheetName: "积分明细 History").Count());
    }

    [Fact]
    public async Task PointsBalance_MissingDb_InvalidInput()
    {
        var (exit, _, errors) = await CliRunner.RunAsync("points", "balance", "--db", "/nonexistent/x.db", "--employee", "E1");

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains("no points ledger", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Points_UnknownSubcommand_Usage()
    {
        var (exit, _, errors) = await CliRunner.RunAsync("points", "award");

        Assert.Equal(CliApp.Usage, exit);
        Assert.Contains("validate, simulate, balance or export", errors, StringComparison.Ordinal);
    }
}
