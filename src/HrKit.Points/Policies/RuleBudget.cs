namespace HrKit.Points.Policies;

/// <summary>
/// At most <paramref name="Limit"/> points from one rule across all employees of a tenant in each
/// <paramref name="Period"/> (<c>Properties.dailyBudget</c> / <c>monthlyBudget</c>); an award that would cross it is cut
/// to what is left, down to 0.
/// </summary>
/// <param name="Period">The window, a local day or month in the policy time zone.</param>
/// <param name="Limit">Points the rule may award in one window, 1 to <see cref="PointsBounds.MaxBalance"/>.</param>
public sealed record RuleBudget(CapPeriod Period, long Limit);
