using HrKit.Payroll.Jurisdictions.HongKong;

namespace HrKit.Payroll.Tests.Jurisdictions.HongKong;

/// <summary>
/// The salaries tax estimate at the edges of its rules (IRD, "Tax Rates of Salaries Tax &amp; Personal Assessment",
/// 2024/25: progressive 2/6/10/14/17 % in $50,000 bands, standard 15 % on the first $5,000,000, allowances, the
/// $1,500 reduction), hand-computed in each comment.
/// </summary>
public sealed class SalariesTaxCalculatorBoundaryTests
{
    private static readonly SalariesTaxParameters Year2024 = HongKongParameters.BuiltIn.SalariesTaxFor(2024);

    // Nine children, the most a child allowance is granted for: single, income 2,000,000; allowances 132,000 +
    // 9 × 130,000 = 1,302,000; net chargeable 698,000 → 16,000 + 498,000 × 17 % = 100,660 (standard 300,000);
    // less 1,500 = 99,160.
    [Fact]
    public void Estimate_NineChildren_AllNineAllowed()
    {
        var result = SalariesTaxCalculator.Estimate(Year2024, new SalariesTaxInput(2_000_000m, Children: 9));

        Assert.Equal(1_302_000m, result.Allowances);
        Assert.Equal(100_660m, result.ProgressiveTax);
        Assert.Equal(99_160m, result.TaxPayable);
    }

    // Where progressive and standard tax are equal the progressive method is reported (standard is used only when
    // lower): single, net income N with 0.15 N = 16,000 + 0.17 (N − 132,000 − 200,000) → N = 2,022,000; both 303,300.
    [Fact]
    public void Estimate_ProgressiveEqualsStandard_ReportsProgressive()
    {
        var result = SalariesTaxCalculator.Estimate(Year2024, new SalariesTaxInput(2_022_000m));

        Assert.Equal(303_300m, result.ProgressiveTax);
        Assert.Equal(303_300m, result.StandardRateTax);
        Assert.Equal(SalariesTaxMethod.Progressive, result.Method);
        Assert.Equal(301_800m, result.TaxPayable);
    }

    // Deductions never exceed the income: income 100,000 with 150,000 of other deductions → deductions 100,000,
    // net income 0, no tax.
    [Fact]
    public void Estimate_DeductionsAboveIncome_CappedAtIncome()
    {
        var result = SalariesTaxCalculator.Estimate(Year2024, new SalariesTaxInput(100_000m, OtherDeductions: 150_000m));

        Assert.Equal(100_000m, result.Deductions);
        Assert.Equal(0m, result.NetIncome);
        Assert.Equal(0m, result.TaxPayable);
    }

    // Every amount is accepted up to PayrollLimits.MaxAmount (1,000,000,000). Income at the bound, MPF 18,000: net
    // income 999,982,000; standard 15 % × 5,000,000 + 16 % × 994,982,000 = 750,000 + 159,197,120 = 159,947,120;
    // less 1,500 = 159,945,620.
    [Fact]
    public void Estimate_AmountsAtMaxAmount_Accepted()
    {
        var result = SalariesTaxCalculator.Estimate(Year2024, new SalariesTaxInput(PayrollLimits.MaxAmount, MpfContributions: PayrollLimits.MaxAmount, OtherDeductions: 0m));

        Assert.Equal(18_000m, result.Deductions);
        Assert.Equal(159_947_120m, result.StandardRateTax);
        Assert.Equal(159_945_620m, result.TaxPayable);
    }

    [Theory]
    [InlineData("AssessableIncome", 1_000_000_000.01)]
    [InlineData("MpfContributions", -0.01)]
    [InlineData("MpfContributions", 1_000_000_000.01)]
    [InlineData("OtherDeductions", -0.01)]
    [InlineData("OtherDeductions", 1_000_000_000.01)]
    public void Estimate_AmountOutOfBounds_ThrowsNamingIt(string field, decimal bad)
    {
        var input = new SalariesTaxInput(
            field == "AssessableIncome" ? bad : 500_000m,
            MpfContributions: field == "MpfContributions" ? bad : 0m,
            OtherDeductions: field == "OtherDeductions" ? bad : 0m);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SalariesTaxCalculator.Estimate(Year2024, input));

        Assert.Equal(field, ex.ParamName);
        Assert.Contains("between 0 and 1000000000", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_NegativeChildrenBornInYear_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SalariesTaxCalculator.Estimate(Year2024, new SalariesTaxInput(500_000m, Children: 1, ChildrenBornInYear: -1)));

    // IRD 2024/25: a single parent gets the single parent allowance (132,000) on top of the basic allowance, and a
    // child born in the year both the child allowance and the additional one (130,000 each); one child of one born
    // in the year is the most allowed. Income 1,000,000: allowances 132,000 + 130,000 + 130,000 + 132,000 = 524,000;
    // net chargeable 476,000 → 1,000 + 3,000 + 5,000 + 7,000 + 276,000 × 17 % (46,920) = 62,920 (standard 150,000);
    // less the 1,500 reduction = 61,420.
    [Fact]
    public void Estimate_SingleParentChildBornInYear_AllFourAllowances()
    {
        var result = SalariesTaxCalculator.Estimate(Year2024, new SalariesTaxInput(1_000_000m, Children: 1, ChildrenBornInYear: 1, SingleParentAllowance: true));

        Assert.Equal(524_000m, result.Allowances);
        Assert.Equal(62_920m, result.ProgressiveTax);
        Assert.Equal(61_420m, result.TaxPayable);
    }

    [Fact]
    public void Estimate_NullArguments_ThrowArgumentNull()
    {
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => SalariesTaxCalculator.Estimate(null!, new SalariesTaxInput(100_000m))).ParamName);
        Assert.Equal("input", Assert.Throws<ArgumentNullException>(() => SalariesTaxCalculator.Estimate(Year2024, null!)).ParamName);
    }
}
