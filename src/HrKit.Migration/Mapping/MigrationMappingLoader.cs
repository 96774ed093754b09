using System.Collections.Immutable;
using System.Text.Json;

namespace HrKit.Migration.Mapping;

/// <summary>
/// Reads a mapping file (JSON, docs/migration.md#mapping) and checks it before any export is read: known kinds and
/// fields, every required field mapped, one file per kind.
/// </summary>
public static class MigrationMappingLoader
{
    /// <summary>The largest mapping file read.</summary>
    public const int MaxMappingBytes = 1024 * 1024;

    /// <summary>Loads and checks the mapping file at <paramref name="path"/>.</summary>
    /// <exception cref="MigrationException">The file is missing, too large, not JSON, or names unknown kinds or fields, or leaves a required field unmapped (<see cref="MigrationException.MappingInvalidCode"/>; the message names the file and the JSON path).</exception>
    public static async Task<MigrationMapping> LoadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (!File.Exists(full) || new FileInfo(full).Length > MaxMappingBytes)
        {
            throw Invalid(path, null, $"the file does not exist or is larger than {MaxMappingBytes} bytes.");
        }

        var json = await File.ReadAllTextAsync(full, cancellationToken).ConfigureAwait(false);
        return Parse(json, path, Path.GetDirectoryName(full)!);
    }

    /// <summary>Parses and checks mapping JSON; relative file names resolve against <paramref name="baseDirectory"/>.</summary>
    /// <exception cref="MigrationException">As <see cref="LoadFileAsync"/>.</exception>
    public static MigrationMapping Parse(string json, string fileName, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw Invalid(fileName, null, $"it is not valid JSON (line {ex.LineNumber + 1}): {ex.Message}");
        }

        using (doc)
        {
            var root = doc.RootElement;
            var company = Text(root, "companyId", fileName, "$") ?? throw Invalid(fileName, "$.companyId", "is required: the company the payroll rows go to.");
            if (!root.TryGetProperty("sources", out var sources) || sources.ValueKind != JsonValueKind.Array || sources.GetArrayLength() == 0)
            {
                throw Invalid(fileName, "$.sources", "must be a non-empty array of export files.");
            }

            var list = ImmutableArray.CreateBuilder<MigrationSource>();
            var i = 0;
            foreach (var s in sources.EnumerateArray())
            {
                var source = ParseSource(s, fileName, $"$.sources[{i++}]");
                if (list.Any(x => x.Kind == source.Kind))
                {
                    throw Invalid(fileName, $"$.sources[{i - 1}].kind", $"'{source.Kind}' appears twice: one file per kind.");
                }

                list.Add(source);
            }

            return new MigrationMapping(company, list.ToImmutable(), baseDirectory);
        }
    }

    private static MigrationSource ParseSource(JsonElement s, string fileName, string at)
    {
        var kindText = Text(s, "kind", fileName, at) ?? throw Invalid(fileName, $"{at}.kind", "is required: roster, openingYearToDate, payslips or pointsBalances.");
        if (!Enum.TryParse<MigrationSourceKind>(kindText, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(kindText, out _))
        {
            throw Invalid(fileName, $"{at}.kind", $"'{kindText}' is not one of roster, openingYearToDate, payslips, pointsBalances.");
        }

        var file = Text(s, "file", fileName, at) ?? throw Invalid(fileName, $"{at}.file", "is required: the export file, relative to the mapping file.");
        if (!s.TryGetProperty("columns", out var columns) || columns.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(fileName, $"{at}.columns", "must be an object mapping HrKit field names to the export's headers.");
        }

        var known = MigrationFields.Of(kind);
        var map = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var c in columns.EnumerateObject())
        {
            if (!known.Contains(c.Name, StringComparer.Ordinal))
            {
                throw Invalid(fileName, $"{at}.columns.{c.Name}", $"is not a field of {kind}; known fields: {string.Join(", ", known)}.");
            }

            if (c.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(c.Value.GetString()))
            {
                throw Invalid(fileName, $"{at}.columns.{c.Name}", "must be the header text of the export's column.");
            }

            map[c.Name] = c.Value.GetString()!.Trim();
        }

        var missing = MigrationFields.Required(kind).Where(f => !map.ContainsKey(f)).ToList();
        if (missing.Count > 0)
        {
            throw Invalid(fileName, $"{at}.columns", $"must map {string.Join(", ", missing)} (required for {kind}).");
        }

        return new MigrationSource(kind, file, map.ToImmutable(),
            Text(s, "dateFormat", fileName, at) ?? "yyyy-MM-dd",
            Text(s, "monthFormat", fileName, at) ?? "yyyy-MM",
            Text(s, "delimiter", fileName, at) ?? ",");
    }

    private static string? Text(JsonElement e, string name, string fileName, string at)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(fileName, at, "must be a JSON object.");
        }

        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
            ? v.GetString()!.Trim()
            : throw Invalid(fileName, $"{at}.{name}", "must be a non-empty string.");
    }

    private static MigrationException Invalid(string fileName, string? path, string why) =>
        new(MigrationException.MappingInvalidCode, $"Mapping file '{fileName}'{(path is null ? "" : $", {path}")}: {why}",
            new HrKitErrorTarget(File: fileName, Field: path));
}
