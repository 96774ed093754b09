namespace HrKit.Payroll.Jurisdictions.HongKong;

/// <summary>Why the employee's MPF mandatory contribution is what it is; payslip explanations quote it.</summary>
public enum MpfEmployeeShare
{
    /// <summary>5 % of the relevant income (it is between the minimum and maximum levels).</summary>
    Rate,

    /// <summary>Capped: the relevant income is above the maximum level, so 5 % of the maximum.</summary>
    CappedAtMaximum,

    /// <summary>Nothing: the relevant income is below the minimum level (the employer still contributes).</summary>
    BelowMinimum,

    /// <summary>Nothing: the period falls in the new employee's contribution holiday (the employer still contributes).</summary>
    ContributionHoliday,
}
