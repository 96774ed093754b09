using HrKit.Integration.Model;
using NodaTime;

namespace HrKit.Integration.Tests.Model;

public sealed class DailyAttendanceCalculatorTests
{
    private static readonly LocalDate Monday = new(2026, 10, 12);

    private static LocalDateTime At(int hour, int minute, int dayOffset = 0) => Monday.PlusDays(dayOffset) + new LocalTime(hour, minute);

    [Fact]
    public void Calculate_LateArrivalAndLateDeparture_GivesLateMinutesAndHalfHourOvertime()
    {
        var day = DailyAttendanceCalculator.Calculate("E1", Monday, DayKind.Workday, Shift.Office,
            [(At(9, 17, 0), CheckInKind.OnDuty), (At(20, 5, 0), CheckInKind.OffDuty)]);

        Assert.Equal(17, day.LateMinutes);
        Assert.Equal(2.0m, day.OvertimeHours); // 18:00 → 20:05 is 125 minutes: four whole half-hours
    }

    [Fact]
    public void Calculate_RestDay_CountsTheWholeSpanAsOvertime()
    {
        var day = DailyAttendanceCalculator.Calculate("E1", Monday, DayKind.RestDay, Shift.Office,
            [(At(10, 0), CheckInKind.OnDuty), (At(14, 40), CheckInKind.OffDuty)]);

        Assert.Equal(0, day.LateMinutes);
        Assert.Equal(4.5m, day.OvertimeHours);
    }

    [Fact]
    public void Calculate_NightShiftLeavingNextMorning_MeasuresAgainstTheNextDaysEnd()
    {
        var night = new Shift(new LocalTime(22, 0), new LocalTime(6, 0));

        var day = DailyAttendanceCalculator.Calculate("E1", Monday, DayKind.Workday, night,
            [(At(21, 58), CheckInKind.OnDuty), (At(7, 0, 1), CheckInKind.OffDuty)]);

        Assert.Equal(0, day.LateMinutes);
        Assert.Equal(1.0m, day.OvertimeHours);
    }

    [Fact]
    public void Calculate_OnlyACheckOut_IsPresentButNotLate()
    {
        var day = DailyAttendanceCalculator.Calculate("E1", Monday, DayKind.Workday, Shift.Office, [(At(18, 0), CheckInKind.OffDuty)]);

        Assert.True(day.Present);
        Assert.Equal(0, day.LateMinutes);
        Assert.Equal(0m, day.OvertimeHours);
    }
}
