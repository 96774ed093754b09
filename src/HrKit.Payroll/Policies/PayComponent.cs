using HrKit.Payroll.Policies.Formulas;

namespace HrKit.Payroll.Policies;

/// <summary>A compiled component of a pay policy.</summary>
public sealed class PayComponent
{
    internal PayComponent(string code, string name, PayComponentKind kind, bool taxFree, RoundingRule rounding,
        string? description, CompiledFormula formula, int slot)
    {
        Code = code;
        Name = name;
        Kind = kind;
        TaxFree = taxFree;
        Rounding = rounding;
        Description = description;
        Formula = formula;
        Slot = slot;
    }

    /// <summary>Upper-case code, e.g. <c>OT_WORKDAY</c>; other formulas refer to the component by it.</summary>
    public string Code { get; }

    /// <summary>Name shown on payslips.</summary>
    public string Name { get; }

    /// <summary>What the component does.</summary>
    public PayComponentKind Kind { get; }

    /// <summary>For earnings: not subject to individual income tax.</summary>
    public bool TaxFree { get; }

    /// <summary>How the result is rounded before anything else uses it.</summary>
    public RoundingRule Rounding { get; }

    /// <summary>Why the component exists (the rule, in words).</summary>
    public string? Description { get; }

    /// <summary>The formula text.</summary>
    public string FormulaText => Formula.Source;

    /// <summary>Names the formula reads.</summary>
    public IReadOnlyList<string> References => Formula.References;

    internal CompiledFormula Formula { get; }

    internal int Slot { get; }
}
