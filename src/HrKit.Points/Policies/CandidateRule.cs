using HrKit.Points.Engine;

namespace HrKit.Points.Policies;

/// <summary>
/// A rule as it runs for one event type: its condition with the type tests already decided (null when nothing is
/// left to test) and its points.
/// </summary>
internal readonly record struct CandidateRule(PointsRule Rule, Func<EventFacts, bool>? Condition)
{
    public bool Matches(EventFacts facts) => Condition is null || Condition(facts);
}
