using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace HrKit.Payroll.Diagnostics;

/// <summary>
/// The <see cref="ActivitySource"/> and <see cref="Meter"/> of HrKit.Payroll, both named <c>HrKit.Payroll</c>:
/// subscribe with OpenTelemetry's <c>AddSource("HrKit.Payroll")</c> / <c>AddMeter("HrKit.Payroll")</c>.
/// </summary>
public static class PayrollTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "HrKit.Payroll";

    // The package version, so that a trace or a dashboard tells which release produced the data.
    private static string? Version => typeof(PayrollTelemetry).Assembly.GetName().Version?.ToString();

    internal static readonly ActivitySource ActivitySource = new(Name, Version);

    internal static readonly Meter Meter = new(Name, Version);

    internal static readonly Counter<long> Payslips = Meter.CreateCounter<long>("hrkit.payroll.payslips", "{payslip}", "Payslips calculated by bulk runs.");

    internal static readonly Counter<long> Rejected = Meter.CreateCounter<long>("hrkit.payroll.rejected", "{record}", "Records a bulk run rejected with an error.");

    internal static readonly Histogram<double> BatchDuration = Meter.CreateHistogram<double>("hrkit.payroll.batch.duration", "s", "Time to compute one bulk batch.");
}
