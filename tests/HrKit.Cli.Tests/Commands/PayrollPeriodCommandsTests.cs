using System.Text.Json;

namespace HrKit.Cli.Tests.Commands;

/// <summary>
/// <c>hrkit payroll run --db</c>, <c>close</c>, <c>reopen</c>, <c>retro</c> and the history queries on a SQLite period
/// store. Beijing 2026 on a base of 10 000: employee contributions 800 + 203 + 50 + 1 200 = 2 253, so 2 747 taxable a
/// month and 82.41 tax a month (3 % row all quarter).
/// </summary>
public sealed class PayrollPeriodCommandsTests() : TempFolderTests("hrkit-cli-periods-")
{
    private string Db => Path.Combine(Folder, "payroll.db");

    private static string Record(string month, decimal baseSalary = 10_000m, string id = "C1") =>
        $$"""{"employeeId":"{{id}}","department":"R&D","period":"{{month}}","city":"beijing","baseSalary":{{baseSalary}},"socialInsuranceBase":10000}""";

    private Task<(int Exit, string Out, string Err)> RunMonthAsync(string month, params string[] records) =>
        CliRunner.RunAsync("payroll", "run", "--db", Db, "--month", month, "--input", Write($"{month}.jsonl", string.Join('\n', records)), "--format", "jsonl");

    [Fact]
    public async Task PayrollRunDb_TwoConsecutiveMonths_SecondReadsTheFirstsYearToDate()
    {
        await RunMonthAsync("2026-01", Record("2026-01"));

        var (exit, output, errors) = await RunMonthAsync("2026-02", Record("2026-02"));

        Assert.Equal(CliApp.Ok, exit);
        Assert.Equal(82.41m, JsonDocument.Parse(output).RootElement.GetProperty("wageTax").GetDecimal());
        Assert.Contains("1 payslips stored", errors, StringComparison.Ordinal);
        var (_, ytd, _) = await CliRunner.RunAsync("payroll", "ytd", "--db", Db, "--employee", "C1", "--month", "2026-02");
        Assert.Contains("tax withheld 164.82", ytd, StringComparison.Ordinal);  // 5 494 × 3 %
    }

    [Fact]
    public async Task PayrollRunDb_MonthSkipped_IsAGapErrorNamingEmployeeAndMonth()
    {
        await RunMonthAsync("2026-01", Record("2026-01"));

        var (exit, _, errors) = await RunMonthAsync("2026-03", Record("2026-03"));

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains("C1: period: no payslip is stored for 2026-02", errors, StringComparison.Ordinal);
        Assert.Contains("nothing was stored", errors, StringComparison.Ordinal);
        var (registerExit, _, _) = await CliRunner.RunAsync("payroll", "register", "--db", Db, "--month", "2026-03");
        Assert.Equal(CliApp.InvalidInput, registerExit);
    }

    [Fact]
    public async Task PayrollRunDb_RecordOfAnotherMonth_IsRejectedWithItsLine()
    {
        var (exit, _, errors) = await RunMonthAsync("2026-01", Record("2026-01"), Record("2026-02", id: "C2"));

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains("C2: period: 2026-02 is not the month being run (--month 2026-01). (record 2, line 2)", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollRunDb_SeveralMonthsInAnyOrderWithoutMonth_RunsThemInMonthOrder()
    {
        var input = Write("q1.jsonl", string.Join('\n', Record("2026-03"), Record("2026-01"), Record("2026-02")));

        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "run", "--db", Db, "--input", input, "--format", "jsonl");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("3 payslips stored", errors, StringComparison.Ordinal);
        var (_, history, _) = await CliRunner.RunAsync("payroll", "history", "--db", Db, "--employee", "C1", "--year", "2026", "--format", "jsonl");
        var taxes = history.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("payslip").GetProperty("wageTax").GetDecimal());
        Assert.Equal([82.41m, 82.41m, 82.41m], taxes);
    }

