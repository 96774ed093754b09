using HrKit.Payroll.Jurisdictions.China;
using NodaTime;

namespace HrKit.Cli.Output.Contributions;

/// <summary>
/// How far a city's data reach, in <c>payroll contributions --list | --check --format json</c>. With <c>--check</c>,
/// <see cref="Coverage"/> (<c>carriedForward</c> or <c>beyondCarryForwardLimit</c>) and <see cref="MonthsAfterLastDay"/> say what the month is.
/// </summary>
internal sealed record CityCoverageJson(
    string City, string FirstDay, string? LastDay, int Schedules, string LatestCycle, bool LatestConfirmed, string? CarryForwardUntil,
    string? Coverage = null, int? MonthsAfterLastDay = null)
{
    public static CityCoverageJson From(CityContributionCoverage c, int schedules) => new(
        c.City, ContributionWords.Date(c.FirstDay), c.LastDay is { } last ? ContributionWords.Date(last) : null, schedules,
        ContributionWords.Month(c.Latest.Cycle), c.Latest.IsConfirmed, c.CarryForwardUntil is { } until ? ContributionWords.Month(until) : null);

    public static CityCoverageJson From(CityContributionCoverage c, int schedules, YearMonth month, ContributionCoverage coverage) =>
        From(c, schedules) with
        {
            Coverage = ContributionWords.Camel(coverage),
            MonthsAfterLastDay = c.LastDay is { } last ? ContributionWords.MonthsAfter(last, month) : null,
        };
}
