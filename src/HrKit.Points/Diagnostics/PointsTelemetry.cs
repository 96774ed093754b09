using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace HrKit.Points.Diagnostics;

/// <summary>Tracing and metrics, both named <c>HrKit.Points</c>; subscribe with OpenTelemetry or dotnet-counters.</summary>
public static class PointsTelemetry
{
    /// <summary>The ActivitySource and Meter name.</summary>
    public const string Name = "HrKit.Points";

    // The package version, so that a trace or a dashboard tells which release produced the data.
    private static string? Version => typeof(PointsTelemetry).Assembly.GetName().Version?.ToString();

    /// <summary>Spans for event processing.</summary>
    public static readonly ActivitySource ActivitySource = new(Name, Version);

    internal static readonly Meter Meter = new(Name, Version);

    internal static readonly Counter<long> EventsEvaluated = Meter.CreateCounter<long>("hrkit.points.events_evaluated", "{event}", "Events run through a policy.");

    internal static readonly Counter<long> EventsRejected = Meter.CreateCounter<long>("hrkit.points.events_rejected", "{event}", "Events refused as invalid or because a rule failed on them.");

    internal static readonly Counter<long> PointsAwarded = Meter.CreateCounter<long>("hrkit.points.points_awarded", "{point}", "Net points posted by policy rules.");

    internal static readonly Counter<long> Redemptions = Meter.CreateCounter<long>("hrkit.points.redemptions", "{redemption}", "Completed catalog redemptions.");
}
