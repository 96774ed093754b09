using System.Diagnostics;
using System.Diagnostics.Metrics;
using HrKit.Diagnostics;

namespace HrKit.Payroll.Diagnostics;

/// <summary>
/// The <see cref="ActivitySource"/> and <see cref="Meter"/> of HrKit.Payroll, both named <c>HrKit.Payroll</c>:
/// subscribe with OpenTelemetry's <c>AddSource("HrKit.Payroll")</c> / <c>AddMeter("HrKit.Payroll")</c>. Under
/// dependency injection the meter comes from the host's <see cref="IMeterFactory"/>.
/// </summary>
public static class PayrollTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "HrKit.Payroll";

    // The package's informational version, so that a trace or a dashboard tells which release produced the data.
    internal static readonly string? Version = PackageMeter.VersionOf(typeof(PayrollTelemetry));

    internal static readonly ActivitySource ActivitySource = new(Name, Version);

    /// <summary>The instruments of engines built without dependency injection, on one process-wide meter.</summary>
    internal static readonly PayrollMetrics Metrics = new(null);
}
