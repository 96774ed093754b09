using System.Collections.Frozen;
using System.Collections.Immutable;
using HrKit.Payroll.Policies.Formulas;

namespace HrKit.Payroll.Policies;

/// <summary>
/// A company pay policy compiled once: components in dependency order with type-checked formulas. Immutable and
/// safe to share between threads. Create it with <see cref="PayPolicyLoader"/>.
/// </summary>
public sealed class PayPolicy
{
    internal PayPolicy(
        string name,
        string? version,
        ImmutableArray<PayComponent> components,
        FrozenDictionary<string, decimal> parameters,
        ImmutableArray<(string Name, decimal Default, int Slot)> customInputs,
        CompiledFormula socialInsuranceBase,
        FrozenDictionary<string, FormulaSymbol> symbols,
        int numberSlots)
    {
        Symbols = symbols;
        Name = name;
        Version = version;
        Components = components;
        Parameters = parameters;
        CustomInputs = customInputs;
        SocialInsuranceBase = socialInsuranceBase;
        NumberSlots = numberSlots;
    }

    /// <summary>The built-in China mainland standard policy (embedded <c>china-standard-policy.json</c>).</summary>
    public static PayPolicy ChinaStandard => ChinaStandardPolicy.Value;

    private static readonly Lazy<PayPolicy> ChinaStandardPolicy = new(PayPolicyLoader.LoadChinaStandard);

    /// <summary>The policy's name.</summary>
    public string Name { get; }

    /// <summary>The policy's version label.</summary>
    public string? Version { get; }

    /// <summary>Components in evaluation (dependency) order.</summary>
    public ImmutableArray<PayComponent> Components { get; }

    /// <summary>Named constants of the policy.</summary>
    public FrozenDictionary<string, decimal> Parameters { get; }

    /// <summary>The formula of the default social insurance base, used when an input gives none.</summary>
    public string SocialInsuranceBaseFormula => SocialInsuranceBase.Source;

    internal ImmutableArray<(string Name, decimal Default, int Slot)> CustomInputs { get; }

    internal CompiledFormula SocialInsuranceBase { get; }

    internal int NumberSlots { get; }

    internal FrozenDictionary<string, FormulaSymbol> Symbols { get; }
}
