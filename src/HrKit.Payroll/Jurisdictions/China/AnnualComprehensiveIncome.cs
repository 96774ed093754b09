namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// One employee's comprehensive income (综合所得) for a tax year, as the annual settlement (年度汇算) sums it, in yuan:
/// gross amounts as paid, and what was withheld on them. A separately taxed annual bonus is not part of it.
/// </summary>
public sealed record AnnualComprehensiveIncome
{
    /// <summary>工资、薪金所得: wage income of the year (excluding a separately taxed annual bonus).</summary>
    public decimal Wages { get; init; }

    /// <summary>Tax-free part of the wages (免税收入).</summary>
    public decimal TaxFreeIncome { get; init; }

    /// <summary>Labour remuneration paid in the year, gross (the sum of the payments).</summary>
    public decimal LabourRemuneration { get; init; }

    /// <summary>Author's remuneration paid in the year, gross.</summary>
    public decimal AuthorRemuneration { get; init; }

    /// <summary>Royalties paid in the year, gross.</summary>
    public decimal Royalties { get; init; }

    /// <summary>专项扣除: the employee's social insurance and housing fund contributions of the year.</summary>
    public decimal SpecialDeductions { get; init; }

    /// <summary>专项附加扣除 of the year, including any claimed only at settlement (e.g. serious illness).</summary>
    public decimal SpecialAdditionalDeductions { get; init; }

    /// <summary>依法确定的其他扣除 of the year (private pension, qualifying health insurance, …).</summary>
    public decimal OtherDeductions { get; init; }

    /// <summary>Tax withheld on all four items during the year (wages and the per-payment withholdings).</summary>
    public decimal TaxWithheld { get; init; }

    /// <summary>
    /// Builds the year from the payslips' cumulative state (wages, deductions and tax withheld on wages) and the
    /// per-payment withholdings of the other three items.
    /// </summary>
    /// <param name="wages">The year-to-date state after the year's last payslip (<see cref="Model.TaxYearToDate"/>).</param>
    /// <param name="payments">The year's labour remuneration, author's remuneration and royalty withholdings.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AnnualComprehensiveIncome From(Model.TaxYearToDate wages, IEnumerable<NonWageWithholdingResult> payments)
    {
        ArgumentNullException.ThrowIfNull(wages);
        ArgumentNullException.ThrowIfNull(payments);
        decimal labour = 0, author = 0, royalties = 0, withheld = wages.TaxWithheld;
        foreach (var p in payments)
        {
            checked
            {
                switch (p.Kind)
                {
                    case NonWageIncomeKind.LabourRemuneration: labour += p.Payment; break;
                    case NonWageIncomeKind.AuthorRemuneration: author += p.Payment; break;
                    default: royalties += p.Payment; break;
                }

                withheld += p.Tax;
            }
        }

        return new AnnualComprehensiveIncome
        {
            Wages = wages.Income,
            TaxFreeIncome = wages.TaxFreeIncome,
            LabourRemuneration = labour,
            AuthorRemuneration = author,
            Royalties = royalties,
            SpecialDeductions = wages.SpecialDeductions,
            SpecialAdditionalDeductions = wages.SpecialAdditionalDeductions,
            OtherDeductions = wages.OtherDeductions,
            TaxWithheld = withheld,
        };
    }
}
