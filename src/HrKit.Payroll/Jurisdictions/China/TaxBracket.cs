namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>One row of a progressive tax table: income up to <see cref="UpTo"/> is taxed at <see cref="Rate"/> less the quick deduction.</summary>
/// <param name="UpTo">Upper bound of the row, inclusive; <see cref="decimal.MaxValue"/> for the last row.</param>
/// <param name="Rate">Marginal rate, e.g. 0.10.</param>
/// <param name="QuickDeduction">速算扣除数 of the row.</param>
public readonly record struct TaxBracket(decimal UpTo, decimal Rate, decimal QuickDeduction);
