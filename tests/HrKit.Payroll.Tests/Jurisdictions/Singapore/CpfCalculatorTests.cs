using FsCheck.Xunit;
using HrKit.Payroll.Jurisdictions.Singapore;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.Singapore;

/// <summary>
/// CPF contributions against the CPF Board's rate tables and rounding rule ("Are CPF contributions rounded to the
/// nearest dollar?": total to the nearest dollar, 50 cents up; employee's share drops its cents; employer = total −
/// employee). Hand computations show their arithmetic.
/// </summary>
public sealed class CpfCalculatorTests
{
    private static readonly YearMonth June2025 = new(2025, 6);

    private static readonly CpfParameters Cpf2025 = SingaporeParameters.BuiltIn.CpfFor(June2025);

    private static readonly CpfParameters Cpf2026 = SingaporeParameters.BuiltIn.CpfFor(new YearMonth(2026, 6));

    private static CpfContribution Month(CpfParameters p, CpfRateTable table, CpfAgeBand band, decimal ow, decimal aw = 0m, CpfYearToDate ytd = default, YearMonth? month = null, decimal? owForYear = null) =>
        CpfCalculator.Calculate(p, p.RateFor(table, band), month ?? June2025, ow, aw, ytd, owForYear);

    // CPF Board, contribution rate tables from 1 January 2025, wages ≥ $750, the "Max." amounts printed for OW at the
    // $7,400 ceiling (total; employee). Table 1 (SC / SPR 3rd year): 37 % max $2,738, 20 % $1,480; 32.5 % $2,405,
    // 17 % $1,258; 23.5 % $1,739, 11.5 % $851; 16.5 % $1,221, 7.5 % $555; 12.5 % $925, 5 % $370.
    // Table 3 (2nd-year SPR G/G): 24 % $1,776, 15 % $1,110; 18.5 % $1,369, 12.5 % $925; 11 % $814, 7.5 % $555; 8.5 % $629, 5 % $370.
    // Table 4 (1st-year SPR F/G): 22 % $1,628; 20.5 % $1,517; 17 % $1,258; 14 % $1,036; 12.5 % $925; employee 5 % $370.
    // Table 5 (2nd-year SPR F/G): 32 % $2,368, 15 % $1,110; 28 % $2,072, 12.5 % $925; 19.5 % $1,443, 7.5 % $555; 14 % $1,036; 12.5 % $925.
    // (Read from the 2025 tables as transcribed in public payroll code; Table 2, 1st-year G/G, by hand: 9 % × 7,400 = 666,
    // 8.5 % × 7,400 = 629, 5 % × 7,400 = 370.)
    [Theory]
    [InlineData(CpfRateTable.Full, CpfAgeBand.UpTo55, 2_738, 1_480)]
    [InlineData(CpfRateTable.Full, CpfAgeBand.Above55To60, 2_405, 1_258)]
    [InlineData(CpfRateTable.Full, CpfAgeBand.Above60To65, 1_739, 851)]
    [InlineData(CpfRateTable.Full, CpfAgeBand.Above65To70, 1_221, 555)]
    [InlineData(CpfRateTable.Full, CpfAgeBand.Above70, 925, 370)]
    [InlineData(CpfRateTable.SprFirstYearGraduated, CpfAgeBand.UpTo55, 666, 370)]
    [InlineData(CpfRateTable.SprFirstYearGraduated, CpfAgeBand.Above60To65, 629, 370)]
    [InlineData(CpfRateTable.SprSecondYearGraduated, CpfAgeBand.UpTo55, 1_776, 1_110)]
    [InlineData(CpfRateTable.SprSecondYearGraduated, CpfAgeBand.Above55To60, 1_369, 925)]
    [InlineData(CpfRateTable.SprSecondYearGraduated, CpfAgeBand.Above60To65, 814, 555)]
    [InlineData(CpfRateTable.SprSecondYearGraduated, CpfAgeBand.Above65To70, 629, 370)]
    [InlineData(CpfRateTable.SprFirstYearFullEmployer, CpfAgeBand.UpTo55, 1_628, 370)]
    [InlineData(CpfRateTable.SprFirstYearFullEmployer, CpfAgeBand.Above55To60, 1_517, 370)]
    [InlineData(CpfRateTable.SprFirstYearFullEmployer, CpfAgeBand.Above60To65, 1_258, 370)]
    [InlineData(CpfRateTable.SprFirstYearFullEmployer, CpfAgeBand.Above65To70, 1_036, 370)]
    [InlineData(CpfRateTable.SprFirstYearFullEmployer, CpfAgeBand.Above70, 925, 370)]
    [InlineData(CpfRateTable.SprSecondYearFullEmployer, CpfAgeBand.UpTo55, 2_368, 1_110)]
    [InlineData(CpfRateTable.SprSecondYearFullEmployer, CpfAgeBand.Above55To60, 2_072, 925)]
    [InlineData(CpfRateTable.SprSecondYearFullEmployer, CpfAgeBand.Above60To65, 1_443, 555)]
    public void Calculate_2025WagesAboveCeiling_PublishedMaximum(CpfRateTable table, CpfAgeBand band, decimal total, decimal employee)
    {
        var result = Month(Cpf2025, table, band, ow: 10_000m);

        Assert.Equal(7_400m, result.OrdinaryWagesSubjectToCpf);
        Assert.Equal(total, result.Total);
        Assert.Equal(employee, result.Employee);
        Assert.Equal(total - employee, result.Employer);
    }

