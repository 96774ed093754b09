using System.Collections.Immutable;
using System.Text;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Localization;
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
    private readonly LocalText? _ruleText;
    private readonly LocalText? _formulaText;
    private readonly string? _pack;
    private string? _rule;
    private string? _formula;

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
        _rule = rule;
        _formula = formula;
        _figures = [.. figures];
        Amount = amount;
        Source = source;
    }

    /// <summary>
    /// A built-in pack's explanation: rule and formula as resource texts, figure names read as <c>Figure.{pack}.{name}</c>,
    /// so that it is shown in the reader's language; the English texts are formatted only when read.
    /// </summary>
    internal StatutoryExplanation(string pack, LocalText rule, LocalText? formula, IEnumerable<KeyValuePair<string, decimal>> figures, decimal amount, LegalSource? source)
    {
        _pack = pack;
        _ruleText = rule;
        _formulaText = formula;
        _figures = [.. figures];
        Amount = amount;
        Source = source;
    }

    /// <inheritdoc />
    public override LineExplanationKind Kind => LineExplanationKind.Statutory;

    /// <inheritdoc />
    public override IReadOnlyList<KeyValuePair<string, decimal>> Figures => _figures;

    /// <summary>The statutory item.</summary>
    public string Rule => _rule ??= _ruleText!.ToString();

    /// <summary>How the amount follows from the figures.</summary>
    public string Formula => _formula ??= _formulaText?.ToString() ?? "";

    /// <summary>The line's amount.</summary>
    public decimal Amount { get; }

    /// <summary>The law that sets the rule, when given.</summary>
    public LegalSource? Source { get; }

    /// <inheritdoc />
    public override string ToString() => Describe(PayrollLocalizer.English);

    /// <inheritdoc />
    internal override string Describe(PayrollLocalizer texts)
    {
        // A host's explanation (built from text) keeps its words in every language; only the built-in frame is translated.
        var localised = _ruleText is not null;
        var rule = localised ? _ruleText!.Render(texts) : Rule;
        var formula = localised ? _formulaText?.Render(texts) ?? "" : Formula;
        var frame = localised ? texts : PayrollLocalizer.English;
        var sb = new StringBuilder(rule);
        if (formula.Length > 0)
        {
            sb.Append(frame.Format("Explain.Statutory.Formula", formula));
        }

        if (!_figures.IsEmpty)
        {
            var figures = new StringBuilder();
            for (var i = 0; i < _figures.Length; i++)
            {
                var name = localised ? texts.FigureName(_pack!, _figures[i].Key) : _figures[i].Key;
                (i == 0 ? figures : figures.Append(frame["Explain.Statutory.Separator"])).Append(name, _figures[i].Value);
            }

            sb.Append(frame.Format("Explain.Statutory.Figures", figures));
        }

        sb.Append(frame.Format("Explain.Statutory.Amount", Explain.Money(Amount)));
        if (Source is not null)
        {
            sb.Append(frame.Format("Explain.Statutory.Source", Source));
        }

        return sb.Append(frame["Explain.Statutory.End"]).ToString();
    }
}
