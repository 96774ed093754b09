using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Engine;

/// <summary>
/// Whole payslips checked against figures computed by hand (each test's comments show the arithmetic) from the
/// built-in Beijing 2025-07..2026-06 (floor 7 162, ceiling 35 811) and Shanghai 2025-07..2026-06 (floor 7 460,
/// ceiling 37 302) schedules and the China standard policy.
/// </summary>
public sealed class PayrollEngineTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();

    [Fact]
    public void Calculate_BeijingJanuaryWithChildEducation_MatchesHandComputation()
    {
        var slip = Engine.Calculate(new EmployeeMonthInput
        {
            EmployeeId = "E1",
            Period = new YearMonth(2026, 1),
            City = "beijing",
            BaseSalary = 20_000m,
            Allowances = new Dictionary<string, decimal> { ["meal"] = 1_000m },
            SpecialAdditionalDeductions = new SpecialAdditionalDeductions { ChildEducation = 2_000m },
        });

        // Base 21 000 lies inside [7 162, 35 811].
        Assert.Equal(1_680.00m, Amount(slip, "PENSION_EE"));      // 21 000 × 8 %
        Assert.Equal(423.00m, Amount(slip, "MEDICAL_EE"));        // 21 000 × 2 % + 3
        Assert.Equal(105.00m, Amount(slip, "UNEMPLOYMENT_EE"));   // × 0.5 %
        Assert.Equal(2_520m, Amount(slip, "HOUSING_FUND_EE"));    // × 12 %, whole yuan
        Assert.Equal(3_360.00m, Amount(slip, "PENSION_ER"));      // × 16 %
        Assert.Equal(1_890.00m, Amount(slip, "MEDICAL_ER"));      // × 9 %
        Assert.Equal(168.00m, Amount(slip, "MATERNITY_ER"));      // × 0.8 %
        Assert.Equal(42.00m, Amount(slip, "WORK_INJURY_ER"));     // × 0.2 %
        Assert.Equal(21_000m, slip.GrossPay);
        Assert.Equal(4_728.00m, slip.EmployeeContributions);
        Assert.Equal(8_085.00m, slip.EmployerContributions);
        // (21 000 − 5 000 − 4 728 − 2 000) × 3 % = 9 272 × 3 % = 278.16
        Assert.Equal(278.16m, slip.WageTax);
        Assert.Equal(15_993.84m, slip.NetPay);
        Assert.Equal(29_085.00m, slip.EmployerCost);
        Assert.Equal(9_272m, slip.YearToDate.TaxableIncome);
        Assert.Equal(278.16m, slip.YearToDate.TaxWithheld);
    }

    [Fact]
    public void Calculate_ShanghaiBaseAboveCeiling_ClampsEveryItemAndContinuesYearToDate()
    {
        var slip = Engine.Calculate(new EmployeeMonthInput
        {
            EmployeeId = "E2",
            Period = new YearMonth(2025, 8),
            City = "shanghai",
            BaseSalary = 50_000m,
            YearToDate = new TaxYearToDate
            {
                ThroughMonth = new YearMonth(2025, 7),
                Income = 350_000m,
                BasicDeduction = 35_000m,
                SpecialDeductions = 45_693.97m,
                TaxWithheld = 36_941.21m,
            },
        });

        // Base 50 000 → ceiling 37 302.
        Assert.Equal(2_984.16m, Amount(slip, "PENSION_EE"));      // 37 302 × 8 %
        Assert.Equal(746.04m, Amount(slip, "MEDICAL_EE"));        // × 2 %
        Assert.Equal(186.51m, Amount(slip, "UNEMPLOYMENT_EE"));   // × 0.5 %
        Assert.Equal(2_611m, Amount(slip, "HOUSING_FUND_EE"));    // 2 611.14 → whole yuan
        Assert.Equal(59.68m, Amount(slip, "WORK_INJURY_ER"));     // 59.6832 → fen
        Assert.Equal(6_527.71m, slip.EmployeeContributions);
        // Employer: pension 5 968.32 + medical 8.5 % 3 170.67 + maternity 0.5 % 186.51 + unemployment 186.51
        // + work injury 59.68 + housing fund 2 611 = 12 182.69 (Shanghai's employer medical incl. maternity is 9 %, not 10 %).
        Assert.Equal(12_182.69m, slip.EmployerContributions);
        Assert.Contains("clamped to the ceiling", slip.Line("PENSION_EE")!.Explanation, StringComparison.Ordinal);
        // Cumulative taxable 400 000 − 40 000 − 52 221.68 = 307 778.32 → 25 % row: 76 944.58 − 31 920 = 45 024.58;
        // minus 36 941.21 already withheld = 8 083.37.
        Assert.Equal(307_778.32m, slip.YearToDate.TaxableIncome);
        Assert.Equal(8_083.37m, slip.WageTax);
        Assert.Equal(35_388.92m, slip.NetPay);
    }

    [Fact]
    public void Calculate_JoinerOnMarch16_ProratesByWeekdaysAndStartsYearToDate()
    {
        var slip = Engine.Calculate(new EmployeeMonthInput
        {
            EmployeeId = "E3",
            Period = new YearMonth(2026, 3),
            City = "beijing",
            BaseSalary = 10_000m,
            HireDate = new LocalDate(2026, 3, 16),
        });

        // March 2026 has 22 weekdays, 12 of them from the 16th: 10 000 × 12 / 22 = 5 454.545 → 5 454.55.
        Assert.Equal(5_454.55m, Amount(slip, "BASE"));
        // Contributions on the full 10 000 base: 800 + 203 + 50 + 1 200 = 2 253.
        Assert.Equal(2_253m, slip.EmployeeContributions);
        // 5 454.55 − 5 000 − 2 253 < 0 → no tax.
        Assert.Equal(0m, slip.WageTax);
        Assert.Equal(3_201.55m, slip.NetPay);
        Assert.Equal(5_000m, slip.YearToDate.BasicDeduction);
    }

    [Fact]
    public void Calculate_OvertimeOfEachKindAndAttendanceDeductions_UseTheHourlyRate()
    {
        // 8 700 / 21.75 = 400 a day, / 8 = 50 an hour.
        var slip = Engine.Calculate(new EmployeeMonthInput
        {
            EmployeeId = "E4",
            Period = new YearMonth(2026, 1),
            City = "beijing",
            BaseSalary = 8_700m,
            Overtime = new OvertimeHours(Workday: 10m, RestDay: 8m, StatutoryHoliday: 8m),
            Attendance = new AttendanceInput(ScheduledDays: 21m, WorkedDays: 20m, UnpaidLeaveDays: 1m, LateCount: 2, LateMinutes: 25),
        });

        Assert.Equal(750.00m, Amount(slip, "OT_WORKDAY"));   // 10 × 50 × 1.5
        Assert.Equal(800.00m, Amount(slip, "OT_RESTDAY"));   // 8 × 50 × 2
        Assert.Equal(1_200.00m, Amount(slip, "OT_HOLIDAY")); // 8 × 50 × 3
        Assert.Equal(400.00m, Amount(slip, "UNPAID_LEAVE")); // 1 × 400
        Assert.Equal(100.00m, Amount(slip, "LATE"));         // 2 × 50
        Assert.Equal(8_700m + 750m + 800m + 1_200m - 400m - 100m, slip.GrossPay);
        Assert.Contains("overtime_workday_hours=10", slip.Line("OT_WORKDAY")!.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_AnnualBonusSeparate_TaxesBonusWithMonthlyConvertedTable()
    {
        var slip = Engine.Calculate(new EmployeeMonthInput
        {
            EmployeeId = "E5",
            Period = new YearMonth(2026, 1),
            City = "beijing",
            BaseSalary = 10_000m,
            AnnualBonus = 36_001m,
            AnnualBonusTaxMethod = AnnualBonusTaxMethod.Separate,
        });

        // Bonus: 36 001 / 12 = 3 000.08 → 10 % row: 3 600.10 − 210 = 3 390.10.
        Assert.Equal(3_390.10m, slip.BonusTax);
        // Wages: contributions 800 + 203 + 50 + 1 200 = 2 253; (10 000 − 5 000 − 2 253) × 3 % = 82.41.
        Assert.Equal(82.41m, slip.WageTax);
        Assert.Equal(10_000m, slip.YearToDate.Income);
        Assert.Equal(10_000m + 36_001m - 2_253m - 82.41m - 3_390.10m, slip.NetPay);
    }

    [Fact]
    public void Calculate_AnnualBonusMerged_AddsBonusToCumulativeIncome()
    {
        var slip = Engine.Calculate(new EmployeeMonthInput
        {
            EmployeeId = "E6",
            Period = new YearMonth(2026, 1),
            City = "beijing",
            BaseSalary = 10_000m,
            AnnualBonus = 36_001m,
            AnnualBonusTaxMethod = AnnualBonusTaxMethod.Merged,
        });

        // (46 001 − 5 000 − 2 253) = 38 748 → 10 % row: 3 874.80 − 2 520 = 1 354.80.
        Assert.Equal(1_354.80m, slip.WageTax);
        Assert.Equal(0m, slip.BonusTax);
        Assert.Equal(46_001m, slip.YearToDate.Income);
    }

    [Fact]
    public void Calculate_LearningBonusFactor_AddsShareOfPerformanceBonus()
    {
        var slip = Engine.Calculate(new EmployeeMonthInput
        {
            EmployeeId = "E7",
            Period = new YearMonth(2026, 1),
            City = "beijing",
            BaseSalary = 10_000m,
            Performance = new PerformanceInput("A", 2_000m, 0.10m),
        });

        Assert.Equal(2_400.00m, Amount(slip, "PERF_BONUS"));   // 2 000 × 1.2 (grade A)
        Assert.Equal(240.00m, Amount(slip, "LEARNING_BONUS")); // 2 400 × 10 %
    }

    private static decimal Amount(Payslip slip, string code) =>
        (slip.Line(code) ?? throw new Xunit.Sdk.XunitException($"payslip has no line {code}: {string.Join(", ", slip.Lines.Select(l => l.Code))}")).Amount;
}
