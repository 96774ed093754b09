using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;
using HrKit.Payroll.Reports;
using HrKit.Payroll.Serialization;

namespace HrKit.Cli.Output;

/// <summary>JSON Lines: one payslip object a line, in the documented payslip format (line names and explanations in the run's language); rejections go to stderr only.</summary>
internal sealed class JsonLinesPayslipSink(TextWriter writer) : IPayslipSink
{
    private readonly PayrollLocalizer _texts = PayrollLocalizer.Current;

    public void Write(Payslip payslip) => writer.WriteLine(PayrollJson.Serialize(_texts.Localize(payslip)));

    public void Reject(PayrollRejection rejection)
    {
    }

    public void Complete(PayrollReport? report) => writer.Flush();
}
