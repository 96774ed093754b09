using NodaTime;

namespace HrKit.Integration.Model;

/// <summary>Which days are worked and when; decides work days, lateness and the overtime kind.</summary>
public interface IWorkCalendar
{
    /// <summary>The kind of <paramref name="date"/> for an employee.</summary>
    DayKind GetDayKind(string employeeId, LocalDate date);

    /// <summary>
    /// The shift an employee is scheduled for on <paramref name="date"/>. Rest days return the shift the employee
    /// would work, so check-ins on them can still be assigned to a day.
    /// </summary>
    Shift GetShift(string employeeId, LocalDate date);
}
