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
        (ExplainedNumberSlots, ExplainedNumberIndex) = IndexExplainedNumbers(components, symbols, numberSlots);
    }

    // The number slots some component's formula names: the only values a payslip's explanations quote, so the only
    // ones a full payslip keeps (a copy of every slot cost as much as the rest of the payslip's lines together).
    private static (int[] Slots, int[] Index) IndexExplainedNumbers(
        ImmutableArray<PayComponent> components, FrozenDictionary<string, FormulaSymbol> symbols, int numberSlots)
    {
        var index = new int[numberSlots];
        Array.Fill(index, -1);
        var slots = new List<int>();
        foreach (var component in components)
        {
            foreach (var name in component.References)
            {
                if (symbols.TryGetValue(name, out var symbol) && symbol.Type == FormulaType.Number && index[symbol.Slot] < 0)
                {
                    index[symbol.Slot] = slots.Count;
                    slots.Add(symbol.Slot);
                }
            }
        }

        return ([.. slots], index);
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

    /// <summary>The number slots named by some component's formula, in the order of their compact index.</summary>
    internal int[] ExplainedNumberSlots { get; }

    /// <summary>For each number slot, its place in <see cref="ExplainedNumberSlots"/>, or -1 when no formula names it.</summary>
    internal int[] ExplainedNumberIndex { get; }

    internal FrozenDictionary<string, FormulaSymbol> Symbols { get; }
}
