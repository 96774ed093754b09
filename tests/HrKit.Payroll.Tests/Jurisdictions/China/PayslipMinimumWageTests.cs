using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

public sealed class PayslipMinimumWageTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();

    private static EmployeeMonthInput Shenzhen(decimal salary) => new()
    {
        EmployeeId = "M", Period = new YearMonth(2025, 9), City = "shenzhen", BaseSalary = salary,
        Attendance = new AttendanceInput(22m, 22m, 0m, 0, 0), YearToDate = new TaxYearToDate { ThroughMonth = new YearMonth(2025, 8) },
    };

    private static MinimumWageShortfall? Check(EmployeeMonthInput input) => PayslipMinimumWage.Check(Engine.Calculate(input), input, MinimumWageTable.BuiltIn);

    [Fact]
    public void Check_ShenzhenBelowStandard_FlaggedWithShortfall()
    {
        // Shenzhen from 2025-03-01: 2 520, contributions included → 2 500 is 20 short.
        var shortfall = Check(Shenzhen(2_500m));

        Assert.NotNull(shortfall);
        Assert.Equal(20m, shortfall.Shortfall);
    }

    [Fact]
    public void Check_OvertimeDoesNotCount_StillFlagged()
    {
        // 2 500 base plus overtime: overtime pay is excluded from the comparison (最低工资规定 art. 12).
        var shortfall = Check(Shenzhen(2_500m) with { Overtime = new OvertimeHours(10m, 0m, 0m) });

        Assert.Equal(20m, shortfall!.Shortfall);
    }

    [Fact]
    public void Check_AtStandard_NotFlagged()
    {
        Assert.Null(Check(Shenzhen(2_520m)));
    }

    [Fact]
    public void Check_NotAFullMonth_NotFlagged()
    {
        Assert.Null(Check(Shenzhen(2_500m) with { HireDate = new LocalDate(2025, 9, 10) }));
        Assert.Null(Check(Shenzhen(2_500m) with { Attendance = new AttendanceInput(22m, 21m, 1m, 0, 0) }));
    }

    [Fact]
    public void Check_BeijingNetOfContributions_Flagged()
    {
        // Beijing's 2 540 excludes the employee's contributions. 3 500 salary; social insurance on the 2025-07 floor base
        // 7 162: 8 % + 2 % + 0.5 % = 752.01, + 3 fixed medical = 755.01; housing fund 12 % of 3 500 = 420.
        // 3 500 − 1 175.01 = 2 324.99, short of 2 540 by 215.01.
        var input = Shenzhen(3_500m) with { City = "beijing" };
        var payslip = Engine.Calculate(input);

        var shortfall = PayslipMinimumWage.Check(payslip, input, MinimumWageTable.BuiltIn);

        Assert.Equal(1_175.01m, payslip.EmployeeContributions);
        Assert.Equal(2_324.99m, shortfall!.ComparedPay);
        Assert.Equal(215.01m, shortfall.Shortfall);
    }

    [Fact]
    public void Calculate_FullMonthBelowStandard_PayslipCarriesTheFlagLine()
    {
        var payslip = Engine.Calculate(Shenzhen(2_500m) with { Overtime = new OvertimeHours(4m, 0m, 0m) });

        var flag = payslip.Line(PayslipMinimumWage.LineCode);
        Assert.NotNull(flag);
        Assert.Equal(PayslipLineKind.Info, flag.Kind);
        Assert.Equal(20m, flag.Amount);
        Assert.Contains("under shenzhen's 2520.00 (from 2025-03-01) by 20.00", flag.Explanation, StringComparison.Ordinal);
        Assert.Null(Engine.Calculate(Shenzhen(2_520m)).Line(PayslipMinimumWage.LineCode));
    }
}
