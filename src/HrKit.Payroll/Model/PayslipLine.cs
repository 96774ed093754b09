namespace HrKit.Payroll.Model;

/// <summary>One line of a payslip: what, how much and why.</summary>
/// <param name="Code">Stable component code, e.g. <c>BASE</c>, <c>OT_WORKDAY</c>, <c>SI_PENSION_EE</c>, <c>IIT</c>.</param>
/// <param name="Name">Human-readable name.</param>
/// <param name="Kind">What the line does to pay and cost.</param>
/// <param name="Amount">The amount in yuan, already rounded as the rule states; deductions are positive numbers.</param>
/// <param name="Explanation">The rule, the inputs used and the formula or bracket that produced the amount.</param>
public sealed record PayslipLine(string Code, string Name, PayslipLineKind Kind, decimal Amount, string Explanation);
