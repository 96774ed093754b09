using HrKit.Payroll.Jurisdictions.China;

namespace HrKit.Cli.Output.Contributions;

/// <summary>
/// <c>payroll contributions --city X --month M --format json</c>: what applies, or why nothing does (then
/// <see cref="Schedule"/> is absent). <see cref="MonthsCarriedForward"/> and <see cref="UnpublishedCycle"/> are set
/// only when the schedule is carried forward.
/// </summary>
internal sealed record ContributionLookupJson(
    string City, string Month, string Coverage, string Message, string? UnpublishedCycle, int? MonthsCarriedForward, int MaxCarryForwardMonths,
    ContributionScheduleJson? Schedule)
{
    public static ContributionLookupJson From(ContributionLookup l) => new(
        l.City, ContributionWords.Month(l.Month), ContributionWords.Camel(l.Coverage), l.Message,
        l.CarryForward is { } c ? ContributionWords.Month(c.UnpublishedCycle) : null, l.CarryForward?.MonthsCarriedForward,
        ContributionTable.MaxCarryForwardMonths, l.Schedule is { } s ? ContributionScheduleJson.From(s) : null);
}
