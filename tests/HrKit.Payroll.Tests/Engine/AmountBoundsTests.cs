using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using NodaTime;

namespace HrKit.Payroll.Tests.Engine;

/// <summary>Amounts at and beyond the documented bounds (PayrollLimits, docs/payroll-input.md#bounds).</summary>
public sealed class AmountBoundsTests
{
    private static readonly PayrollEngine Engine = SampleInputs.StandardEngine;

    private static EmployeeMonthInput Valid => SampleInputs.Valid;

    public static TheoryData<EmployeeMonthInput, string> OutOfBounds => new()
    {
        { Valid with { BaseSalary = decimal.MaxValue }, "baseSalary" },
        { Valid with { BaseSalary = 1_000_000_000.01m }, "baseSalary" },
        { Valid with { Allowances = new Dictionary<string, decimal> { ["meal"] = 600m, ["gold"] = decimal.MaxValue } }, "allowances.gold" },
        { Valid with { OtherEarnings = decimal.MaxValue }, "otherEarnings" },
        { Valid with { AnnualBonus = 2_000_000_000m }, "annualBonus" },
        { Valid with { SocialInsuranceBase = decimal.MaxValue }, "socialInsuranceBase" },
        { Valid with { Performance = new PerformanceInput("A", decimal.MaxValue, 0m) }, "performance.bonusBase" },
        { Valid with { SpecialAdditionalDeductions = new() { ChildEducation = 79_000_000_000_000_000_000_000_000_000m } }, "specialAdditionalDeductions.childEducation" },
        { Valid with { Attendance = new AttendanceInput(21m, 21m, 0m, int.MaxValue, 0) }, "attendance.lateCount" },
        { Valid with { Attendance = new AttendanceInput(21m, 21m, 0m, 0, -1) }, "attendance.lateMinutes" },
        { Valid with { YearToDate = new TaxYearToDate { ThroughMonth = new YearMonth(2025, 12), Income = decimal.MaxValue } }, "yearToDate.income" },
        { Valid with { Period = new YearMonth(2026, 2), YearToDate = new TaxYearToDate { ThroughMonth = new YearMonth(2026, 1), TaxWithheld = -1m } }, "yearToDate.taxWithheld" },
        { Valid with { Period = new YearMonth(2026, 1, CalendarSystem.Julian) }, "period" },
        { Valid with { HireDate = new LocalDate(2026, 1, 5, CalendarSystem.Gregorian) }, "hireDate" },
    };

    [Theory]
    [MemberData(nameof(OutOfBounds))]
    public void Calculate_AmountOutsideBounds_ThrowsNamingTheField(EmployeeMonthInput input, string field)
    {
        var ex = Assert.Throws<PayrollInputException>(() => Engine.Calculate(input));

        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public void Calculate_EveryAmountAtItsBound_IsPaidWithoutOverflow()
    {
        var input = Valid with
        {
            BaseSalary = PayrollLimits.MaxAmount,
            Allowances = new Dictionary<string, decimal> { ["a"] = PayrollLimits.MaxAmount, ["b"] = PayrollLimits.MaxAmount },
            Overtime = new OvertimeHours(PayrollLimits.MaxMonthlyHours, PayrollLimits.MaxMonthlyHours, PayrollLimits.MaxMonthlyHours),
            Performance = new PerformanceInput("S", PayrollLimits.MaxAmount, 1m),
            OtherEarnings = PayrollLimits.MaxAmount,
            TaxFreeIncome = PayrollLimits.MaxAmount,
            AnnualBonus = PayrollLimits.MaxAmount,
            PostTaxDeductions = PayrollLimits.MaxAmount,
            OtherTaxDeductions = PayrollLimits.MaxAmount,
        };

        var slip = Engine.Calculate(input);

        // BASE 1e9 + ALLOWANCES 2e9 + PERF 1.5e9 + LEARNING 1.5e9 + other 1e9 + tax-free 1e9 + bonus 1e9 = 9e9, plus overtime.
        Assert.True(slip.GrossPay > 9_000_000_000m);
        Assert.Equal(slip.GrossPay - slip.EmployeeContributions - slip.WageTax - slip.BonusTax - slip.PostTaxDeductions, slip.NetPay);
    }

    [Fact]
    public void CalculateMany_RecordAtDecimalMaxValue_IsAnErrorAndTheOthersArePaid()
    {
        var inputs = new[] { Valid, Valid with { EmployeeId = "E2", BaseSalary = decimal.MaxValue }, Valid with { EmployeeId = "E3" } };

        var results = Engine.CalculateMany(inputs).ToList();

        Assert.Equal([true, false, true], results.Select(r => r.IsSuccess));
        Assert.Equal(("E2", "baseSalary"), (results[1].Error!.EmployeeId, results[1].Error!.Field));
        Assert.Equal(2, results.Count(r => r.IsSuccess && r.Payslip.GrossPay == 10_000m));
    }

    [Fact]
    public void CalculateMany_FormulaOverflowingDecimal_IsAnErrorNamingTheComponent()
    {
        var policy = PayPolicyLoader.Parse("""
            { "name": "t", "components": [
              { "code": "BASE", "kind": "earning", "formula": "base_salary" },
              { "code": "HUGE", "kind": "info", "formula": "base_salary * 1000000000000 * 1000000000000 * 1000000000000" } ] }
            """);
        var engine = new PayrollEngineBuilder().WithPolicy(policy).Build();

        var results = engine.CalculateMany([Valid with { BaseSalary = PayrollLimits.MaxAmount }, Valid with { EmployeeId = "E2", BaseSalary = 0m }]).ToList();

        Assert.Equal("HUGE", results[0].Error!.Field);
        Assert.Contains("too large", results[0].Error!.Message, StringComparison.Ordinal);
        Assert.True(results[1].IsSuccess);
    }

    [Fact]
    public void Calculate_FormulaResultAboveTheBound_ThrowsNamingTheComponent()
    {
        var policy = PayPolicyLoader.Parse("""
            { "name": "t", "components": [ { "code": "BIG", "kind": "earning", "formula": "base_salary * 10000" } ] }
            """);
        var engine = new PayrollEngineBuilder().WithPolicy(policy).Build();

        var ex = Assert.Throws<PayrollInputException>(() => engine.Calculate(Valid with { BaseSalary = 100_000_001m }));

        Assert.Equal("BIG", ex.Field);
        Assert.Contains("1000000010000", ex.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "name": "t", "parameters": { "rate": 1000000000001 }, "components": [ { "code": "A", "kind": "earning", "formula": "rate" } ] }""", "rate")]
    [InlineData("""{ "name": "t", "tables": { "g": { "A": -1000000000001 } }, "components": [ { "code": "A", "kind": "earning", "formula": "1" } ] }""", "g.A")]
    [InlineData("""{ "name": "t", "customInputs": [ { "name": "x", "default": 1e20 } ], "components": [ { "code": "A", "kind": "earning", "formula": "1" } ] }""", "customInputs[0].default")]
    [InlineData("""{ "name": "t", "components": [ { "code": "A", "kind": "earning", "formula": "base_salary * 99999999999999" } ] }""", "formula")]
    public void Parse_PolicyNumberOutsideBounds_IsRejectedAtLoad(string json, string field)
    {
        var ex = Assert.Throws<PayPolicyException>(() => PayPolicyLoader.Parse(json));

        Assert.Contains(ex.Errors, e => e.Field == field);
    }
}
