using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

/// <summary>
/// The China pack's choices through the engine, hand-computed for Beijing, January 2026, 10 000 a month: contributions
/// on a base of 10 000 = 8 % + 2 % + 3 + 0.5 % + 12 % housing fund = 2 253; taxable 10 000 − 5 000 − 2 253 = 2 747 × 3 %
/// = 82.41 (预扣率表一).
/// </summary>
public sealed class ChinaMainlandPackBoundaryTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();

    private static EmployeeMonthInput Beijing => new()
    {
        EmployeeId = "C9",
        Period = new YearMonth(2026, 1),
        City = "beijing",
        BaseSalary = 10_000m,
    };

    // 财税〔2018〕164号 (extended to 2027 by 财政部 税务总局公告2023年第30号): a 12 000 bonus taxed on its own at the
    // converted table's 3 % row (12 000 / 12 = 1 000): 360; the wage tax is unchanged at 82.41.
    [Fact]
    public void Calculate_SeparateBonus_TaxedOnItsOwn()
    {
        var slip = Engine.Calculate(Beijing with { AnnualBonus = 12_000m, AnnualBonusTaxMethod = AnnualBonusTaxMethod.Separate });

        Assert.Equal(82.41m, slip.WageTax);
        Assert.Equal(360m, slip.BonusTax);
        Assert.Equal(360m, slip.Line("IIT_BONUS")!.Amount);
        Assert.Contains("taxed separately", slip.Line("ANNUAL_BONUS")!.Explanation, StringComparison.Ordinal);
    }

    // Merged: the bonus is wage income of the month, taxable 2 747 + 12 000 = 14 747 × 3 % = 442.41; no bonus tax.
    [Fact]
    public void Calculate_MergedBonus_TaxedWithTheWage()
    {
        var slip = Engine.Calculate(Beijing with { AnnualBonus = 12_000m, AnnualBonusTaxMethod = AnnualBonusTaxMethod.Merged });

        Assert.Equal(442.41m, slip.WageTax);
        Assert.Equal(0m, slip.BonusTax);
        Assert.Null(slip.Line("IIT_BONUS"));
        Assert.Contains("merged into this month's wage income", slip.Line("ANNUAL_BONUS")!.Explanation, StringComparison.Ordinal);
    }

    // A state through December 2025 belongs to the previous tax year: January 2026 starts afresh (82.41), whatever it holds.
    [Fact]
    public void Calculate_JanuaryWithLastYearsState_StartsAfresh()
    {
        var slip = Engine.Calculate(Beijing with
        {
            YearToDate = new TaxYearToDate { ThroughMonth = new YearMonth(2025, 12), Income = 500_000m, BasicDeduction = 60_000m, TaxWithheld = 90_000m },
        });

        Assert.Equal(82.41m, slip.WageTax);
        Assert.Equal(new YearMonth(2026, 1), slip.YearToDate!.ThroughMonth);
        Assert.Equal(10_000m, slip.YearToDate.Income);
    }

    // Tax-free income is income and deducted again (2026-01: 10 000 + 1 000 tax-free − 1 000): still 82.41.
    [Fact]
    public void Calculate_TaxFreeIncome_NotTaxed()
    {
        var slip = Engine.Calculate(Beijing with { TaxFreeIncome = 1_000m });

        Assert.Equal(82.41m, slip.WageTax);
        Assert.Equal(11_000m, slip.YearToDate!.Income);
        Assert.Equal(1_000m, slip.YearToDate.TaxFreeIncome);
    }

    [Fact]
    public void Constructor_NullContributions_ThrowsArgumentNull() =>
        Assert.Equal("contributions", Assert.Throws<ArgumentNullException>(() => new ChinaMainlandPack(null!, MinimumWageTable.BuiltIn)).ParamName);

    [Fact]
    public void Constructor_NullMinimumWages_ThrowsArgumentNull() =>
        Assert.Equal("minimumWages", Assert.Throws<ArgumentNullException>(() => new ChinaMainlandPack(ContributionTable.BuiltIn, null!)).ParamName);

    [Fact]
    public void Validate_NullInput_ThrowsArgumentNull() =>
        Assert.Equal("input", Assert.Throws<ArgumentNullException>(() => ChinaMainlandPack.BuiltIn.Validate(null!, null)).ParamName);

    [Fact]
    public void Parameters_AreTheChinaParameters() =>
        Assert.Same(ChinaParameters.BuiltIn, ChinaMainlandPack.BuiltIn.Parameters);
}
