using System.Diagnostics;
using System.Text.Json;
using HrKit.Points.Tests.Support;

namespace HrKit.Points.Tests.Policies;

/// <summary>
/// Issue 10 out of process: a fresh process (tests/HrKit.Points.CrashProbe) loads each policy that used to overflow
/// the stack, on its main thread and on a thread-pool thread as a hot reload does, and must exit with a rejection.
/// Before the limits, these ended the process with "Stack overflow" (exit code 134); the in-process tests in
/// <see cref="PolicyLimitsTests"/> would take the test host down instead of failing.
/// </summary>
public sealed class PolicyCrashProbeTests
{
    private static string Rule(string expression) =>
        JsonSerializer.Serialize(new { WorkflowName = "T", Rules = new[] { new { RuleName = "Hostile", Expression = expression, Properties = new { points = 1 } } } });

    public static TheoryData<string, string> HostilePolicies() => new()
    {
        { Rule(new string('(', 2_000) + "e.Count > 1" + new string(')', 2_000)), "MaxExpressionNesting" },
        { Rule("e.Count" + string.Concat(Enumerable.Repeat(" + 1", 100_000)) + " > 1"), "MaxExpressionOperators" },
        { Rule(string.Concat(Enumerable.Repeat("!", 50_000)) + "true"), "MaxExpressionOperators" },
        { """{ "WorkflowName": "T", "Rules": [ { "RuleName": "R", "Expression": "true", "Properties": { "points": 1, "description": """ + new string('[', 100_000) + new string(']', 100_000) + " } } ] }", "MaxJsonDepth" },
    };

    [Theory]
    [MemberData(nameof(HostilePolicies))]
    public async Task LoadFile_PolicyThatOverflowedTheStack_ProcessExitsWithARejection(string json, string limit)
    {
        var path = TestData.TempPath(".json");
        await File.WriteAllTextAsync(path, json);
        using var process = Process.Start(CrashProbeProcess.StartInfo("policy", path))!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 1, $"exit code {process.ExitCode}: {output} {errors[..Math.Min(500, errors.Length)]}");
        Assert.StartsWith("rejected: ", output, StringComparison.Ordinal);
        Assert.Contains(limit, output, StringComparison.Ordinal);
    }
}
