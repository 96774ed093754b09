namespace HrKit.Payroll.Jurisdictions.HongKong;

/// <summary>An annual salaries tax estimate laid out as the IRD computes it; every amount in HK$, rounded to the cent.</summary>
/// <param name="YearOfAssessment">The year, e.g. <c>2024/25</c>.</param>
/// <param name="AssessableIncome">Income from employment.</param>
/// <param name="Deductions">MPF (capped) plus other deductions, at most the assessable income.</param>
/// <param name="NetIncome">Assessable income less deductions.</param>
/// <param name="Allowances">Personal, child and single parent allowances claimed.</param>
/// <param name="NetChargeableIncome">Net income less allowances, not below 0.</param>
/// <param name="ProgressiveTax">Tax at progressive rates on net chargeable income.</param>
/// <param name="StandardRateTax">Tax at standard rate(s) on net income.</param>
/// <param name="Method">The computation that gave the lower tax.</param>
/// <param name="TaxBeforeReduction">The lower of the two.</param>
/// <param name="TaxReduction">The year's one-off reduction, if enacted.</param>
/// <param name="TaxPayable">Tax before reduction less the reduction.</param>
public sealed record SalariesTaxEstimate(
    string YearOfAssessment,
    decimal AssessableIncome,
    decimal Deductions,
    decimal NetIncome,
    decimal Allowances,
    decimal NetChargeableIncome,
    decimal ProgressiveTax,
    decimal StandardRateTax,
    SalariesTaxMethod Method,
    decimal TaxBeforeReduction,
    decimal TaxReduction,
    decimal TaxPayable);
