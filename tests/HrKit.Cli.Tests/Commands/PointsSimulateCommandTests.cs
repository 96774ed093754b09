using System.Text.Json;

namespace HrKit.Cli.Tests.Commands;

/// <summary>
/// <c>hrkit points simulate</c> with events the policy or the file refuses: each is listed by the line of the events
/// file, the rest are recorded, and any rejection fails the command unless <c>--max-error-rate</c> allows its share.
/// </summary>
public sealed class PointsSimulateCommandTests
{
    // Training pays a million points a minute: 1 minute is exactly the ±1,000,000 a posting may carry, more is not.
    private const string PerMinutePolicy = """
        { "WorkflowName": "PerMinute", "Rules": [
          { "RuleName": "TrainingPerMinute", "Expression": "e.Type == \"training\"", "Properties": { "points": "e.Minutes * 1000000", "category": "learning" } },
          { "RuleName": "Ratio", "Expression": "e.Type == \"ratio\"", "Properties": { "points": "10 / e.Count", "category": "general" } },
          { "RuleName": "CheckIn", "Expression": "e.Type == \"checkIn\"", "Properties": { "points": 1, "category": "general" } } ] }
        """;

    // Lines 1-2 are a comment and a blank line; the events are out of time order, so a rejection's batch position
    // (after sorting) differs from its line.
    private const string TrainingEvents = """
        // training minutes
        
        {"eventId":"t1","employeeId":"E1","type":"training","occurredAt":"2025-06-02T10:00:00Z","minutes":1}
        {"eventId":"t2","employeeId":"E1","type":"training","occurredAt":"2025-06-02T08:00:00Z","minutes":2147483647}
        {"eventId":"c1","employeeId":"E1","type":"checkIn","occurredAt":"2025-06-02T09:00:00Z"}
        """;

    private static Task<(int Exit, string Out, string Err)> SimulateAsync(string events, params string[] more) => CliRunner.RunAsync(
        ["points", "simulate", "--policy", CliRunner.TempFile(PerMinutePolicy), "--events", CliRunner.TempFile(events, ".jsonl"), .. more]);

