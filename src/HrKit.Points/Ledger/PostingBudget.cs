using NodaTime;

namespace HrKit.Points.Ledger;

/// <summary>
/// The budget of a request's rule (<see cref="PostingRequest.RuleName"/>) for the period holding the event: across all
/// employees of the tenant, postings of that rule in [<paramref name="PeriodStart"/>, <paramref name="PeriodEnd"/>)
/// may award at most <paramref name="Limit"/> points. <see cref="Engine.PointsService"/> sets it from the rule's
/// <c>Properties.dailyBudget</c> or <c>monthlyBudget</c>, with the period's local day or month in the policy time zone.
/// </summary>
/// <param name="PeriodStart">First instant of the period, inclusive; the event occurred at or after it.</param>
/// <param name="PeriodEnd">End of the period, exclusive; the event occurred before it.</param>
/// <param name="Limit">Points the rule may award in the period, 1 to <see cref="PointsBounds.MaxBalance"/>.</param>
public readonly record struct PostingBudget(Instant PeriodStart, Instant PeriodEnd, long Limit);
