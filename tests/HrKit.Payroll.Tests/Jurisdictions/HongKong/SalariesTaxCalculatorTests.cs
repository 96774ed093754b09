using HrKit.Payroll.Jurisdictions.HongKong;

namespace HrKit.Payroll.Tests.Jurisdictions.HongKong;

/// <summary>Salaries tax estimates against published computations; where none exists the arithmetic is shown.</summary>
public sealed class SalariesTaxCalculatorTests
{
    private static readonly SalariesTaxParameters Year2024 = HongKongParameters.BuiltIn.SalariesTaxFor(2024);

    // GovHK / IRD, "Tax Rates of Salaries Tax & Personal Assessment", progressive rates 2018/19 onwards: the table's
    // running totals (first 50,000 → 1,000; 100,000 → 4,000; 150,000 → 9,000; 200,000 → 16,000; remainder 17 %).
    // A single person with no deductions: net chargeable income = assessable income − basic allowance 132,000.
    [Theory]
    [InlineData(50_000, 1_000)]
    [InlineData(100_000, 4_000)]
    [InlineData(150_000, 9_000)]
    [InlineData(200_000, 16_000)]
    [InlineData(250_000, 24_500)] // hand: 16,000 + 50,000 × 17 % = 24,500
    public void Estimate_GovHkRateTable_ProgressiveTaxMatchesRunningTotal(decimal netChargeable, decimal tax)
    {
        var result = SalariesTaxCalculator.Estimate(Year2024, new SalariesTaxInput(netChargeable + 132_000m));

        Assert.Equal(netChargeable, result.NetChargeableIncome);
        Assert.Equal(tax, result.ProgressiveTax);
    }

    // PwC Worldwide Tax Summaries, "Hong Kong SAR – Individual – Sample personal income tax calculation" (reviewed
    // 28 June 2024), year of assessment 2024/25: married, spouse not working, two children; salaries 650,000 + bonus
    // 50,000; MPF 18,000; donations 3,000 → net income 679,000; allowances 264,000 + 2 × 130,000 = 524,000; net
    // chargeable 155,000; progressive 1,000 + 3,000 + 5,000 + 700 = 9,700; standard 679,000 × 15 % = 101,850.
    // The sample predates the 2024/25 reduction; with it (100 % capped at 1,500, 2025-26 Budget) 9,700 − 1,500 = 8,200.
    [Fact]
    public void Estimate_PwcSample2024_MarriedTwoChildren_Pays9700BeforeReduction()
    {
        var result = SalariesTaxCalculator.Estimate(Year2024, new SalariesTaxInput(700_000m, MpfContributions: 18_000m,
            OtherDeductions: 3_000m, MarriedPersonAllowance: true, Children: 2));

        Assert.Equal("2024/25", result.YearOfAssessment);
        Assert.Equal(21_000m, result.Deductions);
        Assert.Equal(679_000m, result.NetIncome);
        Assert.Equal(524_000m, result.Allowances);
        Assert.Equal(155_000m, result.NetChargeableIncome);
        Assert.Equal(9_700m, result.ProgressiveTax);
        Assert.Equal(101_850m, result.StandardRateTax);
        Assert.Equal(SalariesTaxMethod.Progressive, result.Method);
        Assert.Equal(9_700m, result.TaxBeforeReduction);
        Assert.Equal(1_500m, result.TaxReduction);
        Assert.Equal(8_200m, result.TaxPayable);
    }

    // Hand: single, 3,000,000 income, MPF 20,000 (deduction capped at 18,000) → net income 2,982,000;
    // standard 2,982,000 × 15 % = 447,300; net chargeable 2,850,000 → progressive 16,000 + 2,650,000 × 17 % = 466,500;
    // the standard rate is lower: 447,300 − 1,500 reduction = 445,800.
    [Fact]
    public void Estimate_HighIncomeSingle_StandardRateIsLowerAndMpfDeductionCapped()
    {
        var result = SalariesTaxCalculator.Estimate(Year2024, new SalariesTaxInput(3_000_000m, MpfContributions: 20_000m));

        Assert.Equal(18_000m, result.Deductions);
        Assert.Equal(466_500m, result.ProgressiveTax);
        Assert.Equal(447_300m, result.StandardRateTax);
        Assert.Equal(SalariesTaxMethod.StandardRate, result.Method);
        Assert.Equal(445_800m, result.TaxPayable);
    }

    // Hand, two-tiered standard rates from 2024/25 (first 5,000,000 of net income at 15 %, remainder 16 %):
    // net income 6,000,000 → 750,000 + 160,000 = 910,000; progressive on 5,868,000 = 16,000 + 5,668,000 × 17 % = 979,560.
    [Fact]
    public void Estimate_NetIncomeAbove5Million_SecondTierAt16Percent()
    {
        var result = SalariesTaxCalculator.Estimate(Year2024, new SalariesTaxInput(6_018_000m, MpfContributions: 18_000m));

        Assert.Equal(6_000_000m, result.NetIncome);
        Assert.Equal(910_000m, result.StandardRateTax);
        Assert.Equal(979_560m, result.ProgressiveTax);
        Assert.Equal(910_000m, result.TaxBeforeReduction);
    }

    // Hand: single parent with a child born in the year: 132,000 basic + 130,000 child + 130,000 year-of-birth +
    // 132,000 single parent = 524,000; income 500,000 leaves nothing chargeable.
    [Fact]
    public void Estimate_AllowancesAboveIncome_NoTax()
    {
        var result = SalariesTaxCalculator.Estimate(Year2024, new SalariesTaxInput(500_000m, Children: 1, ChildrenBornInYear: 1, SingleParentAllowance: true));

        Assert.Equal(524_000m, result.Allowances);
        Assert.Equal(0m, result.NetChargeableIncome);
        Assert.Equal(0m, result.TaxPayable);
    }

    // Hand: the reduction takes at most the tax: 182,000 single → 1,000 tax, reduced to 0 (not −500).
    [Fact]
    public void Estimate_TaxBelowReductionCap_ReducedToZero()
    {
        var result = SalariesTaxCalculator.Estimate(Year2024, new SalariesTaxInput(182_000m));

        Assert.Equal(1_000m, result.TaxReduction);
        Assert.Equal(0m, result.TaxPayable);
    }

    // IRD: child allowance for the 1st to the 9th child; children born in the year are some of those children. The
    // error says the range.
    [Theory]
    [InlineData(10, 0, "Children must be between 0 and 9")]
    [InlineData(-1, 0, "Children must be between 0 and 9")]
    [InlineData(2, 3, "ChildrenBornInYear must be between 0 and Children (2)")]
    public void Estimate_ChildCountsOutOfRange_Throw(int children, int bornInYear, string range)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SalariesTaxCalculator.Estimate(Year2024, new SalariesTaxInput(500_000m, Children: children, ChildrenBornInYear: bornInYear)));

        Assert.Contains(range, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_NegativeIncome_ThrowsNamingTheField()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SalariesTaxCalculator.Estimate(Year2024, new SalariesTaxInput(-1m)));
        Assert.Contains("AssessableIncome", ex.Message, StringComparison.Ordinal);
    }
}
