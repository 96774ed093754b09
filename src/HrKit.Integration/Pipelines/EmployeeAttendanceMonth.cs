using HrKit.Integration.Model;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Integration.Pipelines;

/// <summary>One employee's month of attendance, ready for HrKit.Payroll.</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="Month">The pay month.</param>
/// <param name="Attendance">Scheduled and worked days, absences and lateness.</param>
/// <param name="Overtime">Overtime hours by kind of day.</param>
/// <param name="Days">The daily summaries the figures were computed from, in date order.</param>
public sealed record EmployeeAttendanceMonth(
    string EmployeeId,
    YearMonth Month,
    AttendanceInput Attendance,
    OvertimeHours Overtime,
    IReadOnlyList<DailyAttendance> Days)
{
    /// <summary>Copies the attendance and overtime into a payroll input for the same employee and month.</summary>
    /// <exception cref="ArgumentException">The input is for another employee or month.</exception>
    public EmployeeMonthInput ApplyTo(EmployeeMonthInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!string.Equals(input.EmployeeId, EmployeeId, StringComparison.Ordinal) || input.Period != Month)
        {
            throw new ArgumentException($"The payroll input is for {input.EmployeeId} {input.Period}, not {EmployeeId} {Month}.", nameof(input));
        }

        return input with { Attendance = Attendance, Overtime = Overtime };
    }
}
