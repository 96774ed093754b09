using System.Collections.Immutable;
using System.Text;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Jurisdictions;

/// <summary>
/// Why a pack's statutory line (a contribution, a tax, a levy) has its amount, as data: the rule, the formula in
/// words, the figures it used in order and the legal source. The text is built only when read.
/// </summary>
/// <example>
/// Text: <c>MPF employee mandatory contribution: relevantIncome × rate, capped at 1500 (relevantIncome=20000, rate=0.05) = 1000.00; source: Cap. 485, Schedule 3.</c>
/// </example>
public sealed class StatutoryExplanation : LineExplanation
{
    private readonly ImmutableArray<KeyValuePair<string, decimal>> _figures;

    /// <summary>Creates the explanation.</summary>
    /// <param name="rule">The statutory item, e.g. <c>MPF employee mandatory contribution</c>.</param>
    /// <param name="formula">How the amount follows from the figures, in words or symbols, e.g. <c>relevantIncome × rate</c>.</param>
    /// <param name="figures">The figures, by name, in the order the formula uses them.</param>
    /// <param name="amount">The line's amount.</param>
    /// <param name="source">The law that sets the rule; null when the figures' own sources say it.</param>
    /// <exception cref="ArgumentException"><paramref name="rule"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> or <paramref name="formula"/> or <paramref name="figures"/> is null.</exception>
    public StatutoryExplanation(string rule, string formula, IEnumerable<KeyValuePair<string, decimal>> figures, decimal amount, LegalSource? source = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rule);
        ArgumentNullException.ThrowIfNull(formula);
        ArgumentNullException.ThrowIfNull(figures);
        Rule = rule;
        Formula = formula;
        _figures = [.. figures];
        Amount = amount;
        Source = source;
    }

    /// <inheritdoc />
    public override LineExplanationKind Kind => LineExplanationKind.Statutory;

    /// <inheritdoc />
    public override IReadOnlyList<KeyValuePair<string, decimal>> Figures => _figures;

    /// <summary>The statutory item.</summary>
    public string Rule { get; }

    /// <summary>How the amount follows from the figures.</summary>
    public string Formula { get; }

    /// <summary>The line's amount.</summary>
    public decimal Amount { get; }

    /// <summary>The law that sets the rule, when given.</summary>
    public LegalSource? Source { get; }

    /// <inheritdoc />
    public override string ToString()
    {
        var sb = new StringBuilder(Rule);
        if (Formula.Length > 0)
        {
            sb.Append(": ").Append(Formula);
        }

        if (!_figures.IsEmpty)
        {
            sb.Append(" (");
            for (var i = 0; i < _figures.Length; i++)
            {
                (i == 0 ? sb : sb.Append(", ")).Append(_figures[i].Key, _figures[i].Value);
            }

            sb.Append(')');
        }

        sb.Append(" = ").Append(Explain.Money(Amount));
        if (Source is not null)
        {
            sb.Append("; source: ").Append(Source);
        }

        return sb.Append('.').ToString();
    }
}
