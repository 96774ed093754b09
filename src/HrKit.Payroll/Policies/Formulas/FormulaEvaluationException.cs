using HrKit.Payroll.Localization;

namespace HrKit.Payroll.Policies.Formulas;

/// <summary>A formula that failed for one employee's values (division by zero, overflow).</summary>
internal sealed class FormulaEvaluationException(LocalText text) : Exception(text.ToString())
{
    /// <summary>The message as a resource text, shown in the user's language inside a <see cref="PayrollInputException"/>.</summary>
    public LocalText Text { get; } = text;
}
