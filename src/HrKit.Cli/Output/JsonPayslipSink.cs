using System.Text;
using System.Text.Json;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;
using HrKit.Payroll.Reports;
using HrKit.Payroll.Serialization;

namespace HrKit.Cli.Output;

/// <summary>
/// One JSON document <c>{"payslips": [...], "errors": [...]}</c>, one payslip a line. Payslips are written as they come;
/// rejections, which belong after them, are spooled to a temporary file rather than kept in memory.
/// </summary>
internal sealed class JsonPayslipSink : IPayslipSink, IDisposable
{
    private readonly TextWriter _writer;
    private readonly FileStream _spool;
    private readonly StreamWriter _errors;
    private readonly PayrollLocalizer _texts = PayrollLocalizer.Current;
    private bool _anyPayslip;
    private bool _anyError;

    public JsonPayslipSink(TextWriter writer)
    {
        _writer = writer;
        _spool = new FileStream(Path.Combine(Path.GetTempPath(), $"hrkit-errors-{Guid.NewGuid():N}.tmp"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        _errors = new StreamWriter(_spool, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        _writer.Write("{\n\"payslips\": [");
    }

    public void Write(Payslip payslip)
    {
        _writer.Write(_anyPayslip ? ",\n  " : "\n  ");
        _writer.Write(PayrollJson.Serialize(_texts.Localize(payslip)));
        _anyPayslip = true;
    }

    public void Reject(PayrollRejection rejection)
    {
        _errors.Write(_anyError ? ",\n  " : "\n  ");
        _errors.Write(JsonSerializer.Serialize(RejectionJson.From(rejection), CliJsonContext.Default.RejectionJson));
        _anyError = true;
    }

    public void Complete(PayrollReport? report)
    {
        _writer.Write(_anyPayslip ? "\n],\n\"errors\": [" : "],\n\"errors\": [");
        _errors.Flush();
        _spool.Position = 0;
        using (var reader = new StreamReader(_spool, Encoding.UTF8, false, 1 << 16, leaveOpen: true))
        {
            var buffer = new char[1 << 14];
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                _writer.Write(buffer, 0, read);
            }
        }

        _writer.WriteLine(_anyError ? "\n]\n}" : "]\n}");
        _writer.Flush();
    }

    public void Dispose()
    {
        _errors.Dispose();
        _spool.Dispose();
    }
}