    // CPF Board, "Updates on 1 Jan 2026": rates from 1 January 2026 (55 and below 17/20; above 55–60 16/18; above
    // 60–65 12.5/12.5; above 65–70 9/7.5; above 70 7.5/5) at the $8,000 OW ceiling; amounts by hand, e.g. 34 % × 8,000 = 2,720.
    [Theory]
    [InlineData(CpfAgeBand.UpTo55, 2_960, 1_600)]
    [InlineData(CpfAgeBand.Above55To60, 2_720, 1_440)]
    [InlineData(CpfAgeBand.Above60To65, 2_000, 1_000)]
    [InlineData(CpfAgeBand.Above65To70, 1_320, 600)]
    [InlineData(CpfAgeBand.Above70, 1_000, 400)]
    public void Calculate_2026WagesAboveCeiling_8000CeilingAndNewRates(CpfAgeBand band, decimal total, decimal employee)
    {
        var result = Month(Cpf2026, CpfRateTable.Full, band, ow: 9_000m, month: new YearMonth(2026, 6));

        Assert.Equal(total, result.Total);
        Assert.Equal(employee, result.Employee);
    }

    // The wage bands of Table 1 (55 and below, 2025), by hand:
    //   TW $50: nil.  TW $50.01: 17 % × 50.01 = 8.5017 → total 9, all employer.
    //   TW $500: 17 % × 500 = 85, all employer.
    //   TW $600: 17 % × 600 + 0.6 × (600 − 500) = 102 + 60 = 162; employee 60; employer 102.
    //   TW $612.34: 104.0978 + 0.6 × 112.34 (= 67.404) = 171.5018 → 172; employee 67; employer 105.
    //   TW $750: 37 % × 750 = 277.50 → 278 (50 cents up); employee 20 % × 750 = 150; employer 128.
    //   TW $1,350: 37 % = 499.50 → 500; employee 270; employer 230.
    //   TW $3,333.33: 37 % = 1,233.3321 → 1,233; employee 666.666 → 666 (cents dropped); employer 567.
    [Theory]
    [InlineData(50, 0, 0)]
    [InlineData(50.01, 9, 0)]
    [InlineData(500, 85, 0)]
    [InlineData(600, 162, 60)]
    [InlineData(612.34, 172, 67)]
    [InlineData(750, 278, 150)]
    [InlineData(1_350, 500, 270)]
    [InlineData(3_333.33, 1_233, 666)]
    public void Calculate_WageBandsAndRounding_Table1UpTo55(decimal wages, decimal total, decimal employee)
    {
        var result = Month(Cpf2025, CpfRateTable.Full, CpfAgeBand.UpTo55, wages);

        Assert.Equal(total, result.Total);
        Assert.Equal(employee, result.Employee);
        Assert.Equal(total - employee, result.Employer);
    }

    // Hand, 1st-year SPR G/G, 55 and below, TW $600: 4 % × 600 + 0.15 × 100 = 24 + 15 = 39; employee 15; employer 24.
    [Fact]
    public void Calculate_FirstYearSprPhaseIn_EmployeeShareFromPhaseInFactor()
    {
        var result = Month(Cpf2025, CpfRateTable.SprFirstYearGraduated, CpfAgeBand.UpTo55, 600m);

        Assert.Equal(39m, result.Total);
        Assert.Equal(15m, result.Employee);
        Assert.Equal(24m, result.Employer);
    }

