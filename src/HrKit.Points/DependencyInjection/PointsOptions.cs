using HrKit.Points.Policies;
using NodaTime;

namespace HrKit.Points;

/// <summary>Settings for <c>services.AddHrKitPoints(options =&gt; …)</c> and <see cref="Engine.PointsService"/>.</summary>
public sealed class PointsOptions
{
    /// <summary>The configuration section these options are read from by <c>AddHrKit…(IConfiguration)</c>: <c>HrKit:Points</c>.</summary>
    public const string SectionName = "HrKit:Points";

    /// <summary>Policy file; <see langword="null"/> uses the built-in default policy.</summary>
    public string? PolicyPath { get; set; }

    /// <summary>Reload the policy file when it changes (only with <see cref="PolicyPath"/>).</summary>
    public bool WatchPolicyFile { get; set; } = true;

    /// <summary>Size limits the policy file must keep, at start-up and on every reload (docs/points-policy.md, "Limits").</summary>
    public PointsPolicyLimits PolicyLimits { get; set; } = PointsPolicyLimits.Default;

    /// <summary>IANA zone for local times: rule hours, daily/monthly caps, months in analytics.</summary>
    public string TimeZoneId { get; set; } = "Asia/Shanghai";

    /// <summary>How long awarded points stay spendable, at most <see cref="PointsBounds.MaxExpireAfter"/>; <see langword="null"/> = forever.</summary>
    public Duration? ExpireAfter { get; set; }

    /// <summary>Learning points in a month that earn the full learning bonus factor.</summary>
    public long LearningTargetPoints { get; set; } = 50;

    /// <summary>The learning bonus factor at or above target, e.g. 0.10 = +10 % of the performance bonus.</summary>
    public decimal MaxLearningBonusFactor { get; set; } = 0.10m;

    /// <summary>The category counted as learning.</summary>
    public string LearningCategory { get; set; } = PointsCategories.Learning;

    /// <summary>Event type analytics treat as a check-in.</summary>
    public string CheckInEventType { get; set; } = "checkIn";

    internal DateTimeZone Zone => DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZoneId ?? "")
        ?? throw new ArgumentException($"PointsOptions.TimeZoneId '{TimeZoneId}' is not an IANA time zone; use e.g. \"Asia/Shanghai\".", nameof(TimeZoneId));
}
