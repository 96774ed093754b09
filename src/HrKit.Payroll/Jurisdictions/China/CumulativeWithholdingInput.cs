namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>One month's figures for cumulative withholding, in yuan.</summary>
/// <param name="Income">Wage income of the month (including tax-free income, which is listed separately).</param>
/// <param name="TaxFreeIncome">Tax-free part of <paramref name="Income"/>.</param>
/// <param name="SpecialDeductions">Employee social insurance and housing fund contributions (专项扣除).</param>
/// <param name="SpecialAdditionalDeductions">Declared special additional deductions (专项附加扣除).</param>
/// <param name="OtherDeductions">Other legally allowed deductions (依法确定的其他扣除).</param>
public readonly record struct CumulativeWithholdingInput(
    decimal Income,
    decimal TaxFreeIncome,
    decimal SpecialDeductions,
    decimal SpecialAdditionalDeductions,
    decimal OtherDeductions);
