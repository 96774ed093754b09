namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>What a bank payment file holds: compare <see cref="Amount"/> with the register's total net pay.</summary>
/// <param name="Transfers">Rows written (employees with a positive net pay).</param>
/// <param name="Amount">The sum of the rows' amounts.</param>
/// <param name="SkippedZero">Payslips with a net pay of zero (no transfer).</param>
public readonly record struct BankPaymentTotals(int Transfers, decimal Amount, int SkippedZero);
