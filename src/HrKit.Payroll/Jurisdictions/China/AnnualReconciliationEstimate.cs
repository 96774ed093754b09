namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>An estimate of one employee's annual settlement (年度汇算), in yuan.</summary>
/// <param name="IncomeAmount">收入额 of the year: wages less tax-free income + 80 % of labour remuneration + 56 % of author's remuneration + 80 % of royalties.</param>
/// <param name="Deductions">60 000 basic deduction plus special, special additional and other deductions.</param>
/// <param name="TaxableIncome">应纳税所得额: income amount less deductions, never negative.</param>
/// <param name="Bracket">The row of the annual table (预扣率表一 / 综合所得税率表) used.</param>
/// <param name="AnnualTax">应纳税额 on the year's comprehensive income, to the fen.</param>
/// <param name="TaxWithheld">Tax already withheld during the year.</param>
/// <param name="Balance">AnnualTax − TaxWithheld: positive is a payment due (应补), negative a refund (应退).</param>
/// <param name="PaymentExempt">
/// A payment due is waived (财政部 税务总局公告2023年第32号, 2024–2027): annual comprehensive income of at most
/// 120 000, or a payment of at most 400. A refund may always be claimed.
/// </param>
public readonly record struct AnnualReconciliationEstimate(
    decimal IncomeAmount,
    decimal Deductions,
    decimal TaxableIncome,
    TaxBracket Bracket,
    decimal AnnualTax,
    decimal TaxWithheld,
    decimal Balance,
    bool PaymentExempt)
{
    /// <summary>Whether the settlement ends in a refund.</summary>
    public bool IsRefund => Balance < 0m;

    /// <summary>Whether the settlement ends in a payment (even if waived, see <see cref="PaymentExempt"/>).</summary>
    public bool IsPayment => Balance > 0m;
}
