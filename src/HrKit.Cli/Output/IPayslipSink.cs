using HrKit.Payroll.Model;
using HrKit.Payroll.Reports;

namespace HrKit.Cli.Output;

/// <summary>One output format of <c>hrkit payroll run</c>, written as payslips arrive so nothing is held per employee.</summary>
internal interface IPayslipSink
{
    void Write(Payslip payslip);

    void Reject(PayrollRejection rejection);

    /// <summary>Closes the output; <paramref name="report"/> is the company report when <c>--report</c> asked for it.</summary>
    void Complete(PayrollReport? report);
}
