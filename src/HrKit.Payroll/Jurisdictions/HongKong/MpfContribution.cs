namespace HrKit.Payroll.Jurisdictions.HongKong;

/// <summary>The MPF mandatory contributions for one monthly contribution period, in HK$ rounded to the cent.</summary>
/// <param name="RelevantIncome">The period's relevant income as given.</param>
/// <param name="ContributionBase">The relevant income the rates were applied to (capped at the maximum level).</param>
/// <param name="Employee">Employee's mandatory contribution, deducted from pay.</param>
/// <param name="Employer">Employer's mandatory contribution, paid on top.</param>
/// <param name="EmployeeShare">Why the employee's share is what it is.</param>
public sealed record MpfContribution(
    decimal RelevantIncome,
    decimal ContributionBase,
    decimal Employee,
    decimal Employer,
    MpfEmployeeShare EmployeeShare);
