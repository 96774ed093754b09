using HrKit.Payroll.Jurisdictions.UnitedKingdom;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.UnitedKingdom;

/// <summary>Category X, earnings bands, 2024-25 and errors; hand-computed from HMRC, Rates and thresholds for employers.</summary>
public sealed class NationalInsuranceCalculatorTests
{
    private static readonly UkTaxYearParameters TaxYear2025 = UkParameters.BuiltIn.ForDate(new LocalDate(2025, 4, 6));
    private static readonly UkTaxYearParameters TaxYear2024 = UkParameters.BuiltIn.ForDate(new LocalDate(2025, 4, 5));

    // HMRC NIC test data v1.1, sheet Cat_A rows 45, 47 and 55 (monthly): the RTI earnings bands.
    [Theory]
    [InlineData("542", "542", "0", "0")]
    [InlineData("1048.07", "542", "506", "0.07")]
    [InlineData("4189.04", "542", "506", "3141")]
    [InlineData("417.03", "0", "0", "0")]
    public void Calculate_CategoryA_ReportsEarningsBands(string earnings, string atLel, string lelToPt, string ptToUel)
    {
        var result = NationalInsuranceCalculator.Calculate(TaxYear2025, UkPayFrequency.Monthly, 'A', Parse(earnings));

        Assert.Equal(Parse(atLel), result.EarningsAtLel);
        Assert.Equal(Parse(lelToPt), result.EarningsLelToPt);
        Assert.Equal(Parse(ptToUel), result.EarningsPtToUel);
    }

    // Category X (not liable): nothing from either side, even on £10 000 a month.
    [Fact]
    public void Calculate_CategoryX_NoContributions()
    {
        var result = NationalInsuranceCalculator.Calculate(TaxYear2025, UkPayFrequency.Monthly, 'x', 10_000m);

        Assert.Equal('X', result.Category);
        Assert.Equal(0m, result.Employee);
        Assert.Equal(0m, result.Employer);
    }

    // 2024-25 (employer 13.8 %, ST £758 a month / £175 a week): monthly £3 000: employee (3 000 − 1 048) × 8 % = £156.16;
    // employer (3 000 − 758) × 13.8 % = 309.396 → £309.40. Weekly £500: (500 − 242) × 8 % = £20.64; (500 − 175) × 13.8 % = £44.85.
    [Theory]
    [InlineData(UkPayFrequency.Monthly, "3000", "156.16", "309.40")]
    [InlineData(UkPayFrequency.Weekly, "500", "20.64", "44.85")]
    public void Calculate_CategoryA2024To25_UsesThatYearsRates(UkPayFrequency frequency, string earnings, string employee, string employer)
    {
        var result = NationalInsuranceCalculator.Calculate(TaxYear2024, frequency, 'A', Parse(earnings));

        Assert.Equal(Parse(employee), result.Employee);
        Assert.Equal(Parse(employer), result.Employer);
    }

    // 2025-26 monthly £6 000, category A: (4 189 − 1 048) × 8 % + (6 000 − 4 189) × 2 % = 251.28 + 36.22 = £287.50;
    // employer (6 000 − 417) × 15 % = £837.45. Category H (apprentice): same employee figure; employer only above £4 189:
    // 1 811 × 15 % = £271.65.
    [Theory]
    [InlineData('A', "287.50", "837.45")]
    [InlineData('H', "287.50", "271.65")]
    [InlineData('C', "0", "837.45")]
    public void Calculate_AboveUpperEarningsLimit_AddsAdditionalRate(char category, string employee, string employer)
    {
        var result = NationalInsuranceCalculator.Calculate(TaxYear2025, UkPayFrequency.Monthly, category, 6_000m);

        Assert.Equal(Parse(employee), result.Employee);
        Assert.Equal(Parse(employer), result.Employer);
    }

    [Fact]
    public void Calculate_UnknownCategory_ThrowsNamingNiCategory()
    {
        var ex = Assert.Throws<PayrollInputException>(() => NationalInsuranceCalculator.Calculate(TaxYear2025, UkPayFrequency.Monthly, 'Q', 1_000m));

        Assert.Equal("niCategory", ex.Field);
        Assert.Contains("A, B, C", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_NegativeEarnings_ThrowsNamingEarnings()
    {
        var ex = Assert.Throws<PayrollInputException>(() => NationalInsuranceCalculator.Calculate(TaxYear2025, UkPayFrequency.Monthly, 'A', -0.01m));

        Assert.Equal("earnings", ex.Field);
    }

    private static decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
