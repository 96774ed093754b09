using HrKit.Migration.Localization;
using HrKit.Localization;
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
            throw Invalid(path, null, MigrationText.Of("Mapping.Unreadable", MaxMappingBytes));
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
            throw Invalid(fileName, null, MigrationText.Of("Mapping.NotJson", ex.LineNumber + 1, ex.Message));
        }

        using (doc)
        {
            var root = doc.RootElement;
            var company = Text(root, "companyId", fileName, "$") ?? throw Invalid(fileName, "$.companyId", MigrationText.Of("Mapping.CompanyRequired"));
            if (!root.TryGetProperty("sources", out var sources) || sources.ValueKind != JsonValueKind.Array || sources.GetArrayLength() == 0)
            {
                throw Invalid(fileName, "$.sources", MigrationText.Of("Mapping.SourcesRequired"));
            }

            var list = ImmutableArray.CreateBuilder<MigrationSource>();
            var i = 0;
            foreach (var s in sources.EnumerateArray())
            {
                var source = ParseSource(s, fileName, $"$.sources[{i++}]");
                if (list.Any(x => x.Kind == source.Kind))
                {
                    throw Invalid(fileName, $"$.sources[{i - 1}].kind", MigrationText.Of("Mapping.KindTwice", source.Kind));
                }

                list.Add(source);
            }

            return new MigrationMapping(company, list.ToImmutable(), baseDirectory);
        }
    }

    private static MigrationSource ParseSource(JsonElement s, string fileName, string at)
    {
        var kindText = Text(s, "kind", fileName, at) ?? throw Invalid(fileName, $"{at}.kind", MigrationText.Of("Mapping.KindRequired"));
        if (!Enum.TryParse<MigrationSourceKind>(kindText, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(kindText, out _))
        {
            throw Invalid(fileName, $"{at}.kind", MigrationText.Of("Mapping.KindUnknown", kindText));
        }

        var file = Text(s, "file", fileName, at) ?? throw Invalid(fileName, $"{at}.file", MigrationText.Of("Mapping.FileRequired"));
        if (!s.TryGetProperty("columns", out var columns) || columns.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(fileName, $"{at}.columns", MigrationText.Of("Mapping.ColumnsObject"));
        }

        var known = MigrationFields.Of(kind);
        var map = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var c in columns.EnumerateObject())
        {
            if (!known.Contains(c.Name, StringComparer.Ordinal))
            {
                throw Invalid(fileName, $"{at}.columns.{c.Name}", MigrationText.Of("Mapping.UnknownField", kind, string.Join(", ", known)));
            }

            if (c.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(c.Value.GetString()))
            {
                throw Invalid(fileName, $"{at}.columns.{c.Name}", MigrationText.Of("Mapping.ColumnText"));
            }

            map[c.Name] = c.Value.GetString()!.Trim();
        }

        var missing = MigrationFields.Required(kind).Where(f => !map.ContainsKey(f)).ToList();
        if (missing.Count > 0)
        {
            throw Invalid(fileName, $"{at}.columns", MigrationText.Of("Mapping.MissingFields", string.Join(", ", missing), kind));
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
            throw Invalid(fileName, at, MigrationText.Of("Mapping.NotObject"));
        }

        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
            ? v.GetString()!.Trim()
            : throw Invalid(fileName, $"{at}.{name}", MigrationText.Of("Mapping.NotText"));
    }

    private static MigrationException Invalid(string fileName, string? path, LocalMessage why) =>
        new(MigrationException.MappingInvalidCode, path is null ? MigrationText.Of("Mapping.Invalid", fileName, why) : MigrationText.Of("Mapping.InvalidAt", fileName, path, why),
            new HrKitErrorTarget(File: fileName, Field: path));
}
