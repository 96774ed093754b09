using HrKit.Payroll.Engine;
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

    public override string ToString()
    {
        var y = result.YearToDate;
        return $"Cumulative withholding (国家税务总局公告2018年第61号): cumulative income {Explain.Money(y.Income)} − tax-free {Explain.Money(y.TaxFreeIncome)}"
            + $" − basic deduction {Explain.Money(y.BasicDeduction)} − special deductions {Explain.Money(y.SpecialDeductions)}"
            + $" − special additional deductions {Explain.Money(y.SpecialAdditionalDeductions)} − other deductions {Explain.Money(y.OtherDeductions)}"
            + $" = taxable {Explain.Money(result.CumulativeTaxableIncome)}; {TaxTable.AnnualComprehensiveIncome.Name} row {TaxTable.Describe(result.Bracket)}"
            + $" → cumulative tax {Explain.Money(result.CumulativeTax)} − already withheld {Explain.Money(previous.TaxWithheld)} = {Explain.Money(result.TaxThisMonth)}"
            + (result.CumulativeTax < previous.TaxWithheld ? " (negative: nothing is refunded this month; the cumulative figures carry it)." : ".");
    }
}
