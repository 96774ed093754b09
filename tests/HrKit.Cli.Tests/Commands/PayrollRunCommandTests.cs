using System.Text.Json;

namespace HrKit.Cli.Tests.Commands;

/// <summary><c>hrkit payroll run</c>: formats, <c>--out</c>, rejected records and the exit code they decide.</summary>
public sealed class PayrollRunCommandTests() : TempFolderTests("hrkit-cli-run-")
{
    // Beijing 2026: 10 000 gross; employee 800 + 203 + 50 + 1 200 = 2 253; tax (10 000 − 5 000 − 2 253) × 3 % = 82.41.
    private const string Beijing10000 = """{"employeeId":"C1","period":"2026-01","city":"beijing","baseSalary":10000}""";

    [Fact]
    public async Task PayrollRun_JsonLinesFormat_OnePayslipObjectPerLineInInputOrder()
    {
        var input = Write("in.jsonl", Beijing10000 + "\n\n" + Beijing10000.Replace("C1", "C2", StringComparison.Ordinal) + "\n");

        var (exit, output, errors) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--format", "jsonl");

        Assert.Equal(CliApp.Ok, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["C1", "C2"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("employeeId").GetString()));
        Assert.Equal(7664.59m, JsonDocument.Parse(lines[0]).RootElement.GetProperty("netPay").GetDecimal());
        Assert.Contains("2 payslips, 0 rejected, 2 records read.", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollRun_Out_WritesTheFileAndNothingToStdout()
    {
        var input = Write("in.jsonl", Beijing10000);
        var output = Path.Combine(Folder, "slips.csv");

        var (exit, stdout, errors) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--format", "csv", "--out", output);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Equal("", stdout);
        Assert.Contains($"written to {output}", errors, StringComparison.Ordinal);
        Assert.Equal("C1,,,2026-01,10000.00,2253.00,82.41,0.00,0.00,7664.59,3850.00,13850.00,", File.ReadAllLines(output)[1]);
        Assert.Equal(["in.jsonl", "slips.csv"], Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PayrollRun_OutInMissingFolder_ExitOneBeforeReadingAndNoFile()
    {
        var input = Write("in.jsonl", Beijing10000);
        var output = Path.Combine(Folder, "no-such-folder", "slips.csv");

        var (exit, stdout, errors) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--out", output);

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Equal("", stdout);
        Assert.Equal($"error: --out '{output}': folder '{Path.GetDirectoryName(output)}' does not exist; create it or choose another path." + Environment.NewLine, errors);
        Assert.False(Directory.Exists(Path.GetDirectoryName(output)));
    }

    [Fact]
    public async Task PayrollRun_OutOverAnEarlierFileAndInputBreaks_KeepsTheEarlierFileWhole()
    {
        var output = Write("slips.jsonl", "earlier run\n");
        var input = Write("in.json", "{ \"employees\": [ " + Beijing10000 + ", oops ] }");

        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--format", "jsonl", "--out", output);

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains($"error: --input {input}: input: malformed JSON at line 1", errors, StringComparison.Ordinal);
        Assert.Equal("earlier run\n", File.ReadAllText(output));
        Assert.Equal(2, Directory.GetFiles(Folder).Length);
    }

    [Fact]
    public async Task PayrollRun_MissingInput_NamesTheOptionAndFile()
    {
        var missing = Path.Combine(Folder, "nope.json");

        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "run", "--input", missing);

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Equal($"error: --input: file '{missing}' does not exist." + Environment.NewLine, errors);
    }

    [Fact]
    public async Task PayrollRun_PolicyWithErrors_NamesTheOptionAndExitsOne()
    {
        var input = Write("in.jsonl", Beijing10000);
        var policy = Write("policy.json", """{ "name": "P", "components": [ { "code": "A", "kind": "earning", "formula": "nope(" } ] }""");

        var (exit, output, errors) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--policy", policy);

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Equal("", output);
        Assert.StartsWith($"error: --policy {policy}: ", errors, StringComparison.Ordinal);
        Assert.Contains("A.formula", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollRun_RejectedRecord_PrintsTheValidOnesAndExitsOne()
    {
        var input = Write("in.jsonl", Beijing10000 + "\n{\"employeeId\":\"BAD\",\"period\":\"2026-01\",\"city\":\"atlantis\"}\n" + Beijing10000.Replace("C1", "C3", StringComparison.Ordinal));

        var (exit, output, errors) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--format", "csv");

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Equal(["C1", "C3"], output.Trim().Split('\n').Skip(1).Select(r => r.Split(',')[0]));
        Assert.Contains("rejected: BAD: city: 'atlantis' is not in the contribution table", errors, StringComparison.Ordinal);
        Assert.Contains("(record 2, line 2)", errors, StringComparison.Ordinal);
        Assert.Contains("error: 1 of 3 records rejected: no rejected record is allowed; fix the records or pass --max-error-rate RATE", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.34", CliApp.Ok)]      // 1 of 3 = 33.3 % ≤ 34 %
    [InlineData("0.33", CliApp.InvalidInput)]
    [InlineData("0", CliApp.InvalidInput)]
    public async Task PayrollRun_MaxErrorRate_DecidesTheExitCodeByShareRejected(string rate, int expected)
    {
        var input = Write("in.jsonl", Beijing10000 + "\n{\"employeeId\":\"BAD\",\"period\":\"2026-01\",\"city\":\"atlantis\"}\n" + Beijing10000.Replace("C1", "C3", StringComparison.Ordinal));

        var (exit, _, _) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--format", "csv", "--max-error-rate", rate);

        Assert.Equal(expected, exit);
    }

    [Fact]
    public async Task PayrollRun_SameEmployeeTwiceInAMonth_SecondIsRejectedFirstPaid()
    {
        var input = Write("in.jsonl", Beijing10000 + "\n" + Beijing10000);

        var (exit, output, errors) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--format", "csv");

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Single(output.Trim().Split('\n').Skip(1));
        Assert.Contains("rejected: C1: employeeId: appears again for the same month", errors, StringComparison.Ordinal);
        Assert.Contains("(record 2, line 2)", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollRun_UnpaidLeaveBeyondTheMonth_PaysZeroGrossNeverNegative()
    {
        // Base 3 000 with 30 days of unpaid leave: 30 × 3 000 / 21.75 = 4 137.93 is capped at the month's 3 000, so
        // gross is 0.00, not −1 137.93. The employee side at Beijing's 2025-07 floor 7 162 still applies:
        // 572.96 (8 %) + 146.24 (2 % + 3) + 35.81 (0.5 %) + 360 (housing fund 12 % of 3 000) = 1 115.01.
        // Employer: 1 145.92 + 644.58 + 57.30 + 35.81 + 14.32 + 360 = 2 257.93.
        var input = Write("in.jsonl", Beijing10000 + "\n" +
            """{"employeeId":"NEG","period":"2026-01","city":"beijing","baseSalary":3000,"attendance":{"scheduledDays":22,"workedDays":0,"unpaidLeaveDays":30,"lateCount":0,"lateMinutes":0}}""");

        var (exit, output, errors) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--format", "csv");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("NEG,,,2026-01,0.00,1115.01,0.00,0.00,0.00,-1115.01,2257.93,2257.93,", output, StringComparison.Ordinal);
        Assert.DoesNotContain("-1137.93", output, StringComparison.Ordinal);
        Assert.Contains("2 payslips, 0 rejected, 2 records read.", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollRun_JsonWithManyRejections_KeepsEveryErrorAfterThePayslips()
    {
        var lines = Enumerable.Range(1, 300).Select(i => $$"""{"employeeId":"X{{i}}","period":"2026-01","city":"atlantis"}""").Prepend(Beijing10000);
        var input = Write("in.jsonl", string.Join('\n', lines));

        var (exit, output, _) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--format", "json");

        Assert.Equal(CliApp.InvalidInput, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("C1", json.RootElement.GetProperty("payslips")[0].GetProperty("employeeId").GetString());
        var errors = json.RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(300, errors.Count);
        Assert.Equal(("X300", 301L, "city"), (errors[^1].GetProperty("employeeId").GetString(), errors[^1].GetProperty("line").GetInt64(), errors[^1].GetProperty("field").GetString()));
    }

    [Fact]
    public async Task PayrollRun_EmptyInput_ExitsOneSayingNothingWasPaid()
    {
        var input = Write("in.jsonl", "\n");

        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--format", "csv");

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains($"error: --input {input}: no employee records; nothing was paid.", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollRun_Explain_PrintsEveryLineOfEachPayslip()
    {
        var input = Write("in.jsonl", Beijing10000);

        var (exit, output, _) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--explain");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("Payslip C1  () for 2026-01", output, StringComparison.Ordinal);
        Assert.Matches(@"PENSION_EE\s+Pension \(employee\)\s+Employee contribution\s+800\.00\s+base 10000\.00 × 8%", output);
        Assert.Contains("Gross 10,000.00  Net 7,664.59  Employer cost 13,850.00", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollRun_Cancelled_ExitsCancelledAndLeavesNoOutputFile()
    {
        var input = Write("in.jsonl", Beijing10000);
        var output = Path.Combine(Folder, "slips.jsonl");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["payroll", "run", "--input", input, "--format", "jsonl", "--out", output],
            new CliConsole(stdout, stderr), NodaTime.SystemClock.Instance, new CancellationToken(canceled: true));

        Assert.Equal(CliApp.Cancelled, exit);
        Assert.Equal("error: cancelled; nothing more was written." + Environment.NewLine, stderr.ToString());
        Assert.Equal(["in.jsonl"], Directory.GetFiles(Folder).Select(Path.GetFileName));
    }
}
