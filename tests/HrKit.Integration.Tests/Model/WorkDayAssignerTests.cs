using HrKit.Integration.Model;
using NodaTime;

namespace HrKit.Integration.Tests.Model;

public sealed class WorkDayAssignerTests
{
    private static readonly WorkCalendar NightShift = new(shift: new Shift(new LocalTime(22, 0), new LocalTime(6, 0)));

    [Theory]
    [InlineData(1, 21, 50, 1)] // arriving for the shift that starts on the 1st
    [InlineData(2, 5, 50, 1)]  // leaving the next morning: still the 1st's shift
    [InlineData(2, 13, 59, 1)] // window of the 2nd opens at 22:00 − (16 h / 2) = 14:00
    [InlineData(2, 14, 0, 2)]
    public void Assign_NightShiftCrossingMidnight_GoesToTheDayTheShiftStarted(int day, int hour, int minute, int expectedDay)
    {
        var assigned = WorkDayAssigner.Assign(NightShift, "E1", new LocalDateTime(2026, 10, day, hour, minute));

        Assert.Equal(new LocalDate(2026, 10, expectedDay), assigned);
    }

    [Theory]
    [InlineData(2, 1, 0, 1)]  // 01:00 after late overtime belongs to the day before
    [InlineData(2, 1, 30, 2)] // the office day opens at 09:00 − (15 h / 2) = 01:30
    [InlineData(2, 8, 55, 2)]
    [InlineData(2, 23, 59, 2)]
    public void Assign_OfficeShift_SplitsHalfwayThroughTheNight(int day, int hour, int minute, int expectedDay)
    {
        var assigned = WorkDayAssigner.Assign(WorkCalendar.Default, "E1", new LocalDateTime(2026, 10, day, hour, minute));

        Assert.Equal(new LocalDate(2026, 10, expectedDay), assigned);
    }

    [Fact]
    public void GetDayKind_HolidaysAndMakeUpDays_OverrideTheWeekday()
    {
        var calendar = new WorkCalendar([new LocalDate(2026, 10, 1)], [new LocalDate(2026, 10, 10)]);

        Assert.Equal(DayKind.StatutoryHoliday, calendar.GetDayKind("E1", new LocalDate(2026, 10, 1))); // Thursday
        Assert.Equal(DayKind.Workday, calendar.GetDayKind("E1", new LocalDate(2026, 10, 10)));          // Saturday
        Assert.Equal(DayKind.RestDay, calendar.GetDayKind("E1", new LocalDate(2026, 10, 11)));          // Sunday
        Assert.Equal(DayKind.Workday, calendar.GetDayKind("E1", new LocalDate(2026, 10, 12)));          // Monday
    }
}
