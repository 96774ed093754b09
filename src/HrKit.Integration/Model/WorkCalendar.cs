using NodaTime;

namespace HrKit.Integration.Model;

/// <summary>
/// The default calendar: Monday–Friday work days with one shift for everyone (09:00–18:00 unless given), Saturday and
/// Sunday rest days. China's holidays are published each year by the State Council, so the host supplies them, together
/// with the weekend days that become working days (调休).
/// </summary>
public sealed class WorkCalendar : IWorkCalendar
{
    private readonly HashSet<LocalDate> _holidays;
    private readonly HashSet<LocalDate> _makeUpWorkdays;
    private readonly Shift _shift;

    /// <summary>Creates a calendar.</summary>
    /// <param name="statutoryHolidays">Statutory public holidays.</param>
    /// <param name="makeUpWorkdays">Weekend days that are working days under the holiday arrangement.</param>
    /// <param name="shift">The shift for every day; <see cref="Shift.Office"/> when null.</param>
    public WorkCalendar(IEnumerable<LocalDate>? statutoryHolidays = null, IEnumerable<LocalDate>? makeUpWorkdays = null, Shift? shift = null)
    {
        _holidays = [.. statutoryHolidays ?? []];
        _makeUpWorkdays = [.. makeUpWorkdays ?? []];
        _shift = shift ?? Shift.Office;
    }

    /// <summary>Monday–Friday 09:00–18:00 without holidays.</summary>
    public static WorkCalendar Default { get; } = new();

    /// <inheritdoc />
    public DayKind GetDayKind(string employeeId, LocalDate date)
    {
        if (_holidays.Contains(date))
        {
            return DayKind.StatutoryHoliday;
        }

        if (_makeUpWorkdays.Contains(date))
        {
            return DayKind.Workday;
        }

        return date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? DayKind.RestDay : DayKind.Workday;
    }

    /// <inheritdoc />
    public Shift GetShift(string employeeId, LocalDate date) => _shift;
}
