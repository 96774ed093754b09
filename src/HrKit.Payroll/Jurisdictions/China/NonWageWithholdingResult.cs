namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>The withholding on one payment of labour remuneration, author's remuneration or royalties, in yuan.</summary>
/// <param name="Kind">Which item the payment is.</param>
/// <param name="Payment">每次收入: the payment as made, before tax.</param>
/// <param name="ExpenseDeduction">减除费用: 800 when the payment is at most 4 000, else 20 % of it.</param>
/// <param name="IncomeAmount">收入额: the payment less the expense deduction, reduced to 70 % for author's remuneration.</param>
/// <param name="Rate">预扣率: from 预扣率表二 for labour remuneration, 20 % for the other two.</param>
/// <param name="QuickDeduction">速算扣除数 of the row used (0 except labour remuneration above 20 000 of income amount).</param>
/// <param name="Tax">应预扣预缴税额: income amount × rate − quick deduction, rounded to the fen half away from zero.</param>
public readonly record struct NonWageWithholdingResult(
    NonWageIncomeKind Kind,
    decimal Payment,
    decimal ExpenseDeduction,
    decimal IncomeAmount,
    decimal Rate,
    decimal QuickDeduction,
    decimal Tax)
{
    /// <summary>What the payee receives: the payment less the tax.</summary>
    public decimal NetPayment => Payment - Tax;
}
