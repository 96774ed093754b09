namespace HrKit.Payroll.Model;

/// <summary>One employee's attendance for one pay month, as an attendance system reports it.</summary>
/// <param name="ScheduledDays">Working days the employee was scheduled for in the month (e.g. 21 or 22).</param>
/// <param name="WorkedDays">Days actually worked (informational; pay is driven by the other fields).</param>
/// <param name="UnpaidLeaveDays">Days of personal (unpaid) leave, deducted at the daily rate.</param>
/// <param name="LateCount">How many times the employee checked in late.</param>
/// <param name="LateMinutes">Total minutes late in the month.</param>
public readonly record struct AttendanceInput(
    decimal ScheduledDays,
    decimal WorkedDays,
    decimal UnpaidLeaveDays,
    int LateCount,
    int LateMinutes);
