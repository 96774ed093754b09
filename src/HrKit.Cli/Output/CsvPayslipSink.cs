using System.Globalization;
using HrKit.Payroll.Model;
using HrKit.Payroll.Reports;

namespace HrKit.Cli.Output;

/// <summary>
/// CSV (RFC 4180 quoting), one row per payslip, amounts with two decimals in invariant culture; the last column is
/// empty unless the contributions were carried forward, then it holds why (the payslip's provisional message).
/// </summary>
internal sealed class CsvPayslipSink : IPayslipSink
{
    private readonly TextWriter _writer;

    public CsvPayslipSink(TextWriter writer)
    {
        _writer = writer;
        _writer.WriteLine("employeeId,name,department,period,grossPay,employeeContributions,wageTax,bonusTax,postTaxDeductions,netPay,employerContributions,employerCost,provisionalContributions");
    }

    public void Write(Payslip payslip) => _writer.WriteLine(string.Join(',',
        Csv(payslip.EmployeeId), Csv(payslip.Name), Csv(payslip.Department),
        string.Create(CultureInfo.InvariantCulture, $"{payslip.Period.Year:D4}-{payslip.Period.Month:D2}"),
        Money(payslip.GrossPay), Money(payslip.EmployeeContributions), Money(payslip.WageTax), Money(payslip.BonusTax),
        Money(payslip.PostTaxDeductions), Money(payslip.NetPay), Money(payslip.EmployerContributions), Money(payslip.EmployerCost),
        Csv(payslip.ProvisionalContributions?.Message)));

    public void Reject(PayrollRejection rejection)
    {
    }

    public void Complete(PayrollReport? report) => _writer.Flush();

    private static string Money(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Csv(string? s) =>
        s is null ? "" : s.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
