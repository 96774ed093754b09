using HrKit.Payroll.Localization;
using System.Text.Json;
using HrKit.Payroll.Serialization;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// Reads contribution schedules from JSON files: one city per file (docs/schemas/contribution-city.schema.json) or
/// several under <c>"cities"</c> (format: docs/payroll-contributions.md). Every problem is reported with the file, the
/// JSON path and the field, e.g. <c>hangzhou.json: $.schedules[1].items[2].employeeRate: 8 is not a rate …</c>, all
/// problems at once, and nothing is half-loaded. Bounds: <see cref="MaxFileBytes"/> per file, JSON nested at most
/// <see cref="MaxDepth"/> levels, at most <see cref="MaxFiles"/> files per folder.
/// </summary>
public static class ContributionTableLoader
{
    /// <summary>Largest file read (1 MiB); a city file is a few kilobytes.</summary>
    public const int MaxFileBytes = 1 << 20;

    /// <summary>Deepest JSON nesting accepted; the format itself needs 8.</summary>
    public const int MaxDepth = 16;

    /// <summary>Most <c>*.json</c> files read from one folder.</summary>
    public const int MaxFiles = 1_000;

    private const string ResourcePrefix = "HrKit.Payroll.Jurisdictions.China.Data.Contributions.";

    /// <summary>Parses a contribution table from UTF-8 JSON.</summary>
    /// <exception cref="PayrollDataException">The JSON is malformed, too large or too deep, or a value is missing or out of range.</exception>
    public static ContributionTable Load(Stream json) => Load(json, "(stream)");

    /// <summary>Parses a contribution table from UTF-8 JSON; <paramref name="fileName"/> names it in errors.</summary>
    /// <exception cref="PayrollDataException">The JSON is malformed, too large or too deep, or a value is missing or out of range.</exception>
    public static ContributionTable Load(Stream json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(fileName);
        var errors = new List<LocalText>();
        var cities = ContributionTableFileReader.Read(json, fileName, errors);
        return Build([(fileName, cities)], errors);
    }

    /// <summary>Reads one file.</summary>
    /// <exception cref="PayrollDataException">The file cannot be read, or its content is invalid.</exception>
    public static ContributionTable LoadFile(string path) => LoadFiles([path]);

    /// <summary>
    /// Reads a file, or every <c>*.json</c> file directly in a folder (in name order). Lay the result over the
    /// built-in table with <see cref="ContributionTable.ReplaceCities"/>.
    /// </summary>
    /// <exception cref="PayrollDataException">Nothing is at the path, a file cannot be read, or the content is invalid.</exception>
    public static ContributionTable LoadPath(string fileOrFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileOrFolder);
        if (!Directory.Exists(fileOrFolder))
        {
            return LoadFile(fileOrFolder);
        }

        var files = Directory.EnumerateFiles(fileOrFolder, "*.json", SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal).Take(MaxFiles + 1).ToList();
        if (files.Count > MaxFiles)
        {
            throw new PayrollDataException(new LocalText("Error.Contrib.TooManyFiles", fileOrFolder, MaxFiles));
        }

        if (files.Count == 0)
        {
            throw new PayrollDataException(new LocalText("Error.Contrib.NoFiles", fileOrFolder));
        }

        return LoadFiles(files);
    }

    /// <summary>
    /// Reads several files into one table. A city may appear in only one of them (two files for one city is
    /// reported, naming both); to override built-in cities use <see cref="ContributionTable.ReplaceCities"/>.
    /// </summary>
    /// <exception cref="PayrollDataException">A file cannot be read, or the content is invalid.</exception>
    public static ContributionTable LoadFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var errors = new List<LocalText>();
        var files = new List<(string, List<ContributionTableFileReader.CityEntry>)>();
        foreach (var path in paths)
        {
            var name = Path.GetFileName(path);
            try
            {
                using var stream = File.OpenRead(path);
                files.Add((name, ContributionTableFileReader.Read(stream, name, errors)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                errors.Add(new LocalText("Error.Contrib.Unreadable", path, ex.Message));
            }
        }

        return Build(files, errors);
    }

    internal static ContributionTable LoadBuiltIn()
    {
        var assembly = typeof(ContributionTableLoader).Assembly;
        var errors = new List<LocalText>();
        var files = new List<(string, List<ContributionTableFileReader.CityEntry>)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            var name = resource[ResourcePrefix.Length..];
            files.Add((name, ContributionTableFileReader.Read(stream, name, errors)));
        }

        if (files.Count == 0)
        {
            throw new InvalidOperationException($"HrKit.Payroll has no embedded contribution files ({ResourcePrefix}*.json).");
        }

        return Build(files, errors);
    }

    private static ContributionTable Build(List<(string File, List<ContributionTableFileReader.CityEntry> Cities)> files, List<LocalText> errors)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var schedules = new List<CityContributionSchedule>();
        foreach (var (file, cities) in files)
        {
            foreach (var city in cities)
            {
                if (seen.TryGetValue(city.Code, out var other))
                {
                    errors.Add(new LocalText("Error.Contrib.CityTwice", file, city.Path, city.Code, other));
                    continue;
                }

                seen[city.Code] = file;
                var ordered = city.Schedules.OrderBy(s => s.EffectiveFrom).ToList();
                if (ContributionTable.FindOverlap(ordered) is { } overlap)
                {
                    errors.Add(new LocalText("Error.Contrib.Overlap", file, city.Path, city.Code, ContributionTable.OverlapText(overlap.Earlier, overlap.Later)));
                    continue;
                }

                schedules.AddRange(ordered);
            }
        }

        if (errors.Count > 0)
        {
            throw new PayrollDataException(LocalText.Lines([new LocalText("Error.Contrib.Errors", errors.Count), .. errors]));
        }

        return new ContributionTable(schedules);
    }

    internal static RoundingRule ParseRounding(string? text, string? path, List<LocalText> errors)
    {
        switch (text?.ToLowerInvariant())
        {
            case null or "" or "fen":
                return RoundingRule.Fen;
            case "jiao":
                return RoundingRule.Jiao;
            case "yuan":
                return RoundingRule.Yuan;
            case "yuanup":
                return RoundingRule.YuanUp;
            case "none":
                return RoundingRule.None;
            default:
                var problem = new LocalText("Error.Data.Rounding", text);
                errors.Add(path is null ? problem : new LocalText("Error.Data.At", path, problem));
                return RoundingRule.Fen;
        }
    }
}
