using HrKit.Points.Ledger;
using HrKit.Points.Policies;
using NodaTime;

namespace HrKit.Points.Engine;

/// <summary>
/// The period of a rule budget holding a local date, as instants: from the start of the local day (or the first of the
/// month) in the policy time zone to the start of the next one. Where a clock change skips midnight, the day starts at
/// the first instant that exists (NodaTime's <see cref="DateTimeZone.AtStartOfDay"/>), exactly as caps count local dates.
/// </summary>
internal static class BudgetPeriods
{
    public static PostingBudget For(RuleBudget budget, LocalDate date, DateTimeZone zone)
    {
        var first = budget.Period == CapPeriod.Day ? date : date.With(DateAdjusters.StartOfMonth);
        var next = budget.Period == CapPeriod.Day ? first.PlusDays(1) : first.PlusMonths(1);
        return new PostingBudget(zone.AtStartOfDay(first).ToInstant(), zone.AtStartOfDay(next).ToInstant(), budget.Limit);
    }
}
