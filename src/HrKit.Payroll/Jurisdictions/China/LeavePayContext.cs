namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>The employee's figures a leave calculation needs, in yuan.</summary>
/// <param name="MonthlyWage">The monthly wage leave days are paid from (the base salary, or base plus fixed allowances, as the host's policy defines it).</param>
/// <param name="ScheduledDays">Working days scheduled in the month; the leave days together may not exceed them.</param>
/// <param name="MinimumWage">The city's minimum wage for the month, for the sick-pay floor; null skips the floor (and says so in the line's explanation).</param>
public sealed record LeavePayContext(decimal MonthlyWage, decimal ScheduledDays, MinimumWage? MinimumWage);
