namespace HrKit.Payroll.Policies.Formulas;

/// <summary>A name a formula may use, resolved to a typed slot.</summary>
internal readonly record struct FormulaSymbol(FormulaType Type, int Slot);
