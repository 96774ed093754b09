using NodaTime;

namespace HrKit.Integration.Model;

/// <summary>One employee's attendance on one work day, computed from check-ins and the work calendar.</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="WorkDate">The work day (the day the shift started, even for a night shift ending the next morning).</param>
/// <param name="Kind">Work day, rest day or statutory holiday.</param>
/// <param name="FirstCheckIn">Earliest real check-in of the day, local time; null when none.</param>
/// <param name="LastCheckIn">Latest real check-in of the day, local time; null when none.</param>
/// <param name="LateMinutes">Whole minutes after the scheduled start of the first check-in on a work day.</param>
/// <param name="OvertimeHours">Overtime in half-hour steps: after the shift end on a work day, the whole span otherwise.</param>
public sealed record DailyAttendance(
    string EmployeeId,
    LocalDate WorkDate,
    DayKind Kind,
    LocalDateTime? FirstCheckIn,
    LocalDateTime? LastCheckIn,
    int LateMinutes,
    decimal OvertimeHours)
{
    /// <summary>Whether the employee checked in at all that day.</summary>
    public bool Present => FirstCheckIn is not null;
}
