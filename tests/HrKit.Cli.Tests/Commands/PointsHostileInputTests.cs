using HrKit.Points;
using HrKit.Points.Ledger;
using NodaTime;

namespace HrKit.Cli.Tests.Commands;

/// <summary>
/// Policies and ids past HrKit.Points' limits end as one <c>error:</c> naming the rule or option and the limit, exit 1:
/// never a crash, a stack trace or exit 70.
/// </summary>
public sealed class PointsHostileInputTests
{
    private const string OneEvent = """{"eventId":"c1","employeeId":"E1","type":"checkIn","occurredAt":"2025-06-02T10:00:00Z"}""";

    private static string Policy(string ruleName, string expression, string points) => CliRunner.TempFile(
        $$"""{ "WorkflowName": "Hostile", "Rules": [ { "RuleName": "{{ruleName}}", "Expression": "{{expression}}", "Properties": { "points": {{points}} } } ] }""");

    public static TheoryData<string, string, string, string> HostilePolicies => new()
    {
        // rule name, expression, points, what the error must say besides the rule
        { "MaxLong", "true", "9223372036854775807", "Properties.points" },
        { "Deep", new string('(', 2000) + "true" + new string(')', 2000), "1", "Expression" },          // 4,004 characters: the length limit
        { "DeepShort", new string('(', 1990) + "true" + new string(')', 1990), "1", "Expression" },    // 3,984 characters: the nesting limit
        { "Chained", "e.Count" + string.Concat(Enumerable.Repeat(" + 1", 100_000)) + " > 0", "1", "Expression" },
        { "DeepPoints", "true", "\"" + new string('(', 40) + "1" + new string(')', 40) + "\"", "Properties.points" },
    };

    [Theory]
    [MemberData(nameof(HostilePolicies))]
    public async Task Validate_PolicyPastALimit_ExitOneNamingTheRuleAndTheLimit(string rule, string expression, string points, string part)
    {
        var (exit, _, errors) = await CliRunner.RunAsync("points", "validate", "--policy", Policy(rule, expression, points));

        AssertRefused(exit, errors, rule, part);
    }

    [Theory]
    [MemberData(nameof(HostilePolicies))]
    public async Task Simulate_PolicyPastALimit_ExitOneNamingTheRuleAndTheLimit(string rule, string expression, string points, string part)
    {
        var (exit, _, errors) = await CliRunner.RunAsync("points", "simulate", "--policy", Policy(rule, expression, points), "--events", CliRunner.TempFile(OneEvent, ".jsonl"));

        AssertRefused(exit, errors, rule, part);
    }

    [Fact]
    public async Task Balance_EmployeeIdOf300Characters_OneErrorLineNamingTheLimitExitOne()
    {
        var db = Path.Combine(Path.GetTempPath(), $"hrkit-cli-{Guid.NewGuid():N}.db");
        await using (var demo = SqlitePointsLedgerStore.Create(db, SystemClock.Instance))
        {
            await PointsSamples.RunDemoAsync(demo);
        }


        var (exit, output, errors) = await CliRunner.RunAsync("points", "balance", "--db", db, "--employee", new string('E', 300));

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Empty(output);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: --employee:", line, StringComparison.Ordinal);
        Assert.Contains("256", line, StringComparison.Ordinal);
    }

    private static void AssertRefused(int exit, string errors, string rule, string part)
    {
        Assert.True(exit == CliApp.InvalidInput, errors);
        Assert.StartsWith("error: --policy", errors, StringComparison.Ordinal);
        Assert.Contains($"rule '{rule}': {part}", errors, StringComparison.Ordinal);
        Assert.Matches("limit|at most|more than|outside", errors);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
    }
}
