using System.Diagnostics.Metrics;
using HrKit.Diagnostics;

namespace HrKit.Points.Diagnostics;

/// <summary>The instruments of one <c>HrKit.Points</c> meter: the host's (from its <see cref="IMeterFactory"/>) or the process-wide one.</summary>
internal sealed class PointsMetrics
{
    public PointsMetrics(IMeterFactory? factory)
    {
        var meter = PackageMeter.Create(factory, PointsTelemetry.Name, PointsTelemetry.Version);
        EventsEvaluated = meter.CreateCounter<long>("hrkit.points.events_evaluated", "{event}", "Events run through a policy.");
        EventsRejected = meter.CreateCounter<long>("hrkit.points.events_rejected", "{event}", "Events refused as invalid or because a rule failed on them.");
        PointsAwarded = meter.CreateCounter<long>("hrkit.points.points_awarded", "{point}", "Net points posted by policy rules.");
        Redemptions = meter.CreateCounter<long>("hrkit.points.redemptions", "{redemption}", "Completed catalog redemptions.");
    }

    public Counter<long> EventsEvaluated { get; }

    public Counter<long> EventsRejected { get; }

    public Counter<long> PointsAwarded { get; }

    public Counter<long> Redemptions { get; }

    /// <summary>The host's meter when its container provides an <see cref="IMeterFactory"/>, else the process-wide one.</summary>
    public static PointsMetrics For(IServiceProvider services) =>
        services.GetService(typeof(IMeterFactory)) is IMeterFactory factory ? new PointsMetrics(factory) : PointsTelemetry.Metrics;
}
