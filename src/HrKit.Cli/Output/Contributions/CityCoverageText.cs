using System.Globalization;
using HrKit.Payroll.Jurisdictions.China;
using NodaTime;

namespace HrKit.Cli.Output.Contributions;

/// <summary>The coverage of every city (<c>--list</c>) and the cities behind a month (<c>--check</c>), as text tables.</summary>
internal static class CityCoverageText
{
    public static void WriteList(TextWriter w, ContributionTable table)
    {
        var rows = SpectreConsoles.Table(("City", false), ("First day", false), ("Last day", false), ("Schedules", true), ("Latest cycle", false),
            ("Latest confirmed", false), ("Carried forward until", false));
        foreach (var city in table.Coverage())
        {
            rows.AddTextRow(city.City, ContributionWords.Date(city.FirstDay), ContributionWords.Date(city.LastDay),
                table.SchedulesOf(city.City).Length.ToString(CultureInfo.InvariantCulture), ContributionWords.Month(city.Latest.Cycle),
                city.Latest.IsConfirmed ? "yes" : "no", city.CarryForwardUntil is { } until ? ContributionWords.Month(until) : "never (open-ended)");
        }

        SpectreConsoles.Write(w, rows);
    }

    public static void WriteCheck(TextWriter w, YearMonth month, IReadOnlyList<(CityContributionCoverage City, ContributionCoverage Coverage)> behind)
    {
        var monthText = ContributionWords.Month(month);
        if (behind.Count == 0)
        {
            w.WriteLine($"Every city has a published schedule for {monthText}.");
            return;
        }

        w.WriteLine($"Cities whose data end before {monthText}:");
        var rows = SpectreConsoles.Table(("City", false), ("Last day", false), ("Carried forward until", false), (monthText, false));
        foreach (var (city, coverage) in behind)
        {
            var after = ContributionWords.MonthsAfter(city.LastDay!.Value, month);
            rows.AddTextRow(city.City, ContributionWords.Date(city.LastDay), city.CarryForwardUntil is { } until ? ContributionWords.Month(until) : "",
                coverage == ContributionCoverage.CarriedForward
                    ? $"provisional: carried forward {after} of at most {ContributionTable.MaxCarryForwardMonths} months"
                    : $"BEYOND THE LIMIT: {after} months after its last schedule ended (at most {ContributionTable.MaxCarryForwardMonths}); add the newer cycles");
        }

        SpectreConsoles.Write(w, rows);
    }
}
