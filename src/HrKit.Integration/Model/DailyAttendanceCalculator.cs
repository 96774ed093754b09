using NodaTime;

namespace HrKit.Integration.Model;

/// <summary>Turns one day's check-ins into a <see cref="DailyAttendance"/>.</summary>
internal static class DailyAttendanceCalculator
{
    public static DailyAttendance Calculate(
        string employeeId, LocalDate day, DayKind kind, Shift shift, IReadOnlyList<(LocalDateTime Time, CheckInKind Kind)> checkIns)
    {
        if (checkIns.Count == 0)
        {
            return new DailyAttendance(employeeId, day, kind, null, null, 0, 0m);
        }

        var first = checkIns.Min(c => c.Time);
        var last = checkIns.Max(c => c.Time);
        var late = 0;
        var overtime = 0m;
        if (kind == DayKind.Workday)
        {
            // Lateness is measured on arrival only: a lone check-out proves presence but not when work began.
            var arrivals = checkIns.Where(c => c.Kind != CheckInKind.OffDuty).Select(c => c.Time).ToList();
            if (arrivals.Count > 0)
            {
                late = Math.Max(0, (int)Minutes(shift.StartOn(day), arrivals.Min()));
            }

            var departures = checkIns.Where(c => c.Kind != CheckInKind.OnDuty).Select(c => c.Time).ToList();
            if (departures.Count > 0)
            {
                overtime = HalfHours(Minutes(shift.EndOn(day), departures.Max()));
            }
        }
        else
        {
            overtime = HalfHours(Minutes(first, last));
        }

        return new DailyAttendance(employeeId, day, kind, first, last, late, overtime);
    }

    private static long Minutes(LocalDateTime from, LocalDateTime to) => Period.Between(from, to, PeriodUnits.Minutes).Minutes;

    // Overtime is paid in half-hour steps, rounded down, as most attendance policies state it.
    private static decimal HalfHours(long minutes) => minutes <= 0 ? 0m : minutes / 30 * 0.5m;
}
