using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Engine;

public sealed class InputValidationTests
{
    private static readonly PayrollEngine Engine = SampleInputs.StandardEngine;

    private static EmployeeMonthInput Valid => SampleInputs.Valid;

    public static TheoryData<EmployeeMonthInput, string, string> BadInputs => new()
    {
        { Valid with { Overtime = new OvertimeHours(-3m, 0, 0) }, "overtime.workday", "-3 is negative" },
        { Valid with { Overtime = new OvertimeHours(0, 800m, 0) }, "overtime.restDay", "more than a month has" },
        { Valid with { City = "atlantis" }, "city", "'atlantis' is not in the contribution table" },
        { Valid with { Period = new YearMonth(2020, 1) }, "period", "no schedule of 'beijing' for 2020-01" },
        { Valid with { Period = new YearMonth(2026, 3) }, "yearToDate", "required for 2026-03" },
        { Valid with { Period = new YearMonth(2026, 3), YearToDate = new TaxYearToDate { ThroughMonth = new YearMonth(2026, 3) } }, "yearToDate.throughMonth", "not before the pay month" },
        { Valid with { BaseSalary = -1m }, "baseSalary", "negative" },
        { Valid with { EmployeeId = " " }, "employeeId", "required" },
        { Valid with { Allowances = new Dictionary<string, decimal> { ["meal"] = -5m } }, "allowances.meal", "negative" },
        { Valid with { SpecialAdditionalDeductions = new() { HousingRent = 1_500m, HousingLoanInterest = 1_000m } }, "specialAdditionalDeductions.housingRent", "cannot both be claimed" },
        { Valid with { SpecialAdditionalDeductions = new() { HousingRent = 1_200m } }, "specialAdditionalDeductions.housingRent", "1 500, 1 100 or 800" },
        { Valid with { SpecialAdditionalDeductions = new() { ElderlySupport = 3_500m } }, "specialAdditionalDeductions.elderlySupport", "at most 3 000" },
        { Valid with { Performance = new PerformanceInput("A", 100m, 1.5m) }, "performance.learningBonusFactor", "between 0 and 1" },
        { Valid with { HousingFundRate = 0.2m }, "housingFundRate", "outside beijing's allowed range 5%–12%" },
        { Valid with { Period = new YearMonth(2028, 1), AnnualBonus = 1m }, "annualBonusTaxMethod", "ends with 2027-12" },
        { Valid with { HireDate = new LocalDate(2026, 2, 1) }, "hireDate", "after the pay month" },
        { Valid with { TerminationDate = new LocalDate(2025, 12, 31) }, "terminationDate", "before the pay month" },
        { Valid with { CustomInputs = new Dictionary<string, decimal> { ["bogus"] = 1m } }, "customInputs.bogus", "no custom input of that name" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Calculate_BadInput_ThrowsNamingTheField(EmployeeMonthInput input, string field, string problem)
    {
        var ex = Assert.Throws<PayrollInputException>(() => Engine.Calculate(input));

        Assert.Equal(field, ex.Field);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_NonJanuaryJoinerWithoutYearToDate_IsAccepted()
    {
        var slip = Engine.Calculate(Valid with { Period = new YearMonth(2026, 3), HireDate = new LocalDate(2026, 3, 2) });

        Assert.Equal(5_000m, slip.YearToDate.BasicDeduction);
    }

    [Fact]
    public void Calculate_JanuaryWithLastYearsState_StartsANewTaxYear()
    {
        var slip = Engine.Calculate(Valid with
        {
            YearToDate = new TaxYearToDate { ThroughMonth = new YearMonth(2025, 12), Income = 120_000m, TaxWithheld = 9_999m, BasicDeduction = 60_000m },
        });

        Assert.Equal(10_000m, slip.YearToDate.Income);
        Assert.Equal(5_000m, slip.YearToDate.BasicDeduction);
    }
}
