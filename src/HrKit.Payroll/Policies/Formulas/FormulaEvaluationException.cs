namespace HrKit.Payroll.Policies.Formulas;

/// <summary>A formula that failed for one employee's values (division by zero, overflow).</summary>
internal sealed class FormulaEvaluationException(string message) : Exception(message);