    [Fact]
    public async Task PayrollRunCloseReopenRetro_WithAuditDb_EachStepIsRecordedWithItsActorAndTheChainVerifies()
    {
        var audit = Path.Combine(Folder, "audit.db");
        var input = Write("2026-01.jsonl", Record("2026-01"));
        Assert.Equal(CliApp.Ok, (await CliRunner.RunAsync("payroll", "run", "--db", Db, "--month", "2026-01", "--input", input, "--format", "jsonl", "--actor", "alice", "--audit-db", audit)).Exit);
        Assert.Equal(CliApp.Ok, (await CliRunner.RunAsync("payroll", "close", "--db", Db, "--month", "2026-01", "--actor", "bob", "--audit-db", audit)).Exit);
        Assert.Equal(CliApp.Ok, (await CliRunner.RunAsync("payroll", "reopen", "--db", Db, "--month", "2026-01", "--reason", "bonus forgotten", "--actor", "carol", "--audit-db", audit)).Exit);

        var (listExit, list, _) = await CliRunner.RunAsync("audit", "list", "--db", audit);
        var (verifyExit, verify, _) = await CliRunner.RunAsync("audit", "verify", "--db", audit);
        var (bobExit, bob, _) = await CliRunner.RunAsync("audit", "list", "--db", audit, "--actor", "bob");

        Assert.Equal(CliApp.Ok, listExit);
        var entries = list.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal(["alice payroll.run", "bob payroll.close", "carol payroll.reopen"], entries.Select(e => e[2] + " " + e[3]));
        Assert.Equal(CliApp.Ok, verifyExit);
        Assert.StartsWith("intact: 3 entries", verify, StringComparison.Ordinal);
        Assert.Equal(CliApp.Ok, bobExit);
        Assert.Single(bob.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task PayrollRunWithPolicy_WithAuditDb_RecordsThePolicyOnlyWhenItsTextChanges()
    {
        var audit = Path.Combine(Folder, "audit.db");
        var policy = Path.Combine(Folder, "policy.json");
        File.Copy(CliRunner.RepoFile("src/HrKit.Payroll/Jurisdictions/China/Data/china-standard-policy.json"), policy);
        Task<(int Exit, string Out, string Err)> Run(string month) => CliRunner.RunAsync("payroll", "run", "--db", Db, "--month", month,
            "--input", Write($"{month}.jsonl", Record(month)), "--policy", policy, "--format", "jsonl", "--actor", "alice", "--audit-db", audit);

        Assert.Equal(CliApp.Ok, (await Run("2026-01")).Exit);
        Assert.Equal(CliApp.Ok, (await Run("2026-02")).Exit);
        File.AppendAllText(policy, "\n");
        Assert.Equal(CliApp.Ok, (await Run("2026-03")).Exit);

        var (_, list, _) = await CliRunner.RunAsync("audit", "list", "--db", audit);
        var kinds = list.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')[3]);
        Assert.Equal(["policy.change", "payroll.run", "payroll.run", "policy.change", "payroll.run"], kinds);
    }

    [Fact]
    public async Task PayrollRun_AuditDbWithoutDb_IsAUsageError()
    {
        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "run", "--input", Write("in.jsonl", Record("2026-01")), "--audit-db", Path.Combine(Folder, "audit.db"));

        Assert.NotEqual(CliApp.Ok, exit);
        Assert.Contains("--audit-db needs --db", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Folder, "audit.db")));
    }

    [Fact]
    public async Task PayrollClose_ThenRunAgain_IsRefused_UntilReopenedWithAReason()
    {
        await RunMonthAsync("2026-01", Record("2026-01"));
        Assert.Equal(CliApp.Ok, (await CliRunner.RunAsync("payroll", "close", "--db", Db, "--month", "2026-01")).Exit);

        var (refused, _, errors) = await RunMonthAsync("2026-01", Record("2026-01", 12_000m));
        var (noReason, _, _) = await CliRunner.RunAsync("payroll", "reopen", "--db", Db, "--month", "2026-01");
        var (reopened, _, _) = await CliRunner.RunAsync("payroll", "reopen", "--db", Db, "--month", "2026-01", "--reason", "bonus forgotten", "--actor", "alice");
        var (rerun, _, _) = await RunMonthAsync("2026-01", Record("2026-01", 12_000m));

        Assert.Equal((CliApp.InvalidInput, CliApp.Usage, CliApp.Ok, CliApp.Ok), (refused, noReason, reopened, rerun));
        Assert.Contains("the month is closed", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollRetro_UnreadableRecord_NamesItsLineOnceAndRecalculatesNothing()
    {
        await RunMonthAsync("2026-01", Record("2026-01"));
        await CliRunner.RunAsync("payroll", "close", "--db", Db, "--month", "2026-01");
        var corrections = Write("raise.jsonl", Record("2026-01", 11_000m) + "\n" + Record("2026-01", id: "C2").Replace("2026-01", "2026/01", StringComparison.Ordinal));

        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "retro", "--db", Db, "--month", "2026-02", "--input", corrections, "--reason", "raise");

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains("line 2: '2026/01' is not a month in yyyy-MM", errors, StringComparison.Ordinal);
        Assert.Contains("nothing was recalculated", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("record 2", errors, StringComparison.Ordinal);
        var (_, register, _) = await CliRunner.RunAsync("payroll", "register", "--db", Db, "--month", "2026-01");
        Assert.DoesNotContain("rev 2", register, StringComparison.Ordinal);
    }

    // Jan raised from 10 000 to 11 000 after it closed. Recalculated Jan: 3 747 taxable → 112.41 (paid 82.41). Feb:
    // cumulative 6 494 × 3 % = 194.82 − 82.41 withheld = 112.41; gross 10 000 + 1 000 retro; net 11 000 − 2 253 − 112.41.
    [Fact]
    public async Task PayrollRetro_RaiseForAClosedMonth_IsPaidInTheOpenMonthWithItsLines()
    {
        await RunMonthAsync("2026-01", Record("2026-01"));
        await CliRunner.RunAsync("payroll", "close", "--db", Db, "--month", "2026-01");
        var corrections = Write("raise.jsonl", Record("2026-01", 11_000m));

        var (exit, output, _) = await CliRunner.RunAsync("payroll", "retro", "--db", Db, "--month", "2026-02", "--input", corrections, "--reason", "raise from January");
        var (_, february, _) = await RunMonthAsync("2026-02", Record("2026-02"));

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("2026-01 BASE               original    10,000.00  recalculated    11,000.00  delta    +1,000.00", output, StringComparison.Ordinal);
        var slip = JsonDocument.Parse(february).RootElement;
        Assert.Equal(11_000m, slip.GetProperty("grossPay").GetDecimal());
        Assert.Equal(112.41m, slip.GetProperty("wageTax").GetDecimal());
        Assert.Equal(8_634.59m, slip.GetProperty("netPay").GetDecimal());
        var (_, register, _) = await CliRunner.RunAsync("payroll", "register", "--db", Db, "--month", "2026-01");
        Assert.Contains("rev 1  paid (superseded)", register, StringComparison.Ordinal);
        Assert.Contains("rev 2  recalculated, settled in 2026-02", register, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollReport_OverTwoMonths_CountsBothMonths()
    {
        await RunMonthAsync("2026-01", Record("2026-01"), Record("2026-01", 8_000m, "C2"));
        await RunMonthAsync("2026-02", Record("2026-02"), Record("2026-02", 8_000m, "C2"));

        var (exit, output, _) = await CliRunner.RunAsync("payroll", "report", "--db", Db, "--from", "2026-01", "--to", "2026-02");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("4 payslips, 2026-01 to 2026-02", output, StringComparison.Ordinal);
        Assert.Contains("36,000.00", output, StringComparison.Ordinal); // gross 2 × (10 000 + 8 000)
    }

    [Fact]
    public async Task PayrollHistory_MissingStore_SaysHowToCreateOne()
    {
        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "history", "--db", Db, "--employee", "C1", "--year", "2026");

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains("is created by the first 'hrkit payroll run --db", errors, StringComparison.Ordinal);
    }
}
