using System.Globalization;
using System.Text.Json;
using HrKit.Payroll.Jurisdictions.China;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Cli.Output.Contributions;

/// <summary>How contribution figures are written in tables and JSON: invariant culture, ISO dates, camelCase names as in the city files.</summary>
internal static class ContributionWords
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>A rate as a percentage without trailing zeros: 0.08 → 8%, 0.005 → 0.5%.</summary>
    public static string Percent(decimal rate) => (rate * 100m).ToString("0.####", Inv) + "%";

    public static string Money(decimal amount) => amount.ToString("N2", Inv);

    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Date(LocalDate? date) => date is { } d ? Date(d) : CliStrings.Get("Contrib.OpenEnded");

    public static string Month(YearMonth month) => YearMonthPattern.Iso.Format(month);

    /// <summary>An enum value as the city files and the JSON output write it: <c>yuanUp</c>, <c>carriedForward</c>.</summary>
    public static string Camel<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>The coverage for people: <c>carried forward (provisional)</c>.</summary>
    public static string Describe(ContributionCoverage coverage) => coverage switch
    {
        ContributionCoverage.Published => CliStrings.Get("Contrib.Published"),
        ContributionCoverage.CarriedForward => CliStrings.Get("Contrib.CarriedForward"),
        ContributionCoverage.UnknownCity => CliStrings.Get("Contrib.UnknownCity"),
        ContributionCoverage.NotCovered => CliStrings.Get("Contrib.NotCovered"),
        ContributionCoverage.BeyondCarryForwardLimit => CliStrings.Get("Contrib.BeyondLimit"),
        _ => coverage.ToString(),
    };

    /// <summary>Whole months from the month of <paramref name="lastDay"/> to <paramref name="month"/> (1 for the next month).</summary>
    public static int MonthsAfter(LocalDate lastDay, YearMonth month) => ((month.Year - lastDay.Year) * 12) + month.Month - lastDay.Month;
}