    // AW ceiling = $102,000 − total OW subject to CPF for the year (CPF Board, "What is the AW ceiling").
    // December 2025, OW $8,000 (capped at $7,400), $7,400 × 11 subjected Jan–Nov: the year's OW is 88,800, the AW
    // ceiling 13,200 (the figure Access EasyPay quotes for a full 2025 year); a $30,000 bonus is subject up to $13,200.
    // TW = 7,400 + 13,200 = 20,600: total 37 % = 7,622; employee 20 % = 4,120; employer 3,502.
    [Fact]
    public void Calculate_DecemberBonusAboveAwCeiling_CappedAt13200()
    {
        var result = Month(Cpf2025, CpfRateTable.Full, CpfAgeBand.UpTo55, 8_000m, 30_000m,
            new CpfYearToDate(81_400m, 0m), new YearMonth(2025, 12));

        Assert.Equal(13_200m, result.AdditionalWageCeiling);
        Assert.Equal(13_200m, result.AdditionalWagesSubjectToCpf);
        Assert.Equal(7_622m, result.Total);
        Assert.Equal(4_120m, result.Employee);
        Assert.Equal(3_502m, result.Employer);
        Assert.Equal(new CpfYearToDate(88_800m, 13_200m), result.YearToDate);
    }

    // Talenox, "How FREE plan users can manually check AW ceiling" (following the CPF Board's method): a July 2025
    // joiner's OW is projected July–December, 7,400 × 6 = 44,400 → AW ceiling 57,600; an employee leaving in May with
    // actual OW 7,400 × 5 = 37,000 → AW ceiling 65,000. Access EasyPay: a January bonus with $7,400 projected for 12
    // months → AW ceiling 13,200.
    [Theory]
    [InlineData(7, null, 57_600)]
    [InlineData(5, 37_000, 65_000)]
    [InlineData(1, null, 13_200)]
    public void Calculate_AwCeiling_ProjectedOrGivenYearOw(int month, int? owForYear, decimal ceiling)
    {
        var result = Month(Cpf2025, CpfRateTable.Full, CpfAgeBand.UpTo55, 7_400m, 100_000m, month: new YearMonth(2025, month), owForYear: owForYear);

        Assert.Equal(ceiling, result.AdditionalWageCeiling);
        Assert.Equal(ceiling, result.AdditionalWagesSubjectToCpf);
    }

    // Hand: AW already subjected up to the ceiling earlier in the year leaves nothing for a second bonus.
    [Fact]
    public void Calculate_SecondBonusAfterCeilingUsed_NoAwSubject()
    {
        var result = Month(Cpf2025, CpfRateTable.Full, CpfAgeBand.UpTo55, 7_400m, 5_000m, new CpfYearToDate(81_400m, 13_200m), new YearMonth(2025, 12));

        Assert.Equal(0m, result.AdditionalWagesSubjectToCpf);
        Assert.Equal(2_738m, result.Total);
    }

    [Fact]
    public void Calculate_NegativeWages_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Month(Cpf2025, CpfRateTable.Full, CpfAgeBand.UpTo55, -1m));
    }

    // Any wage and any row: the total is the raw total rounded to the dollar, the employee's share is whole dollars,
    // at most the total and less than a dollar below the raw share, and the employer's share is never negative.
    [Property(MaxTest = 500)]
    public bool Calculate_AnyWageAnyRow_RoundingRulesHold(uint cents, byte row)
    {
        var wages = cents % 1_000_000u / 100m;
        var rate = Cpf2025.Rates[row % Cpf2025.Rates.Length];
        var r = CpfCalculator.Calculate(Cpf2025, rate, June2025, wages, 0m, default);
        return r.Total == decimal.Truncate(r.Total)
            && r.Employee == decimal.Truncate(r.Employee)
            && r.Employee <= r.Total
            && r.Employer >= 0m
            && r.Employer + r.Employee == r.Total
            && (r.TotalWagesSubjectToCpf <= 50m ? r.Total == 0m : r.Total > 0m);
    }
}
