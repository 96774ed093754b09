using System.Diagnostics;
using System.Diagnostics.Metrics;
using HrKit.Diagnostics;

namespace HrKit.Points.Diagnostics;

/// <summary>
/// Tracing and metrics, both named <c>HrKit.Points</c>; subscribe with OpenTelemetry or dotnet-counters. Under
/// dependency injection the meter comes from the host's <see cref="IMeterFactory"/>.
/// </summary>
public static class PointsTelemetry
{
    /// <summary>The ActivitySource and Meter name.</summary>
    public const string Name = "HrKit.Points";

    // The package's informational version, so that a trace or a dashboard tells which release produced the data.
    internal static readonly string? Version = PackageMeter.VersionOf(typeof(PointsTelemetry));

    /// <summary>Spans for event processing.</summary>
    public static readonly ActivitySource ActivitySource = new(Name, Version);

    /// <summary>The instruments of services and stores built without dependency injection, on one process-wide meter.</summary>
    internal static readonly PointsMetrics Metrics = new(null);
}
