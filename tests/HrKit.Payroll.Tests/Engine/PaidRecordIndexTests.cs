using HrKit.Payroll.Engine;
using NodaTime;

namespace HrKit.Payroll.Tests.Engine;

/// <summary>The repeated-record index at the edge of its month cache.</summary>
public sealed class PaidRecordIndexTests
{
    [Fact]
    public void FirstIndexOrAdd_FirstRecordIsOfTheCalendarsFirstMonth_NewThenARepeat()
    {
        // January of year 1 is YearMonth's default value, the cache's month before any record: it must still open a month.
        var index = new PaidRecordIndex(0);
        var january1 = new YearMonth(1, 1);

        Assert.Equal(-1, index.FirstIndexOrAdd("E1", january1, 0));
        Assert.Equal(0, index.FirstIndexOrAdd("E1", january1, 1));
    }
}
