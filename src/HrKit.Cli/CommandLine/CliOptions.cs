using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Cli.CommandLine;

/// <summary>
/// Builders for options with a checked value: a bad value is a usage error (exit 2) naming the option and showing a
/// valid example, found while parsing, before anything runs.
/// </summary>
internal static class CliOptions
{
    public static Option<string> File(string name, string description, bool required = false) => new(name)
    {
        Description = description,
        Required = required,
        HelpName = "FILE",
    };

    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = CliStrings.Format("Help.Format", string.Join(", ", formats)),
            HelpName = string.Join('|', formats),
            DefaultValueFactory = _ => formats[0],
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!formats.Contains(value, StringComparer.Ordinal))
            {
                result.AddError(CliStrings.Format("Usage.FormatNotSupported", value, Words.OneOf(formats)));
            }
        });
        return option;
    }

    /// <summary>
    /// <c>--contributions PATH</c>: a city file or a folder of them; each city in it replaces the built-in city as a
    /// whole (read by <see cref="Files.ContributionFiles.Load"/>).
    /// </summary>
    public static Option<string> Contributions() => new("--contributions")
    {
        Description = CliStrings.Get("Help.Contributions"),
        HelpName = "FILE|FOLDER",
    };

    /// <summary>
    /// <c>--max-error-rate</c>: the share of rejected records that still lets the command succeed; <paramref name="what"/>
    /// names what is counted, in the run's language (input records, events).
    /// </summary>
    public static Option<decimal> MaxErrorRate(string what) => new("--max-error-rate")
    {
        Description = CliStrings.Format("Help.MaxErrorRate", what),
        HelpName = "RATE",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var rate) && rate is >= 0m and <= 1m)
            {
                return rate;
            }

            result.AddError(CliStrings.Format("Usage.MaxErrorRate", text));
            return 0m;
        },
    };

    public static Option<YearMonth> Month(string name, string description, bool required = true) => new(name)
    {
        Description = description,
        Required = required,
        HelpName = "YYYY-MM",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            var parsed = YearMonthPattern.Iso.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            result.AddError(CliStrings.Format("Usage.Month", name, text));
            return default;
        },
    };

    public static Option<IReadOnlyList<LocalDate>> Dates(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "D,D",
        DefaultValueFactory = _ => [],
        CustomParser = result =>
        {
            var dates = new List<LocalDate>();
            foreach (var text in string.Join(',', result.Tokens.Select(t => t.Value)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parsed = LocalDatePattern.Iso.Parse(text);
                if (!parsed.Success)
                {
                    result.AddError(CliStrings.Format("Usage.Date", name, text));
                    return [];
                }

                dates.Add(parsed.Value);
            }

            return dates;
        },
    };

    public static Option<DateTimeZone> TimeZone(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "ZONE",
        DefaultValueFactory = _ => DateTimeZoneProviders.Tzdb["Asia/Shanghai"],
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(text) is { } zone)
            {
                return zone;
            }

            result.AddError(CliStrings.Format("Usage.TimeZone", name, text));
            return DateTimeZone.Utc;
        },
    };
}
