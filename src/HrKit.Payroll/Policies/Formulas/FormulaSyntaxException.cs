namespace HrKit.Payroll.Policies.Formulas;

/// <summary>A formula that cannot be parsed or type-checked; the message says where and why.</summary>
internal sealed class FormulaSyntaxException(string message) : Exception(message);
