using HrKit.Payroll.Engine;
using NodaTime;

namespace HrKit.Payroll.Tests.Engine;

/// <summary>
/// The share of January 2026 paid to a joiner or leaver, counted on a calendar: 1 January 2026 is a Thursday, so the
/// month's weekdays are Thu 1, Fri 2 and the four weeks Mon 5 – Fri 30: 22 in all (Saturday 31 is not one).
/// </summary>
public sealed class ProrationFactorTests
{
    private static readonly YearMonth January = new(2026, 1);

    private static LocalDate Jan(int day) => new(2026, 1, day);

    [Fact]
    public void Factor_EmployedAllMonth_IsOne()
    {
        Assert.Equal(1m, Proration.Factor(January, null, null));
        Assert.Equal(1m, Proration.Factor(January, Jan(1), null));                          // joined on the 1st
        Assert.Equal(1m, Proration.Factor(January, null, Jan(31)));                         // left on the 31st
        Assert.Equal(1m, Proration.Factor(January, new LocalDate(2025, 12, 15), new LocalDate(2026, 2, 3)));
    }

    [Theory]
    [InlineData(15, null, 12)]   // Thu 15, Fri 16, and the weeks of the 19th and 26th: 2 + 5 + 5
    [InlineData(null, 2, 2)]     // Thu 1, Fri 2
    [InlineData(15, 16, 2)]      // Thu 15, Fri 16
    [InlineData(15, 15, 1)]      // joined and left on Thursday the 15th: one day
    [InlineData(3, 4, 0)]        // Saturday and Sunday only
    [InlineData(31, null, 0)]    // joined on Saturday the 31st
    [InlineData(2, 30, 21)]      // every weekday but Thursday the 1st
    public void Factor_PartOfTheMonth_IsItsWeekdaysOverTwentyTwo(int? hireDay, int? endDay, int weekdays)
    {
        var factor = Proration.Factor(January, hireDay is { } h ? Jan(h) : null, endDay is { } e ? Jan(e) : null);

        Assert.Equal(weekdays / 22m, factor);
    }

    [Fact]
    public void Factor_LeftBeforeJoining_IsZero()
    {
        // The validator refuses this; the factor itself never pays a negative share.
        Assert.Equal(0m, Proration.Factor(January, Jan(20), Jan(10)));
    }
}
