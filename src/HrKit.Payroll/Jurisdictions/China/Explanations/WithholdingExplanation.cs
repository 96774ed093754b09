using HrKit.Payroll.Engine;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Jurisdictions.China.Explanations;

/// <summary>The month's individual income tax by cumulative withholding.</summary>
internal sealed class WithholdingExplanation(CumulativeWithholdingResult result, TaxYearToDate previous) : LineExplanation
{
    public override LineExplanationKind Kind => LineExplanationKind.CumulativeWithholding;

    public override IReadOnlyList<KeyValuePair<string, decimal>> Figures
    {
        get
        {
            var y = result.YearToDate;
            return
            [
                new("cumulative income", y.Income),
                new("tax-free income", y.TaxFreeIncome),
                new("basic deduction", y.BasicDeduction),
                new("special deductions", y.SpecialDeductions),
                new("special additional deductions", y.SpecialAdditionalDeductions),
                new("other deductions", y.OtherDeductions),
                new("taxable income", result.CumulativeTaxableIncome),
                new("rate", result.Bracket.Rate),
                new("quick deduction", result.Bracket.QuickDeduction),
                new("cumulative tax", result.CumulativeTax),
                new("already withheld", previous.TaxWithheld),
                new("tax this month", result.TaxThisMonth),
            ];
        }
    }

    public override string ToString() => Describe(PayrollLocalizer.English);

    internal override string Describe(PayrollLocalizer texts)
    {
        var y = result.YearToDate;
        return texts.Format("Explain.Withholding", Explain.Money(y.Income), Explain.Money(y.TaxFreeIncome), Explain.Money(y.BasicDeduction),
                Explain.Money(y.SpecialDeductions), Explain.Money(y.SpecialAdditionalDeductions), Explain.Money(y.OtherDeductions),
                Explain.Money(result.CumulativeTaxableIncome), Explain.Bracket(texts, "Explain.AnnualTable", result.Bracket),
                Explain.Money(result.CumulativeTax), Explain.Money(previous.TaxWithheld), Explain.Money(result.TaxThisMonth))
            + texts[result.CumulativeTax < previous.TaxWithheld ? "Explain.Withholding.Negative" : "Explain.Withholding.End"];
    }
}
