namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// The month's figures that do not depend on the gross, for <see cref="NetToGross.MonthlyWage"/>, in yuan. Net pay is
/// gross − <see cref="EmployeeContributions"/> − the month's withholding; the contributions are taken as fixed (their
/// base is set by the city's rules and the employee's base, not by this month's gross).
/// </summary>
/// <param name="TargetNet">The take-home pay wanted (实发), 0 to <see cref="PayrollLimits.MaxAmount"/>.</param>
/// <param name="EmployeeContributions">The employee's social insurance and housing fund this month (专项扣除).</param>
/// <param name="SpecialAdditionalDeductions">The month's special additional deductions (专项附加扣除).</param>
/// <param name="OtherDeductions">Other pre-tax deductions of the month (依法确定的其他扣除).</param>
public readonly record struct MonthlyNetToGrossInput(
    decimal TargetNet,
    decimal EmployeeContributions,
    decimal SpecialAdditionalDeductions = 0m,
    decimal OtherDeductions = 0m);
