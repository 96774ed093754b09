using System.Text.Json;

namespace HrKit.Cli.Tests.Commands;

/// <summary>
/// <c>hrkit payroll run</c> and the contribution table: provisional (carried-forward) months in every format, and
/// <c>--contributions</c> replacing a built-in city.
/// </summary>
public sealed class PayrollRunContributionsTests() : TempFolderTests("hrkit-cli-run-contrib-")
{
    // Beijing, 10 000 a month: employee 800 + (200 + 3) + 50 + 1 200 = 2 253; employer 1 600 + 900 + 80 + 50 + 20 + 1 200 = 3 850
    // on the 2025-07 cycle (floor 7 162), which is published for 2026-01 and carried forward to 2026-11.
    // Hired in the pay month, so no year-to-date figures are needed for November.
    private const string November = """{"employeeId":"P1","period":"2026-11","hireDate":"2026-11-01","city":"beijing","baseSalary":10000}""";
    private const string January = """{"employeeId":"C1","period":"2026-01","city":"beijing","baseSalary":10000}""";

    [Fact]
    public async Task PayrollRun_BeijingNovember2026Jsonl_ExitZeroPayslipMarkedProvisional()
    {
        var input = Write("in.jsonl", November + "\n" + January);

        var (exit, output, errors) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--format", "jsonl");

        Assert.Equal(CliApp.Ok, exit);
        var slips = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal((2253m, 3850m), (slips[0].GetProperty("employeeContributions").GetDecimal(), slips[0].GetProperty("employerContributions").GetDecimal()));
        var provisional = slips[0].GetProperty("provisionalContributions");
        Assert.Equal(("beijing", "2026-07", 5), (provisional.GetProperty("city").GetString(), provisional.GetProperty("unpublishedCycle").GetString(),
            provisional.GetProperty("monthsCarriedForward").GetInt32()));
        Assert.Contains(slips[0].GetProperty("lines").EnumerateArray(), l => l.GetProperty("code").GetString() == "CONTRIBUTIONS_PROVISIONAL");
        Assert.False(slips[1].TryGetProperty("provisionalContributions", out _));
        Assert.Contains("warning: provisional contributions: beijing 2026-11, 1 payslip: 2026-07 cycle not yet published; bases of the 2025-07 cycle used",
            errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollRun_ProvisionalTable_RowMarkedAndExplainedAfterTheTable()
    {
        var input = Write("in.jsonl", November + "\n" + November.Replace("P1", "P2", StringComparison.Ordinal) + "\n" + January);

        var (exit, output, errors) = await CliRunner.RunAsync("payroll", "run", "--input", input);

        Assert.Equal(CliApp.Ok, exit);
        var lines = output.Split(Environment.NewLine);
        Assert.Contains("2,253.00*", lines.Single(l => l.StartsWith("P1 ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain("*", lines.Single(l => l.StartsWith("C1 ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("* Provisional contributions (settle when the cycle is published, docs/payroll-contributions.md):", lines);
        Assert.Contains(lines, l => l.StartsWith("  beijing 2026-11, 2 payslips: 2026-07 cycle not yet published;", StringComparison.Ordinal));
        Assert.Contains("warning: 2 payslip(s) with provisional contributions; see the note after the payslips.", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollRun_ProvisionalCsv_LastColumnHoldsTheReason()
    {
        var input = Write("in.jsonl", November + "\n" + January);

        var (exit, output, _) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--format", "csv");

        Assert.Equal(CliApp.Ok, exit);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",employerCost,provisionalContributions", rows[0], StringComparison.Ordinal);
        // The reason contains commas, so it is quoted (RFC 4180).
        Assert.StartsWith("P1,,,2026-11,10000.00,2253.00,", rows[1], StringComparison.Ordinal);
        Assert.Contains(",3850.00,13850.00,\"2026-07 cycle not yet published; bases of the 2025-07 cycle used (beijing schedule 2025-07-01..2026-06-30, carried forward 5 of at most 24 months).",
            rows[1], StringComparison.Ordinal);
        Assert.EndsWith(",3850.00,13850.00,", rows[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollRun_ProvisionalReport_AlertPerCityAndMonth()
    {
        var input = Write("in.jsonl", November + "\n" + January);

        var (exit, output, errors) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--report");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("ALERT: 1 payslip(s) with provisional contributions (beijing 2026-11): 2026-07 cycle not yet published;", output, StringComparison.Ordinal);
        Assert.DoesNotContain("* Provisional contributions", output, StringComparison.Ordinal);
        Assert.Contains("see the report's alerts.", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollRun_BeyondTheCarryForwardLimit_RecordRejectedNamingTheMissingCycle()
    {
        var input = Write("in.jsonl", November.Replace("2026-11", "2028-07", StringComparison.Ordinal));

        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--format", "csv");

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains("rejected: P1: period: ", errors, StringComparison.Ordinal);
        Assert.Contains("add the 2026-07 cycle and later ones", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollRun_ContributionsFolderReplacingBeijing_PaysOnItsFloor()
    {
        // Host floor 12 000 for a 10 000 salary: employee 960 + (240 + 3) + 60 + 1 200 (housing fund floor 2 540) = 2 463;
        // employer 1 920 + 1 080 + 60 + 1 200 = 4 260 (the host file has no maternity or work injury item).
        var folder = Directory.CreateDirectory(Path.Combine(Folder, "contributions")).FullName;
        File.WriteAllText(Path.Combine(folder, "beijing.json"), ContributionsCommandTests.BeijingFile());
        var input = Write("in.jsonl", January);

        var (exit, output, _) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--format", "jsonl", "--contributions", folder);

        Assert.Equal(CliApp.Ok, exit);
        var slip = JsonDocument.Parse(output).RootElement;
        Assert.Equal((2463m, 4260m), (slip.GetProperty("employeeContributions").GetDecimal(), slip.GetProperty("employerContributions").GetDecimal()));
    }

    [Fact]
    public async Task PayrollRun_BrokenContributionsFile_ExitOneNamingFileAndFieldBeforeReadingInput()
    {
        var contributions = Write("beijing.json", ContributionsCommandTests.BeijingFile(employeeRate: "8"));
        var input = Path.Combine(Folder, "never-read.jsonl");

        var (exit, output, errors) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--contributions", contributions);

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Equal("", output);
        Assert.StartsWith($"error: --contributions {contributions}: contribution table has 1 error(s):", errors, StringComparison.Ordinal);
        Assert.Contains("beijing.json: $.schedules[0].items[0].employeeRate: 8 is not a rate between 0 and 0.5", errors, StringComparison.Ordinal);
    }
}
