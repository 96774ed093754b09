using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

/// <summary>
/// The minimum wage check's edges (最低工资规定 art. 12; Shenzhen 2 520 from 2025-03-01, contributions included):
/// employed from the 1st and to the last day is a full month, a day less is not; tax-free income and the annual bonus
/// are not pay for normal work. 2 500 of salary is 20 short in every flagged case.
/// </summary>
public sealed class PayslipMinimumWageBoundaryTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();

    private static EmployeeMonthInput Shenzhen => new()
    {
        EmployeeId = "M2", Period = new YearMonth(2025, 9), City = "shenzhen", BaseSalary = 2_500m,
        Attendance = new AttendanceInput(22m, 22m, 0m, 0, 0), YearToDate = new TaxYearToDate { ThroughMonth = new YearMonth(2025, 8) },
    };

    private static decimal? Shortfall(EmployeeMonthInput input) =>
        PayslipMinimumWage.Check(Engine.Calculate(input), input, MinimumWageTable.BuiltIn)?.Shortfall;

    [Fact]
    public void Check_HiredOnTheFirst_FullMonth() =>
        Assert.Equal(20m, Shortfall(Shenzhen with { HireDate = new LocalDate(2025, 9, 1) }));

    [Fact]
    public void Check_LeavingOnTheLastDay_FullMonth() =>
        Assert.Equal(20m, Shortfall(Shenzhen with { TerminationDate = new LocalDate(2025, 9, 30) }));

    [Fact]
    public void Check_LeavingTheDayBefore_NotAFullMonth() =>
        Assert.Null(Shortfall(Shenzhen with { TerminationDate = new LocalDate(2025, 9, 29) }));

    [Fact]
    public void Check_ProrationFactorOne_FullMonth() =>
        Assert.Equal(20m, Shortfall(Shenzhen with { ProrationFactor = 1m }));

    [Fact]
    public void Check_ProrationFactorBelowOne_NotAFullMonth() =>
        Assert.Null(Shortfall(Shenzhen with { ProrationFactor = 0.99m }));

    [Fact]
    public void Check_TaxFreeIncome_NotCounted() =>
        Assert.Equal(20m, Shortfall(Shenzhen with { TaxFreeIncome = 300m }));

    [Fact]
    public void Check_AnnualBonus_NotCounted() =>
        Assert.Equal(20m, Shortfall(Shenzhen with { AnnualBonus = 1_000m }));

    [Fact]
    public void Check_NullArguments_ThrowArgumentNull()
    {
        var input = Shenzhen;
        var payslip = Engine.Calculate(input);

        Assert.Equal("payslip", Assert.Throws<ArgumentNullException>(() => PayslipMinimumWage.Check(null!, input, MinimumWageTable.BuiltIn)).ParamName);
        Assert.Equal("input", Assert.Throws<ArgumentNullException>(() => PayslipMinimumWage.Check(payslip, null!, MinimumWageTable.BuiltIn)).ParamName);
        Assert.Equal("table", Assert.Throws<ArgumentNullException>(() => PayslipMinimumWage.Check(payslip, input, null!)).ParamName);
    }

    [Fact]
    public void Check_LeaveLineOfZero_StillChecked_ANonZeroOneExempts()
    {
        // Only leave actually deducted makes the month not one of full normal work; a line of 0 changes nothing.
        var explanation = new HrKit.Payroll.Jurisdictions.StatutoryExplanation("Unpaid leave", "", [], 0m);
        PayslipLine Leave(string code, decimal amount) => new(code, "Leave", PayslipLineKind.Deduction, amount, explanation);

        Assert.Equal(20m, PayslipMinimumWage.Check(Shenzhen, [Leave("UNPAID_LEAVE", 0m), Leave("LEAVE", 0m)], 2_500m, 0m, MinimumWageTable.BuiltIn)?.Shortfall);
        Assert.Null(PayslipMinimumWage.Check(Shenzhen, [Leave("UNPAID_LEAVE", 100m)], 2_500m, 0m, MinimumWageTable.BuiltIn));
        Assert.Null(PayslipMinimumWage.Check(Shenzhen, [Leave("LEAVE", 0.01m)], 2_500m, 0m, MinimumWageTable.BuiltIn));
    }
}
