using NodaTime;
using NodaTime.Text;

namespace HrKit.Integration.Model;

/// <summary>
/// The default calendar: Monday–Friday work days with one shift for everyone (09:00–18:00 unless given), Saturday and
/// Sunday rest days. China's holidays are published each year by the State Council, so the host supplies them, together
/// with the weekend days that become working days and the weekdays that become rest days (调休): in October 2025, for
/// example, the 1st–3rd and 6th are statutory holidays (300 %), the 7th and 8th rest days moved from Sunday 28 September
/// and Saturday 11 October (200 %), and those two weekend days working days.
/// </summary>
public sealed class WorkCalendar : IWorkCalendar
{
    private readonly HashSet<LocalDate> _holidays;
    private readonly HashSet<LocalDate> _makeUpWorkdays;
    private readonly HashSet<LocalDate> _shiftedRestDays;
    private readonly Shift _shift;

    /// <summary>Creates a calendar.</summary>
    /// <param name="statutoryHolidays">Statutory public holidays.</param>
    /// <param name="makeUpWorkdays">Weekend days that are working days under the holiday arrangement.</param>
    /// <param name="shift">The shift for every day; <see cref="Shift.Office"/> when null.</param>
    /// <param name="shiftedRestDays">
    /// Weekdays that are rest days under the holiday arrangement but not statutory holidays; overtime on them is rest-day
    /// overtime, not holiday overtime.
    /// </param>
    /// <exception cref="ArgumentException">A date is in more than one list.</exception>
    public WorkCalendar(
        IEnumerable<LocalDate>? statutoryHolidays = null,
        IEnumerable<LocalDate>? makeUpWorkdays = null,
        Shift? shift = null,
        IEnumerable<LocalDate>? shiftedRestDays = null)
    {
        _holidays = [.. statutoryHolidays ?? []];
        _makeUpWorkdays = [.. makeUpWorkdays ?? []];
        _shiftedRestDays = [.. shiftedRestDays ?? []];
        _shift = shift ?? Shift.Office;
        var clashes = _holidays.Intersect(_makeUpWorkdays).Concat(_holidays.Intersect(_shiftedRestDays)).Concat(_makeUpWorkdays.Intersect(_shiftedRestDays))
            .Order().ToList();
        if (clashes.Count > 0)
        {
            throw new ArgumentException(
                $"{LocalDatePattern.Iso.Format(clashes[0])} is listed as more than one of statutory holiday, make-up workday and shifted rest day.",
                nameof(statutoryHolidays));
        }
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

        if (_shiftedRestDays.Contains(date))
        {
            return DayKind.RestDay;
        }

        return date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? DayKind.RestDay : DayKind.Workday;
    }

    /// <inheritdoc />
    public Shift GetShift(string employeeId, LocalDate date) => _shift;
}
