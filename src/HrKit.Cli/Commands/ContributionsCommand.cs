using System.CommandLine;
using HrKit.Cli.CommandLine;
using HrKit.Cli.Files;
using HrKit.Cli.Output;
using HrKit.Cli.Output.Contributions;
using HrKit.Payroll.Jurisdictions.China;
using NodaTime;

namespace HrKit.Cli.Commands;

/// <summary>
/// <c>hrkit payroll contributions</c>: what the contribution table applies to a city in a month (<c>--city</c>),
/// which cities' data end before a month (<c>--check</c>), or every city's coverage (<c>--list</c>, the default).
/// The table is the built-in one with <c>--contributions</c> laid over it, the same as <c>payroll run</c> uses.
/// </summary>
internal static class ContributionsCommand
{
    /// <summary>The current month is taken where the built-in cities are: a month starts at midnight in China.</summary>
    public static readonly DateTimeZone PayrollZone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];


    private sealed record Settings(string? City, YearMonth Month, string? Contributions, bool Json);

    public static Command Create(CliConsole console, IClock clock)
    {
        var city = new Option<string>("--city") { Description = CliStrings.Get("Help.Contrib.City"), HelpName = "CITY" };
        var month = CliOptions.Month("--month", CliStrings.Get("Help.Contrib.Month"), required: false);
        var contributions = CliOptions.Contributions();
        var format = CliOptions.Format("table", "json");
        var check = new Option<bool>("--check") { Description = CliStrings.Get("Help.Contrib.Check") };
        var list = new Option<bool>("--list") { Description = CliStrings.Get("Help.Contrib.List") };
        var command = new Command("contributions", CliStrings.Get("Help.Contrib"))
        {
            city, month, contributions, format, check, list,
        };
        command.Validators.Add(result =>
        {
            var modes = new[] { result.GetResult(city) is not null, result.GetValue(check), result.GetValue(list) }.Count(m => m);
            if (modes > 1)
            {
                result.AddError(CliStrings.Get("Usage.Contrib.OneMode"));
            }
            else if (result.GetValue(list) && result.GetResult(month) is not null)
            {
                result.AddError(CliStrings.Get("Usage.Contrib.ListMonth"));
            }
        });
        command.SetAction(async parse =>
        {
            var settings = new Settings(
                parse.GetValue(city),
                parse.GetResult(month) is null ? clock.GetCurrentInstant().InZone(PayrollZone).Date.ToYearMonth() : parse.GetValue(month),
                parse.GetValue(contributions),
                parse.GetRequiredValue(format) == "json");
            var table = ContributionFiles.Load(settings.Contributions);
            return settings.City is not null ? await LookupAsync(console, table, settings).ConfigureAwait(false)
                : parse.GetValue(check) ? await CheckAsync(console, table, settings).ConfigureAwait(false)
                : List(console, table, settings);
        });
        return command;
    }

    private static async Task<int> LookupAsync(CliConsole console, ContributionTable table, Settings settings)
    {
        var lookup = table.Lookup(settings.City!, settings.Month);
        if (settings.Json)
        {
            CliJson.Write(console.Out, ContributionLookupJson.From(lookup), CliJsonContext.Default.ContributionLookupJson);
        }
        else if (lookup.HasSchedule)
        {
            ContributionLookupText.Write(console.Out, lookup);
        }

        switch (lookup.Coverage)
        {
            case ContributionCoverage.Published:
                return CliApp.Ok;
            case ContributionCoverage.CarriedForward:
                await console.Error.WriteLineAsync(CliStrings.Format("Contrib.Warning.Provisional", lookup.Message)).ConfigureAwait(false);
                return CliApp.Ok;
            default:
                await console.Error.WriteLineAsync(CliStrings.Format("Cli.ErrorLine",
                    CliStrings.Format("Contrib.Error.Lookup", ContributionWords.Describe(lookup.Coverage), lookup.Message, CliStrings.Get("Contrib.Fix")))).ConfigureAwait(false);
                return CliApp.InvalidInput;
        }
    }

    private static async Task<int> CheckAsync(CliConsole console, ContributionTable table, Settings settings)
    {
        var behind = table.CitiesEndingBefore(settings.Month).Select(c => (City: c, table.Lookup(c.City, settings.Month).Coverage)).ToList();
        var beyond = behind.Where(b => b.Coverage == ContributionCoverage.BeyondCarryForwardLimit).Select(b => b.City.City).ToList();
        if (settings.Json)
        {
            CliJson.Write(console.Out, new CoverageReportJson(ContributionWords.Month(settings.Month), ContributionTable.MaxCarryForwardMonths, beyond.Count,
                [.. behind.Select(b => CityCoverageJson.From(b.City, table.SchedulesOf(b.City.City).Length, settings.Month, b.Coverage))]),
                CliJsonContext.Default.CoverageReportJson);
        }
        else
        {
            CityCoverageText.WriteCheck(console.Out, settings.Month, behind);
        }

        var month = ContributionWords.Month(settings.Month);
        if (beyond.Count > 0)
        {
            await console.Error.WriteLineAsync(CliStrings.Format("Cli.ErrorLine", CliStrings.Format("Contrib.Error.Beyond",
                beyond.Count, behind.Count, month, ContributionTable.MaxCarryForwardMonths, string.Join(", ", beyond), CliStrings.Get("Contrib.Fix")))).ConfigureAwait(false);
            return CliApp.InvalidInput;
        }

        if (behind.Count > 0)
        {
            await console.Error.WriteLineAsync(CliStrings.Format("Contrib.Warning.Behind", behind.Count, month)).ConfigureAwait(false);
        }

        return CliApp.Ok;
    }

    private static int List(CliConsole console, ContributionTable table, Settings settings)
    {
        if (settings.Json)
        {
            CliJson.Write(console.Out, new CoverageReportJson(null, ContributionTable.MaxCarryForwardMonths, null,
                [.. table.Coverage().Select(c => CityCoverageJson.From(c, table.SchedulesOf(c.City).Length))]), CliJsonContext.Default.CoverageReportJson);
        }
        else
        {
            CityCoverageText.WriteList(console.Out, table);
        }

        return CliApp.Ok;
    }
}
