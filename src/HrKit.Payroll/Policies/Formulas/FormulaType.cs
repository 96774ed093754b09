namespace HrKit.Payroll.Policies.Formulas;

/// <summary>The static type of a formula expression; checked when the policy is loaded.</summary>
internal enum FormulaType
{
    Number,
    Boolean,
    Text,
}
