using System.Text;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using HrKit.Payroll.Policies.Formulas;

namespace HrKit.Payroll.Engine.Explanations;

/// <summary>
/// A policy component: <c>formula with name=value, … = result (rounding). Description.</c>, plus the cap when
/// deductions were capped at the month's earnings.
/// </summary>
internal sealed class FormulaExplanation(PayPolicy policy, PayComponent component, ScopeSnapshot scope, decimal computed, decimal amount, decimal earnings)
    : LineExplanation
{
    public override LineExplanationKind Kind => LineExplanationKind.Formula;

    public override IReadOnlyList<KeyValuePair<string, decimal>> Figures
    {
        get
        {
            var figures = new List<KeyValuePair<string, decimal>>();
            foreach (var name in component.References)
            {
                if (policy.Symbols.TryGetValue(name, out var symbol) && symbol.Type == FormulaType.Number)
                {
                    figures.Add(new(name, scope.Number(symbol.Slot)));
                }
            }

            figures.Add(new("result", computed));
            if (amount != computed)
            {
                figures.Add(new("capped", amount));
                figures.Add(new("earnings", earnings));
            }

            return figures;
        }
    }

    public override string ToString() => Describe(PayrollLocalizer.English);

    // The formula and the names it reads are code and stay as written; the words around them, the rounding and a
    // built-in policy's description are shown in the reader's language (a host's description as written).
    internal override string Describe(PayrollLocalizer texts)
    {
        var sb = new StringBuilder(96);
        sb.Append(component.FormulaText);
        if (component.References.Count > 0)
        {
            sb.Append(texts["Explain.Formula.With"]);
            var first = true;
            foreach (var name in component.References)
            {
                if (!first)
                {
                    sb.Append(texts["Explain.Statutory.Separator"]);
                }

                first = false;
                if (policy.Symbols.TryGetValue(name, out var symbol) && symbol.Type == FormulaType.Text)
                {
                    sb.Append(name).Append("='").Append(scope.Texts[symbol.Slot] ?? "").Append('\'');
                }
                else if (policy.Symbols.TryGetValue(name, out symbol))
                {
                    sb.Append(name, scope.Number(symbol.Slot));
                }
            }
        }

        sb.Append(" = ").Append(component.Rounding == RoundingRule.None ? Explain.Number(computed) : Explain.Money(computed));
        if (component.Rounding != RoundingRule.None)
        {
            sb.Append(texts.Format("Explain.Formula.Rounding", Explain.Rounding(texts, component.Rounding)));
        }

        if (!string.IsNullOrEmpty(component.Description))
        {
            sb.Append(texts.Format("Explain.Formula.Description", texts.BuiltInText(component.Description)));
        }

        if (amount != computed)
        {
            sb.Append(texts.Format("Explain.Formula.Capped", Explain.Money(amount), Explain.Money(earnings)));
        }

        return sb.ToString();
    }
}
