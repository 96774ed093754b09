using HrKit.Points.Policies;

namespace HrKit.Points.Engine;

/// <summary>A rule that matched an event, with the points it computed before caps.</summary>
internal readonly record struct RuleHit(PointsRule Rule, long Points);
