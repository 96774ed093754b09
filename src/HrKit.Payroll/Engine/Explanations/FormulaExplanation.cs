using System.Text;
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

    public override string ToString()
    {
        var sb = new StringBuilder(96);
        sb.Append(component.FormulaText);
        if (component.References.Count > 0)
        {
            sb.Append(" with ");
            var first = true;
            foreach (var name in component.References)
            {
                if (!first)
                {
                    sb.Append(", ");
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
            sb.Append(" (").Append(Explain.Rounding(component.Rounding)).Append(')');
        }

        if (!string.IsNullOrEmpty(component.Description))
        {
            sb.Append(". ").Append(component.Description);
        }

        if (amount != computed)
        {
            sb.Append(" Capped at ").Append(Explain.Money(amount))
                .Append(": deductions cannot exceed the month's pay (").Append(Explain.Money(earnings)).Append(" of earnings).");
        }

        return sb.ToString();
    }
}
