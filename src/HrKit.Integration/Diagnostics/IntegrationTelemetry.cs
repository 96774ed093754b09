using System.Diagnostics;
using System.Diagnostics.Metrics;
using HrKit.Diagnostics;

namespace HrKit.Integration;

/// <summary>
/// The activity source and meter, both named <c>HrKit.Integration</c>, for hosts to subscribe to. Under dependency
/// injection the meter comes from the host's <see cref="IMeterFactory"/>.
/// </summary>
public static class IntegrationTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "HrKit.Integration";

    // The package's informational version, so that a trace or a dashboard tells which release produced the data.
    internal static readonly string? Version = PackageMeter.VersionOf(typeof(IntegrationTelemetry));

    internal static readonly ActivitySource Source = new(Name, Version);

    /// <summary>The instruments of classes built without dependency injection, on one process-wide meter.</summary>
    internal static readonly IntegrationMetrics Metrics = new(null);
}
