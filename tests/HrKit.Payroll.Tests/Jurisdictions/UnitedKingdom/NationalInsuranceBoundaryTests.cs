using HrKit.Payroll.Jurisdictions.UnitedKingdom;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.UnitedKingdom;

/// <summary>
/// Class 1 NICs at the edges of the earnings bands and of the accepted amounts, 2025-26 monthly thresholds (HMRC,
/// Rates and thresholds for employers 2025 to 2026: LEL £542, PT £1 048, ST £417, UEL £4 189; category A 8 % / 2 %,
/// employer 15 %), hand-computed.
/// </summary>
public sealed class NationalInsuranceBoundaryTests
{
    private static readonly UkTaxYearParameters TaxYear2025 = UkParameters.BuiltIn.ForDate(new LocalDate(2025, 4, 6));

    // £800 is between the LEL and the PT: earnings 542 at the LEL, 258 from LEL to PT, none above the PT; no employee
    // NICs; employer (800 − 417) × 15 % = £57.45.
    [Fact]
    public void Calculate_BetweenLelAndPt_NoEmployeeNics()
    {
        var result = NationalInsuranceCalculator.Calculate(TaxYear2025, UkPayFrequency.Monthly, 'A', 800m);

        Assert.Equal(542m, result.EarningsAtLel);
        Assert.Equal(258m, result.EarningsLelToPt);
        Assert.Equal(0m, result.EarningsPtToUel);
        Assert.Equal(0m, result.Employee);
        Assert.Equal(57.45m, result.Employer);
    }

    // The largest earnings accepted, PayrollLimits.MaxAmount: employee (4 189 − 1 048) × 8 % + (10^9 − 4 189) × 2 %
    // = 251.28 + 19 999 916.22 = £20 000 167.50; employer (10^9 − 417) × 15 % = £149 999 937.45.
    [Fact]
    public void Calculate_EarningsAtMaxAmount_Accepted()
    {
        var result = NationalInsuranceCalculator.Calculate(TaxYear2025, UkPayFrequency.Monthly, 'A', PayrollLimits.MaxAmount);

        Assert.Equal(20_000_167.50m, result.Employee);
        Assert.Equal(149_999_937.45m, result.Employer);
    }

    [Fact]
    public void Calculate_EarningsAboveMaxAmount_ThrowsNamingEarnings()
    {
        var ex = Assert.Throws<PayrollInputException>(() =>
            NationalInsuranceCalculator.Calculate(TaxYear2025, UkPayFrequency.Monthly, 'A', PayrollLimits.MaxAmount + 0.01m));

        Assert.Equal("earnings", ex.Field);
    }
}
