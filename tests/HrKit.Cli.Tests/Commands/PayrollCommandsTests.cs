namespace HrKit.Cli.Tests.Commands;

public sealed class PayrollCommandsTests
{
    [Fact]
    public async Task PayrollRun_SampleCompany_PrintsTwelvePayslipsAndOvertimeAlert()
    {
        var (exit, output, errors) = await CliRunner.RunAsync("payroll", "run", "--input", CliRunner.RepoFile("docs/samples/payroll-company.json"), "--report");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("12 payslips, 0 rejected, 12 records read.", errors, StringComparison.Ordinal);
        Assert.Contains("E012", output, StringComparison.Ordinal);
        Assert.Contains("ALERT: Department 'Operations'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollRun_Csv_WritesHeaderAndOneRowPerPayslip()
    {
        var input = CliRunner.TempFile("""{ "employees": [ { "employeeId": "C1", "period": "2026-01", "city": "beijing", "baseSalary": 10000 } ] }""");

        var (exit, output, _) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--format", "csv");

        Assert.Equal(CliApp.Ok, exit);
        var rows = output.Trim().Split('\n');
        Assert.StartsWith("employeeId,name,department,period,grossPay", rows[0], StringComparison.Ordinal);
        // 10 000 gross; employee 800 + 203 + 50 + 1 200 = 2 253; tax (10 000 − 5 000 − 2 253) × 3 % = 82.41;
        // employer 1 600 + 900 + 80 + 50 + 20 + 1 200 = 3 850.
        Assert.Equal("C1,,,2026-01,10000.00,2253.00,82.41,0.00,0.00,7664.59,3850.00,13850.00,", rows[1].Trim());
    }

    [Fact]
    public async Task PayrollRun_BadRecords_RejectsThemByFieldAndStillPaysTheRest()
    {
        var input = CliRunner.TempFile("""
            { "employees": [
              { "employeeId": "OK", "period": "2026-01", "city": "beijing", "baseSalary": 9000 },
              { "employeeId": "NEG", "period": "2026-01", "city": "beijing", "overtime": { "workday": -3 } },
              { "employeeId": "CITY", "period": "2026-01", "city": "atlantis" },
              { "employeeId": "YTD", "period": "2026-04", "city": "beijing" }
            ] }
            """);

        var (exit, output, errors) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--format", "json");

        Assert.Equal(CliApp.InvalidInput, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("OK", json.RootElement.GetProperty("payslips").EnumerateArray().Single().GetProperty("employeeId").GetString());
        Assert.Equal(["NEG", "CITY", "YTD"], json.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("employeeId").GetString()));
        Assert.Equal([2L, 3L, 4L], json.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("record").GetInt64()));
        Assert.Contains("rejected: NEG: overtime.workday: -3 is negative", errors, StringComparison.Ordinal);
        Assert.Contains("rejected: CITY: city: 'atlantis' is not in the contribution table", errors, StringComparison.Ordinal);
        Assert.Contains("rejected: YTD: yearToDate: required for 2026-04", errors, StringComparison.Ordinal);
        Assert.Contains("1 payslips, 3 rejected, 4 records read.", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollRun_MalformedJson_FailsWithLine()
    {
        var input = CliRunner.TempFile("{\n  \"employees\": [\n    { \"employeeId\": \"X\", }, oops\n  ]\n}");

        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "run", "--input", input);

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains("malformed JSON at line 3", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollValidate_BadPolicy_ListsEveryErrorByComponent()
    {
        var policy = CliRunner.TempFile("""
            { "name": "Broken", "components": [
              { "code": "A", "kind": "earning", "formula": "B * 2" },
              { "code": "B", "kind": "earning", "formula": "A + unknown_thing" }
            ] }
            """);

        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "validate", "--policy", policy);

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains("B.formula", errors, StringComparison.Ordinal);
        Assert.Contains("unknown name 'unknown_thing'", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollValidate_BuiltInPolicyPrinted_RoundTrips()
    {
        var (_, printed, _) = await CliRunner.RunAsync("payroll", "policy");
        var path = CliRunner.TempFile(printed);

        var (exit, output, _) = await CliRunner.RunAsync("payroll", "validate", "--policy", path);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("OK: pay policy 'China mainland standard'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollRun_UnknownOption_IsAUsageError()
    {
        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "run", "--inptu", "x.json");

        Assert.Equal(CliApp.Usage, exit);
        Assert.Contains("unknown option '--inptu'", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_BuiltInSample_Succeeds()
    {
        var db = Path.Combine(Path.GetTempPath(), $"hrkit-demo-{Guid.NewGuid():N}.db");

        var (exit, output, errors) = await CliRunner.RunAsync("demo", "--db", db);

        Assert.True(exit == CliApp.Ok, errors);
        Assert.Contains("Payslip E001", output, StringComparison.Ordinal);
        Assert.Contains("Department cost distribution:", output, StringComparison.Ordinal);
    }
}
