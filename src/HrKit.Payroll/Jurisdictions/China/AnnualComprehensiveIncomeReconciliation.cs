namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// Estimates the annual settlement of a resident's comprehensive income (个人所得税法 art. 6(1), 综合所得年度汇算):
/// the year's four items are added (labour remuneration, author's remuneration and royalties at 80 % after the 20 %
/// expense deduction, author's remuneration further at 70 %, i.e. 56 %), 60 000 and the deductions subtracted, the
/// annual table applied, and the tax withheld during the year compared with it.
/// </summary>
/// <remarks>
/// An estimate: the settlement itself is the taxpayer's and may add deductions or donations the employer never saw.
/// The 2023年第32号 waiver is applied as stated there; refunds are never waived.
/// </remarks>
public static class AnnualComprehensiveIncomeReconciliation
{
    /// <summary>The share of labour remuneration and royalties counted as income at settlement (after the 20 % expense deduction).</summary>
    public const decimal IncomeShare = 0.80m;

    /// <summary>The share of author's remuneration counted as income at settlement (80 % × 70 %).</summary>
    public const decimal AuthorIncomeShare = 0.56m;

    /// <summary>Annual comprehensive income at or below which a payment due is waived (2023年第32号).</summary>
    public const decimal WaiverIncomeLimit = 120_000m;

    /// <summary>A payment due at or below which it is waived (2023年第32号).</summary>
    public const decimal WaiverPaymentLimit = 400m;

    /// <summary>Estimates the settlement of one employee's year.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="year"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A figure is negative or above <see cref="PayrollLimits.MaxYearToDateAmount"/>; the message names the field.
    /// </exception>
    public static AnnualReconciliationEstimate Estimate(AnnualComprehensiveIncome year)
    {
        ArgumentNullException.ThrowIfNull(year);
        Check(year.Wages, nameof(year.Wages));
        Check(year.TaxFreeIncome, nameof(year.TaxFreeIncome));
        Check(year.LabourRemuneration, nameof(year.LabourRemuneration));
        Check(year.AuthorRemuneration, nameof(year.AuthorRemuneration));
        Check(year.Royalties, nameof(year.Royalties));
        Check(year.SpecialDeductions, nameof(year.SpecialDeductions));
        Check(year.SpecialAdditionalDeductions, nameof(year.SpecialAdditionalDeductions));
        Check(year.OtherDeductions, nameof(year.OtherDeductions));
        Check(year.TaxWithheld, nameof(year.TaxWithheld));

        // Bounded by MaxYearToDateAmount each, so the sums stay far inside decimal's range.
        var income = Money.RoundToFen(year.Wages - year.TaxFreeIncome
            + (year.LabourRemuneration * IncomeShare)
            + (year.AuthorRemuneration * AuthorIncomeShare)
            + (year.Royalties * IncomeShare));
        var deductions = CumulativeWithholding.AnnualBasicDeduction + year.SpecialDeductions
            + year.SpecialAdditionalDeductions + year.OtherDeductions;
        var taxable = Math.Max(0m, income - deductions);
        var bracket = TaxTable.AnnualComprehensiveIncome.Find(taxable);
        var tax = Math.Max(0m, Money.RoundToFen(taxable * bracket.Rate - bracket.QuickDeduction));
        var balance = tax - year.TaxWithheld;
        var grossIncome = year.Wages + year.LabourRemuneration + year.AuthorRemuneration + year.Royalties;
        var exempt = balance > 0m && (grossIncome <= WaiverIncomeLimit || balance <= WaiverPaymentLimit);
        return new AnnualReconciliationEstimate(income, deductions, taxable, bracket, tax, year.TaxWithheld, balance, exempt);
    }

    private static void Check(decimal value, string field)
    {
        if (value < 0m || value > PayrollLimits.MaxYearToDateAmount)
        {
            throw new ArgumentOutOfRangeException(field, value,
                $"{field} must lie between 0 and {PayrollLimits.MaxYearToDateAmount:0} yuan.");
        }
    }
}
