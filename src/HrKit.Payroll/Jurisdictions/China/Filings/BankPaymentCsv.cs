using HrKit.Payroll.Localization;
using System.Collections.Immutable;
using System.Globalization;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// A salary payment file for the bank (代发工资): account, name and amount per employee, from the payslips' net pay.
/// Its total equals the register's total net pay; payslips with no net pay are counted, not written.
/// </summary>
public static class BankPaymentCsv
{
    /// <summary>The columns, in order: 账号, 户名, 金额, 备注 (employee id and month).</summary>
    public static ImmutableArray<string> Columns { get; } = ["账号", "户名", "金额", "备注"];

    /// <summary>Writes the file from full payslips; see the <see cref="PayslipSummary"/> overload.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PayrollInputException">An employee has no account, or a negative net pay.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Task<BankPaymentTotals> WritePayslipsAsync(IAsyncEnumerable<Payslip> payslips, IReadOnlyDictionary<string, BankAccount> accounts, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payslips);
        return WriteAsync(payslips.Select(p => new PayslipSummary { EmployeeId = p.EmployeeId, Period = p.Period, NetPay = p.NetPay, YearToDate = p.YearToDate }), accounts, output, cancellationToken);
    }

    /// <summary>Writes the file.</summary>
    /// <param name="payslips">The month's payslip summaries, streamed.</param>
    /// <param name="accounts">The account of each employee.</param>
    /// <param name="output">Where to write; left open.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PayrollInputException">
    /// An employee has no account, or a negative net pay (post-tax deductions above pay); the field is named.
    /// </exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<BankPaymentTotals> WriteAsync(IAsyncEnumerable<PayslipSummary> payslips, IReadOnlyDictionary<string, BankAccount> accounts, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payslips);
        ArgumentNullException.ThrowIfNull(accounts);
        decimal total = 0;
        int transfers = 0, zero = 0;
        await WithholdingDeclarationCsv.WriteAsync(Columns, Transfers(), p =>
        {
            var account = accounts.GetValueOrDefault(p.EmployeeId)
                ?? throw new PayrollInputException(p.EmployeeId, "bankAccount", new LocalText("Error.Bank.NoAccount"));
            checked
            {
                total += p.NetPay;
                transfers++;
            }

            return [account.AccountNumber, account.AccountName, CsvText.Amount(p.NetPay), p.EmployeeId + " " + p.Period.ToString("yyyy-MM", CultureInfo.InvariantCulture)];
        }, output, cancellationToken).ConfigureAwait(false);
        return new BankPaymentTotals(transfers, total, zero);

        async IAsyncEnumerable<PayslipSummary> Transfers()
        {
            await foreach (var p in payslips.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (p.NetPay < 0m)
                {
                    throw new PayrollInputException(p.EmployeeId, "netPay", new LocalText("Error.Bank.NegativeNet", CsvText.Amount(p.NetPay)));
                }

                if (p.NetPay == 0m)
                {
                    zero++;
                    continue;
                }

                yield return p;
            }
        }
    }
}
