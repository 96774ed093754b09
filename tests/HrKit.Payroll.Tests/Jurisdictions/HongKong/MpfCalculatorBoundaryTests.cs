using HrKit.Payroll.Jurisdictions.HongKong;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.HongKong;

/// <summary>
/// MPF at the edges of its rules (MPFA, monthly-paid employees: 5 % each between $7,100 and $30,000, employer only
/// below $7,100, both $1,500 above $30,000; no employee contribution in the first 30 days of employment and the
/// incomplete period after them), hand-computed.
/// </summary>
public sealed class MpfCalculatorBoundaryTests
{
    private static readonly MpfParameters Mpf = HongKongParameters.BuiltIn.MpfOn(new LocalDate(2025, 4, 1));

    // The largest income accepted, PayrollLimits.MaxAmount ($1,000,000,000): both capped at 5 % × 30,000 = $1,500.
    [Fact]
    public void Calculate_IncomeAtMaxAmount_CappedAt1500Each()
    {
        var result = MpfCalculator.Calculate(Mpf, PayrollLimits.MaxAmount, new LocalDate(2025, 4, 1), null);

        Assert.Equal(30_000m, result.ContributionBase);
        Assert.Equal(1_500m, result.Employer);
        Assert.Equal(1_500m, result.Employee);
        Assert.Equal(MpfEmployeeShare.CappedAtMaximum, result.EmployeeShare);
    }

    // The holiday is decided before the income test: a new employee earning $6,000 in the first month is in the
    // holiday (not "below the minimum"); the employer still pays 5 % × 6,000 = $300. Earning $50,000 in the holiday,
    // the employer pays the capped $1,500 and the employee nothing.
    [Theory]
    [InlineData(6_000, 300)]
    [InlineData(50_000, 1_500)]
    public void Calculate_InHoliday_HolidayWhateverTheIncome(decimal income, decimal employer)
    {
        var result = MpfCalculator.Calculate(Mpf, income, new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 5));

        Assert.Equal(MpfEmployeeShare.ContributionHoliday, result.EmployeeShare);
        Assert.Equal(0m, result.Employee);
        Assert.Equal(employer, result.Employer);
    }

    // HReasily's example: joined 5 June 2019, the 30th day of employment is 4 July 2019.
    [Fact]
    public void LastHolidayDay_Joined5June_Is4July() =>
        Assert.Equal(new LocalDate(2019, 7, 4), MpfContributionHoliday.LastHolidayDay(new LocalDate(2019, 6, 5), 30));

    // A period starting on the 30th day is in the holiday, one starting the day after is not (1-day periods, hand).
    [Theory]
    [InlineData("2019-07-04", true)]
    [InlineData("2019-07-05", false)]
    public void Covers_PeriodStartAroundThe30thDay(string periodStart, bool covered) =>
        Assert.Equal(covered, MpfContributionHoliday.Covers(new LocalDate(2019, 6, 5), NodaTime.Text.LocalDatePattern.Iso.Parse(periodStart).Value, 30));

    [Fact]
    public void Covers_ZeroHolidayDays_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MpfContributionHoliday.Covers(new LocalDate(2019, 6, 5), new LocalDate(2019, 6, 1), 0));

    // No relevant income at all (the lower bound): 5 % of 0 is nothing for either side; below the $7,100 minimum.
    [Fact]
    public void Calculate_ZeroIncome_NothingEitherSide()
    {
        var result = MpfCalculator.Calculate(Mpf, 0m, new LocalDate(2025, 4, 1), null);

        Assert.Equal((0m, 0m), (result.Employer, result.Employee));
        Assert.Equal(MpfEmployeeShare.BelowMinimum, result.EmployeeShare);
    }

    [Fact]
    public void Calculate_NullParameters_ThrowsArgumentNull() =>
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => MpfCalculator.Calculate(null!, 10_000m, new LocalDate(2025, 4, 1), null)).ParamName);
}
