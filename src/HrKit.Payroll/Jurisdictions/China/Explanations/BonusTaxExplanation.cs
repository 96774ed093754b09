using HrKit.Payroll.Engine;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Jurisdictions.China.Explanations;

/// <summary>An annual one-time bonus taxed separately with the monthly-converted table.</summary>
internal sealed class BonusTaxExplanation(decimal bonus, TaxBracket bracket, decimal tax) : LineExplanation
{
    public override LineExplanationKind Kind => LineExplanationKind.AnnualBonusTax;

    public override IReadOnlyList<KeyValuePair<string, decimal>> Figures =>
    [
        new("bonus", bonus),
        new("bonus / 12", bonus / 12m),
        new("rate", bracket.Rate),
        new("quick deduction", bracket.QuickDeduction),
        new("tax", tax),
    ];

    public override string ToString() => Describe(PayrollLocalizer.English);

    internal override string Describe(PayrollLocalizer texts) =>
        texts.Format("Explain.BonusTax", Explain.Money(bonus), Explain.Money(bonus / 12m), Explain.Bracket(texts, "Explain.MonthlyConvertedTable", bracket),
            Explain.Percent(bracket.Rate), Explain.Number(bracket.QuickDeduction), Explain.Money(tax));
}
