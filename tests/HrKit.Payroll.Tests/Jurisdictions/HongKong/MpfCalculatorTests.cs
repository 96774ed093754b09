using FsCheck.Xunit;
using HrKit.Payroll.Jurisdictions.HongKong;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Payroll.Tests.Jurisdictions.HongKong;

/// <summary>
/// MPF mandatory contributions against MPFA's table for monthly-paid employees (mpfa.org.hk, MPF System → Mandatory
/// Contributions → "Monthly paid employees": less than $7,100 employer RI × 5 % and no employee contribution; $7,100
/// to $30,000 both RI × 5 %; more than $30,000 both $1,500).
/// </summary>
public sealed class MpfCalculatorTests
{
    private static readonly MpfParameters Mpf = HongKongParameters.BuiltIn.MpfOn(new LocalDate(2025, 4, 1));

    private static readonly LocalDate April2025 = new(2025, 4, 1);

    // Row by row of MPFA's table; the amounts are the table's formula at each income (5 % of RI, or the $1,500 cap).
    [Theory]
    [InlineData(6_000, 300, 0, MpfEmployeeShare.BelowMinimum)]        // "Less than $7,100": employer RI × 5 %, employee not required
    [InlineData(7_099.99, 355.00, 0, MpfEmployeeShare.BelowMinimum)]  // 7,099.99 × 5 % = 354.9995 → 355.00 (cent, half away from zero)
    [InlineData(7_100, 355, 355, MpfEmployeeShare.Rate)]              // "$7,100 to $30,000": both RI × 5 %
    [InlineData(20_000, 1_000, 1_000, MpfEmployeeShare.Rate)]
    [InlineData(30_000, 1_500, 1_500, MpfEmployeeShare.Rate)]
    [InlineData(30_000.01, 1_500, 1_500, MpfEmployeeShare.CappedAtMaximum)] // "More than $30,000": both $1,500
    [InlineData(50_000, 1_500, 1_500, MpfEmployeeShare.CappedAtMaximum)]
    public void Calculate_MpfaMonthlyTable_MatchesRow(decimal relevantIncome, decimal employer, decimal employee, MpfEmployeeShare share)
    {
        var result = MpfCalculator.Calculate(Mpf, relevantIncome, April2025, employmentStart: null);

        Assert.Equal(employer, result.Employer);
        Assert.Equal(employee, result.Employee);
        Assert.Equal(share, result.EmployeeShare);
    }

    [Fact]
    public void MpfOn_2025_HasTheLevelsMpfaPublishes()
    {
        Assert.Equal(7_100m, Mpf.MinimumRelevantIncome);
        Assert.Equal(30_000m, Mpf.MaximumRelevantIncome);
        Assert.Equal(0.05m, Mpf.EmployeeRate);
        Assert.Equal(0.05m, Mpf.EmployerRate);
        Assert.Equal(30, Mpf.EmployeeHolidayDays);
    }

    // Contribution holiday: "not required to make contributions for the first 30 days of employment and any incomplete
    // payroll period that immediately follows the 30-day period" (MPFA, quoted by the payroll providers below, whose
    // worked examples these are; calendar-month wage periods, relevant income $20,000).
    // HReasily, "Making MPF Contributions": joined 5 June 2019, 30th day 4 July, July incomplete, first employee month August.
    // Workstem, "How to calculate MPF contribution for a new employee": started 13 July 2020, 30 days end in August,
    //   rest of August incomplete, employee contributes from September.
    // Talenox, "How to process a first-time MPF contribution": joined 2 January 2021, 30 days end 31 January, February
    //   is a full period and carries the employee's $1,500 (paid with March).
    [Theory]
    [InlineData("2019-06-05", "2019-06-01", true)]
    [InlineData("2019-06-05", "2019-07-01", true)]
    [InlineData("2019-06-05", "2019-08-01", false)]
    [InlineData("2020-07-13", "2020-08-01", true)]
    [InlineData("2020-07-13", "2020-09-01", false)]
    [InlineData("2021-01-02", "2021-01-01", true)]
    [InlineData("2021-01-02", "2021-02-01", false)]
    // Hand: joined 1 Jan, 30th day 30 Jan, the remaining 31 Jan is the incomplete period; February is due.
    [InlineData("2025-01-01", "2025-02-01", false)]
    // Hand: joined 1 Feb 2021 (28-day month), 30th day 2 Mar, rest of March incomplete; April is due.
    [InlineData("2021-02-01", "2021-03-01", true)]
    [InlineData("2021-02-01", "2021-04-01", false)]
    public void Calculate_NewEmployee_EmployeeContributesFromFirstFullPeriodAfter30Days(string employed, string period, bool holiday)
    {
        var start = LocalDatePattern.Iso.Parse(employed).Value;
        var periodStart = LocalDatePattern.Iso.Parse(period).Value;

        var result = MpfCalculator.Calculate(Mpf, 20_000m, periodStart, start);

        Assert.Equal(holiday ? 0m : 1_000m, result.Employee);
        Assert.Equal(holiday ? MpfEmployeeShare.ContributionHoliday : MpfEmployeeShare.Rate, result.EmployeeShare);
        Assert.Equal(1_000m, result.Employer); // the employer contributes from the first day of employment
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1_000_000_000.01)]
    public void Calculate_IncomeOutOfRange_ThrowsNamingTheRange(decimal income)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => MpfCalculator.Calculate(Mpf, income, April2025, null));
        Assert.Contains("between 0 and", ex.Message, StringComparison.Ordinal);
    }

    // Any income: the employer pays 5 % of the income capped at $30,000, to the cent; the employee pays the same or
    // nothing, and nothing exactly when the income is below $7,100.
    [Property(MaxTest = 300)]
    public bool Calculate_AnyIncome_SharesFollowTheTable(uint cents)
    {
        var income = cents % 10_000_000u / 100m;
        var r = MpfCalculator.Calculate(Mpf, income, April2025, null);
        var expectedEmployer = Math.Round(Math.Min(income, 30_000m) * 0.05m, 2, MidpointRounding.AwayFromZero);
        return r.Employer == expectedEmployer
            && r.Employee == (income < 7_100m ? 0m : expectedEmployer)
            && r.Employer <= 1_500m;
    }
}
