namespace HrKit.Points.Policies;

/// <summary>At most <paramref name="Limit"/> points per employee from one rule in each <paramref name="Period"/>.</summary>
/// <param name="Period">The window.</param>
/// <param name="Limit">Points allowed in one window.</param>
public sealed record RuleCap(CapPeriod Period, long Limit);