    [Fact]
    public async Task Simulate_RuleOverflowsOnHugeMinutes_RejectsThatEventByLineRecordsTheOthersAndExitsOne()
    {
        var (exit, output, errors) = await SimulateAsync(TrainingEvents);

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Matches(@"E1\s+learning\s+1000000", output);   // t1: 1 minute × 1,000,000
        Assert.Matches(@"E1\s+general\s+1\s", output);        // c1
        Assert.Matches(@"\s4\s+t2\s+TrainingPerMinute\s+(Expression|Properties\.points)\s", output);
        Assert.Contains("3 events read, 2 postings, 0 duplicate events skipped, 1 rejected.", errors, StringComparison.Ordinal);
        Assert.Contains("error: --events", errors, StringComparison.Ordinal);
        Assert.Contains("1 of 3 events rejected: no rejected record is allowed", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.34", CliApp.Ok)]          // 1 of 3 = 33.3 % ≤ 34 %
    [InlineData("0.33", CliApp.InvalidInput)] // 33.3 % > 33 %
    public async Task Simulate_MaxErrorRate_DecidesTheExitByTheRejectedShare(string rate, int expected)
    {
        var (exit, _, errors) = await SimulateAsync(TrainingEvents, "--max-error-rate", rate);

        Assert.True(exit == expected, errors);
    }

    [Fact]
    public async Task Simulate_DivisionByZeroCount_JsonListsOnlyThatEventAsRejected()
    {
        const string events = """
            {"eventId":"r1","employeeId":"E1","type":"ratio","occurredAt":"2025-06-02T08:00:00Z","count":2}
            {"eventId":"r0","employeeId":"E1","type":"ratio","occurredAt":"2025-06-02T09:00:00Z","count":0}
            {"eventId":"c1","employeeId":"E1","type":"checkIn","occurredAt":"2025-06-02T10:00:00Z"}
            """;

        var (exit, output, _) = await SimulateAsync(events, "--format", "json");

        Assert.Equal(CliApp.InvalidInput, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal([("r1", 5L), ("c1", 1L)], doc.RootElement.GetProperty("postings").EnumerateArray()
            .Select(p => (p.GetProperty("sourceId").GetString(), p.GetProperty("points").GetInt64())));
        var rejected = Assert.Single(doc.RootElement.GetProperty("rejected").EnumerateArray());
        Assert.Equal((2, "r0", "Ratio"), (rejected.GetProperty("line").GetInt32(), rejected.GetProperty("eventId").GetString(), rejected.GetProperty("ruleName").GetString()));
        Assert.Contains("DivideByZero", rejected.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_EventsInYear9999AndYear1_RejectedByLineNamingOccurredAtOthersRecorded()
    {
        const string events = """
            {"eventId":"late","employeeId":"E1","type":"checkIn","occurredAt":"9999-12-31T00:00:00Z"}
            {"eventId":"ok","employeeId":"E1","type":"checkIn","occurredAt":"2025-06-02T08:00:00Z"}
            {"eventId":"early","employeeId":"E1","type":"checkIn","occurredAt":"0001-01-01T00:00:00Z"}
            """;

        var (exit, output, errors) = await SimulateAsync(events, "--format", "json");

        Assert.Equal(CliApp.InvalidInput, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(["ok"], doc.RootElement.GetProperty("postings").EnumerateArray().Select(p => p.GetProperty("sourceId").GetString()));
        var rejected = doc.RootElement.GetProperty("rejected").EnumerateArray().ToList();
        Assert.Equal([1, 3], rejected.Select(r => r.GetProperty("line").GetInt32()));
        Assert.All(rejected, r => Assert.Equal("occurredAt", r.GetProperty("field").GetString()));
        Assert.Contains("2 of 3 events rejected", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_NoRejection_ExitsZeroWithAnEmptyRejectedArray()
    {
        var (exit, output, errors) = await SimulateAsync(
            """{"eventId":"c1","employeeId":"E1","type":"checkIn","occurredAt":"2025-06-02T10:00:00Z"}""", "--format", "json");

        Assert.True(exit == CliApp.Ok, errors);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(0, doc.RootElement.GetProperty("rejected").GetArrayLength());
    }

    [Fact]
    public async Task Simulate_LineLongerThanTheLimit_RejectedByLineAndTheNextLineStillRead()
    {
        var events = "{\"eventId\":\"c1\",\"employeeId\":\"E1\",\"type\":\"checkIn\",\"occurredAt\":\"2025-06-02T10:00:00Z\",\"subject\":\""
            + new string('x', 70_000) + "\"}\n"
            + "{\"eventId\":\"c2\",\"employeeId\":\"E1\",\"type\":\"checkIn\",\"occurredAt\":\"2025-06-03T10:00:00Z\"}\n";

        var (exit, output, _) = await SimulateAsync(events, "--format", "json");

        Assert.Equal(CliApp.InvalidInput, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(["c2"], doc.RootElement.GetProperty("postings").EnumerateArray().Select(p => p.GetProperty("sourceId").GetString()));
        var rejected = Assert.Single(doc.RootElement.GetProperty("rejected").EnumerateArray());
        Assert.Equal(1, rejected.GetProperty("line").GetInt32());
        Assert.Contains("65,536", rejected.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    // Line 1: 2,000 minutes × 1,000,000 = 2,000,000,000 points, above a posting's ±1,000,000. Line 2 has no employeeId.
    private const string OneOfEachRejection = """
        {"eventId":"t1","employeeId":"E1","type":"training","occurredAt":"2025-06-02T08:00:00Z","minutes":2000}
        {"eventId":"b","type":"checkIn","occurredAt":"2025-06-02T09:00:00Z"}
        """;

    [Theory]
    [InlineData("zh-CN", "算出 2,000,000,000 积分；一笔记账最多 ±1,000,000 积分（PointsBounds.MaxPointsPerPosting）。请限制表达式的结果，例如用 Math.Min。",
        "缺少“employeeId”；每个事件都需要 eventId、employeeId、type 和 occurredAt（见 docs/points-events.md）。")]
    [InlineData("en", "computed 2,000,000,000 points; a posting carries at most ±1,000,000 (PointsBounds.MaxPointsPerPosting). Bound the expression, e.g. with Math.Min.",
        "'employeeId' is missing; every event needs eventId, employeeId, type and occurredAt (see docs/points-events.md).")]
    public async Task Simulate_Lang_RuleAndLineRejectionsInThatLanguageWithoutTheReadersLinePrefix(string lang, string ruleReason, string lineReason)
    {
        var (exit, output, _) = await SimulateAsync(OneOfEachRejection, "--format", "json", "--lang", lang);

        Assert.Equal(CliApp.InvalidInput, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(
            [(1, "TrainingPerMinute", "Properties.points", ruleReason), (2, null, "employeeId", lineReason)],
            doc.RootElement.GetProperty("rejected").EnumerateArray().Select(r => (r.GetProperty("line").GetInt32(),
                r.TryGetProperty("ruleName", out var rule) ? rule.GetString() : null, r.GetProperty("field").GetString(), r.GetProperty("reason").GetString())));
    }
}
