namespace HrKit.Payroll.Policies.Formulas;

/// <summary>A parsed, type-checked formula with the names it reads (for dependency order and explanations).</summary>
internal sealed record CompiledFormula(string Source, FormulaNode Root, IReadOnlyList<string> References);
