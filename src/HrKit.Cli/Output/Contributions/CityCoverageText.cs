using System.Globalization;
using HrKit.Payroll.Jurisdictions.China;
using NodaTime;

namespace HrKit.Cli.Output.Contributions;

/// <summary>The coverage of every city (<c>--list</c>) and the cities behind a month (<c>--check</c>), as text tables.</summary>
internal static class CityCoverageText
{
    public static void WriteList(TextWriter w, ContributionTable table)
    {
        var rows = SpectreConsoles.Table((CliStrings.Get("Contrib.Col.City"), false), (CliStrings.Get("Contrib.Col.FirstDay"), false), (CliStrings.Get("Contrib.Col.LastDay"), false),
            (CliStrings.Get("Contrib.Col.Schedules"), true), (CliStrings.Get("Contrib.Col.LatestCycle"), false), (CliStrings.Get("Contrib.Col.LatestConfirmed"), false),
            (CliStrings.Get("Contrib.Col.CarriedUntil"), false));
        foreach (var city in table.Coverage())
        {
            rows.AddTextRow(city.City, ContributionWords.Date(city.FirstDay), ContributionWords.Date(city.LastDay),
                table.SchedulesOf(city.City).Length.ToString(CultureInfo.InvariantCulture), ContributionWords.Month(city.Latest.Cycle),
                CliStrings.Get(city.Latest.IsConfirmed ? "Words.Yes" : "Words.No"), city.CarryForwardUntil is { } until ? ContributionWords.Month(until) : CliStrings.Get("Contrib.Never"));
        }

        SpectreConsoles.Write(w, rows);
    }

    public static void WriteCheck(TextWriter w, YearMonth month, IReadOnlyList<(CityContributionCoverage City, ContributionCoverage Coverage)> behind)
    {
        var monthText = ContributionWords.Month(month);
        if (behind.Count == 0)
        {
            w.WriteLine(CliStrings.Format("Contrib.AllPublished", monthText));
            return;
        }

        w.WriteLine(CliStrings.Format("Contrib.Behind", monthText));
        var rows = SpectreConsoles.Table((CliStrings.Get("Contrib.Col.City"), false), (CliStrings.Get("Contrib.Col.LastDay"), false),
            (CliStrings.Get("Contrib.Col.CarriedUntil"), false), (monthText, false));
        foreach (var (city, coverage) in behind)
        {
            var after = ContributionWords.MonthsAfter(city.LastDay!.Value, month);
            rows.AddTextRow(city.City, ContributionWords.Date(city.LastDay), city.CarryForwardUntil is { } until ? ContributionWords.Month(until) : "",
                coverage == ContributionCoverage.CarriedForward
                    ? CliStrings.Format("Contrib.Provisional", after, ContributionTable.MaxCarryForwardMonths)
                    : CliStrings.Format("Contrib.Beyond", after, ContributionTable.MaxCarryForwardMonths));
        }

        SpectreConsoles.Write(w, rows);
    }
}
