using HrKit.Payroll.Excel;
using HrKit.Payroll.Model;
using HrKit.Payroll.Reports;

namespace HrKit.Cli.Output;

/// <summary><c>--format xlsx</c>: the payroll register (工资表) streamed into the <c>--out</c> workbook as payslips are paid.</summary>
internal sealed class XlsxPayslipSink(Stream stream) : IPayslipSink, IDisposable
{
    private readonly PushedRows<Payslip> _rows = new(rows => PayrollExcel.WriteRegister(stream, rows));

    public void Write(Payslip payslip) => _rows.Add(payslip);

    public void Reject(PayrollRejection rejection)
    {
    }

    public void Complete(PayrollReport? report) => _rows.Complete();

    public void Dispose() => _rows.Dispose();
}
