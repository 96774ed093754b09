using HrKit.Payroll.Model;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>The outcome of one month of cumulative withholding.</summary>
/// <param name="TaxThisMonth">Tax to withhold this month (本期应预扣预缴税额), never negative.</param>
/// <param name="CumulativeTaxableIncome">累计预扣预缴应纳税所得额, never negative.</param>
/// <param name="CumulativeTax">Tax due on the cumulative taxable income (before subtracting what was withheld).</param>
/// <param name="Bracket">The row of the annual table that applied.</param>
/// <param name="YearToDate">The cumulative state after this month.</param>
public readonly record struct CumulativeWithholdingResult(
    decimal TaxThisMonth,
    decimal CumulativeTaxableIncome,
    decimal CumulativeTax,
    TaxBracket Bracket,
    TaxYearToDate YearToDate);
