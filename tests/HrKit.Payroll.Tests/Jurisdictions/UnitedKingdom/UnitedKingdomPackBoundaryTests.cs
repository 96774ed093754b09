using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Jurisdictions.UnitedKingdom;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.UnitedKingdom;

/// <summary>
/// The GB pack's input rules at their edges (tax weeks 1–54 and 56, the tax year from April, the year-to-date
/// bounds), through the engine; amounts hand-computed from the 2025-26 figures (1257L weekly free pay £241.92,
/// 20 %; NICs weekly PT £242, ST £96, 8 % / 15 %).
/// </summary>
public sealed class UnitedKingdomPackBoundaryTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();

    private static EmployeeMonthInput Weekly(int? week) => new()
    {
        EmployeeId = "G9",
        Jurisdiction = "GB",
        Period = new YearMonth(2025, 6),
        BaseSalary = 500m,
        JurisdictionInput = new UnitedKingdomInput { TaxCode = "1257L", PayFrequency = UkPayFrequency.Weekly, TaxWeek = week },
    };

    // Weeks 1, 54 and 56 are paydays of a tax year; on £500: PAYE £51.60 (week 1 basis for 54 and 56), employee NICs
    // (500 − 242) × 8 % = £20.64.
    [Theory]
    [InlineData(1)]
    [InlineData(54)]
    [InlineData(56)]
    public void Calculate_WeeklyTaxWeekInRange_Accepted(int week)
    {
        var slip = Engine.Calculate(Weekly(week));

        Assert.Equal(51.60m, slip.WageTax);
        Assert.Equal(20.64m, slip.EmployeeContributions);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(55)]
    [InlineData(57)]
    public void TryCalculate_WeeklyTaxWeekOutOfRange_ErrorNamesTaxWeek(int week)
    {
        var error = Engine.TryCalculate(Weekly(week)).Error!;

        Assert.Equal("jurisdictionInput.taxWeek", error.Field);
    }

    // A monthly record takes its tax month from the period; a tax week on it is a mistake and is refused.
    [Fact]
    public void TryCalculate_MonthlyWithTaxWeek_ErrorNamesTaxWeek()
    {
        var monthly = Weekly(3) with { JurisdictionInput = new UnitedKingdomInput { TaxCode = "1257L", PayFrequency = UkPayFrequency.Monthly, TaxWeek = 3 } };

        var error = Engine.TryCalculate(monthly).Error!;

        Assert.Equal("jurisdictionInput.taxWeek", error.Field);
    }

    [Theory]
    [InlineData(2025, 4, 2025)]
    [InlineData(2026, 3, 2025)]
    [InlineData(2026, 1, 2025)]
    public void TaxYearStart_AprilToMarch(int year, int month, int startYear) =>
        Assert.Equal(new YearMonth(startYear, 4), UnitedKingdomPack.BuiltIn.TaxYearStart(new YearMonth(year, month)));

    // Year-to-date figures: tax paid may be negative (refunded), the others may not; none may exceed
    // PayrollLimits.MaxYearToDateAmount. The error names the figure.
    [Theory]
    [InlineData(UnitedKingdomPack.TaxablePayToDate, -0.01)]
    [InlineData(UnitedKingdomPack.EmployeeNicToDate, -0.01)]
    [InlineData(UnitedKingdomPack.EmployerNicToDate, -0.01)]
    [InlineData(UnitedKingdomPack.TaxablePayToDate, 100_000_000_000.01)]
    [InlineData(UnitedKingdomPack.TaxPaidToDate, 100_000_000_000.01)]
    [InlineData(UnitedKingdomPack.TaxPaidToDate, -100_000_000_000.01)]
    public void TryCalculate_YearToDateOutOfBounds_ErrorNamesFigure(string figure, decimal value)
    {
        var error = Engine.TryCalculate(Monthly(figure, value)).Error!;

        Assert.Equal($"jurisdictionYearToDate.figures.{figure}", error.Field);
    }

    // Month 2 (May) after a refund left −£50 paid: £3 000 this month, pay to date £3 000 (nothing earlier), free pay
    // 2 096.52 → taxable £903 × 20 % = £180.60 due; 180.60 − (−50) = £230.60.
    [Fact]
    public void Calculate_NegativeTaxPaidToDate_Accepted()
    {
        var slip = Engine.Calculate(Monthly(UnitedKingdomPack.TaxPaidToDate, -50m));

        Assert.Equal(230.60m, slip.WageTax);
    }

    private static EmployeeMonthInput Monthly(string figure, decimal value) => new()
    {
        EmployeeId = "G9",
        Jurisdiction = "GB",
        Period = new YearMonth(2025, 5),
        BaseSalary = 3_000m,
        JurisdictionInput = new UnitedKingdomInput { TaxCode = "1257L" },
        JurisdictionYearToDate = new JurisdictionYearToDate
        {
            Jurisdiction = "GB",
            ThroughMonth = new YearMonth(2025, 4),
            Figures = new Dictionary<string, decimal> { [figure] = value },
        },
    };
}
