namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// Withholding on one payment (按次预扣预缴) of labour remuneration, author's remuneration or royalties to a resident
/// individual, under 国家税务总局公告2018年第61号 art. 8: 收入额 = payment − expense deduction (800 when the payment is
/// at most 4 000, otherwise 20 % of it), author's remuneration counted at 70 %; labour remuneration is then taxed with
/// 预扣率表二 (20 / 30 / 40 %, quick deductions 0 / 2 000 / 7 000), the other two at a flat 20 %.
/// </summary>
/// <remarks>
/// Payments of the same item from one payer within a month count as one payment (个人所得税法实施条例 art. 14): add
/// them before calling. The withholding is a prepayment; the year's tax is settled on the whole comprehensive
/// income (<see cref="AnnualComprehensiveIncomeReconciliation"/>).
/// </remarks>
public static class NonWageIncomeWithholding
{
    /// <summary>A payment up to this amount has a fixed expense deduction (<see cref="FixedExpenseDeduction"/>).</summary>
    public const decimal FixedDeductionLimit = 4_000m;

    /// <summary>The expense deduction for a payment of at most 4 000 yuan.</summary>
    public const decimal FixedExpenseDeduction = 800m;

    /// <summary>The expense deduction's share of a payment above 4 000 yuan.</summary>
    public const decimal ExpenseDeductionRate = 0.20m;

    /// <summary>The share of author's remuneration counted as income (稿酬所得的收入额减按70%计算).</summary>
    public const decimal AuthorRemunerationShare = 0.70m;

    /// <summary>The flat rate for author's remuneration and royalties (20 %).</summary>
    public const decimal FlatRate = 0.20m;

    /// <summary>Computes the tax to withhold on one payment, to the fen.</summary>
    /// <param name="kind">Which item the payment is.</param>
    /// <param name="payment">The payment in yuan, 0 to <see cref="PayrollLimits.MaxAmount"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="payment"/> is negative or above <see cref="PayrollLimits.MaxAmount"/>, or <paramref name="kind"/>
    /// is not one of the three items.
    /// </exception>
    public static NonWageWithholdingResult Calculate(NonWageIncomeKind kind, decimal payment)
    {
        if (payment < 0m || payment > PayrollLimits.MaxAmount)
        {
            throw new ArgumentOutOfRangeException(nameof(payment), payment,
                $"A {Describe(kind)} payment must lie between 0 and {PayrollLimits.MaxAmount:0} yuan.");
        }

        var expense = payment <= FixedDeductionLimit ? Math.Min(payment, FixedExpenseDeduction) : payment * ExpenseDeductionRate;
        var income = payment - expense;
        if (kind == NonWageIncomeKind.AuthorRemuneration)
        {
            income *= AuthorRemunerationShare;
        }

        // Payroll rounds money to the fen where it is reported; the income amount is a reported figure (收入额).
        income = Money.RoundToFen(income);
        var (rate, quick) = kind switch
        {
            NonWageIncomeKind.LabourRemuneration => Row(TaxTable.LabourRemunerationPrepayment.Find(income)),
            NonWageIncomeKind.AuthorRemuneration or NonWageIncomeKind.Royalties => (FlatRate, 0m),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Use LabourRemuneration, AuthorRemuneration or Royalties."),
        };

        var tax = Math.Max(0m, Money.RoundToFen(income * rate - quick));
        return new NonWageWithholdingResult(kind, payment, Money.RoundToFen(expense), income, rate, quick, tax);
    }

    /// <summary>The item's name in Chinese and English, e.g. "劳务报酬 (labour remuneration)".</summary>
    public static string Describe(NonWageIncomeKind kind) => kind switch
    {
        NonWageIncomeKind.LabourRemuneration => "劳务报酬 (labour remuneration)",
        NonWageIncomeKind.AuthorRemuneration => "稿酬 (author's remuneration)",
        NonWageIncomeKind.Royalties => "特许权使用费 (royalties)",
        _ => kind.ToString(),
    };

    private static (decimal Rate, decimal Quick) Row(TaxBracket bracket) => (bracket.Rate, bracket.QuickDeduction);
}
