using NodaTime;

namespace HrKit.Integration.Model;

/// <summary>
/// Decides which work day a check-in belongs to. A day's window opens halfway through the gap between the previous
/// shift's end and its own start, so a 05:50 check-out of a 22:00–06:00 night shift, or a 01:00 check-out after late
/// overtime on a 09:00–18:00 day, belongs to the day the shift started.
/// </summary>
internal static class WorkDayAssigner
{
    public static LocalDate Assign(IWorkCalendar calendar, string employeeId, LocalDateTime local)
    {
        var date = local.Date;
        if (local >= WindowStart(calendar, employeeId, date.PlusDays(1)))
        {
            return date.PlusDays(1);
        }

        return local >= WindowStart(calendar, employeeId, date) ? date : date.PlusDays(-1);
    }

    /// <summary>The first local time that belongs to <paramref name="day"/>.</summary>
    public static LocalDateTime WindowStart(IWorkCalendar calendar, string employeeId, LocalDate day)
    {
        var start = calendar.GetShift(employeeId, day).StartOn(day);
        var previousEnd = calendar.GetShift(employeeId, day.PlusDays(-1)).EndOn(day.PlusDays(-1));
        var gap = Period.Between(previousEnd, start, PeriodUnits.Minutes).Minutes;
        // Overlapping shifts (gap <= 0) leave no room to split; the day then starts at its scheduled start.
        return gap <= 0 ? start : start.PlusMinutes(-(gap / 2));
    }
}
