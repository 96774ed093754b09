namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

/// <summary>The outcome of PAYE for one period.</summary>
/// <param name="Tax">Tax to deduct this period; negative is a refund (cumulative basis only).</param>
/// <param name="TaxDue">Tax due on <paramref name="TaxablePay"/>: to date on the cumulative basis, for the period on the week 1/month 1 basis.</param>
/// <param name="TaxablePay">Pay the bands were applied to, whole pounds: to date (cumulative) or this period (week 1/month 1).</param>
/// <param name="PayAdjustment">Free pay (allowance codes) or additional pay (K codes) matching <paramref name="TaxablePay"/>; 0 for BR, D and NT.</param>
/// <param name="Periods">The period number the cumulative band limits were scaled to (1 on the week 1/month 1 basis).</param>
/// <param name="RegulatoryLimitApplied">A K code's tax was cut to the overriding limit (50 % of this period's pay).</param>
/// <param name="PayToDate">Taxable pay of the tax year including this period.</param>
/// <param name="TaxToDate">Tax deducted in the tax year including this period.</param>
public readonly record struct PayeResult(
    decimal Tax,
    decimal TaxDue,
    decimal TaxablePay,
    decimal PayAdjustment,
    int Periods,
    bool RegulatoryLimitApplied,
    decimal PayToDate,
    decimal TaxToDate);
