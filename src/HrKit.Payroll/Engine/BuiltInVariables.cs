using HrKit.Payroll.Model;

namespace HrKit.Payroll.Engine;

/// <summary>
/// The input names every pay policy formula may use, and how they are filled from an <see cref="EmployeeMonthInput"/>.
/// Numeric names occupy the first slots of the evaluation array, in this order.
/// </summary>
internal static class BuiltInVariables
{
    // Names only: what each holds is for readers (here and in docs/payroll-policy.md, "Inputs"); no code reads it.
    public static readonly string[] Numbers =
    [
        "base_salary", // contractual monthly base salary
        "allowances_total", // sum of the fixed monthly allowances
        "scheduled_days", // scheduled working days in the month
        "worked_days", // days worked
        "unpaid_leave_days", // days of unpaid (personal) leave
        "late_count", // times late
        "late_minutes", // minutes late
        "overtime_workday_hours", // overtime hours on working days
        "overtime_restday_hours", // overtime hours on rest days
        "overtime_holiday_hours", // overtime hours on statutory holidays
        "performance_bonus_base", // target performance bonus
        "learning_bonus_factor", // share of the performance bonus earned with learning points
        "proration_factor", // share of the month employed (1 for a full month)
        "calendar_days", // days in the month
        "month", // month number 1-12
    ];

    public static readonly string[] Texts =
    [
        "performance_grade", // appraisal grade, e.g. 'A'
        "city", // social insurance city
        "department", // department
    ];

    public static void Fill(EmployeeMonthInput input, decimal allowancesTotal, decimal proration, decimal[] numbers, string?[] texts)
    {
        numbers[0] = input.BaseSalary;
        numbers[1] = allowancesTotal;
        numbers[2] = input.Attendance.ScheduledDays;
        numbers[3] = input.Attendance.WorkedDays;
        numbers[4] = input.Attendance.UnpaidLeaveDays;
        numbers[5] = input.Attendance.LateCount;
        numbers[6] = input.Attendance.LateMinutes;
        numbers[7] = input.Overtime.Workday;
        numbers[8] = input.Overtime.RestDay;
        numbers[9] = input.Overtime.StatutoryHoliday;
        numbers[10] = input.Performance.BonusBase;
        numbers[11] = input.Performance.LearningBonusFactor;
        numbers[12] = proration;
        numbers[13] = input.Period.Calendar.GetDaysInMonth(input.Period.Year, input.Period.Month);
        numbers[14] = input.Period.Month;
        texts[0] = input.Performance.Grade;
        texts[1] = input.City;
        texts[2] = input.Department;
    }
}
