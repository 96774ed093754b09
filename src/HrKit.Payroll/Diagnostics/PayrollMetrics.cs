using System.Diagnostics.Metrics;
using HrKit.Diagnostics;

namespace HrKit.Payroll.Diagnostics;

/// <summary>The instruments of one <c>HrKit.Payroll</c> meter: the host's (from its <see cref="IMeterFactory"/>) or the process-wide one.</summary>
internal sealed class PayrollMetrics
{
    public PayrollMetrics(IMeterFactory? factory)
    {
        var meter = PackageMeter.Create(factory, PayrollTelemetry.Name, PayrollTelemetry.Version);
        Payslips = meter.CreateCounter<long>("hrkit.payroll.payslips", "{payslip}", "Payslips calculated by bulk runs.");
        Rejected = meter.CreateCounter<long>("hrkit.payroll.rejected", "{record}", "Records a bulk run rejected with an error.");
        BatchDuration = meter.CreateHistogram<double>("hrkit.payroll.batch.duration", "s", "Time to compute one bulk batch.");
    }

    public Counter<long> Payslips { get; }

    public Counter<long> Rejected { get; }

    public Histogram<double> BatchDuration { get; }

    /// <summary>The host's meter when its container provides an <see cref="IMeterFactory"/>, else the process-wide one.</summary>
    public static PayrollMetrics For(IServiceProvider services) =>
        services.GetService(typeof(IMeterFactory)) is IMeterFactory factory ? new PayrollMetrics(factory) : PayrollTelemetry.Metrics;
}
