using FsCheck.Xunit;
using HrKit.Payroll.Engine;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Payroll.Tests.Engine;

public sealed class ProrationTests
{
    [Theory]
    // March 2025: 1st is a Saturday; 21 weekdays in all.
    [InlineData("2025-03-01", "2025-03-31", 21)]
    // Monday 17th to Monday 31st: three Mondays-to-Fridays weeks minus the last week's Tue–Fri = 11.
    [InlineData("2025-03-17", "2025-03-31", 11)]
    [InlineData("2025-03-01", "2025-03-02", 0)]
    [InlineData("2025-03-07", "2025-03-07", 1)]
    // February 2024 (leap year): 21 weekdays.
    [InlineData("2024-02-01", "2024-02-29", 21)]
    public void Weekdays_HandCountedRanges(string from, string to, int expected) =>
        Assert.Equal(expected, Proration.Weekdays(LocalDatePattern.Iso.Parse(from).Value, LocalDatePattern.Iso.Parse(to).Value));

    [Property(MaxTest = 500)]
    public bool Weekdays_EqualsCountingDayByDay(ushort start, byte length)
    {
        var from = new LocalDate(2020, 1, 1).PlusDays(start % 4000);
        var to = from.PlusDays(length % 62);
        var naive = 0;
        for (var d = from; d <= to; d = d.PlusDays(1))
        {
            naive += d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? 0 : 1;
        }

        return Proration.Weekdays(from, to) == naive;
    }
}
