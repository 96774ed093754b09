using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Payroll.Jurisdictions;

// Reads a pack's parameter file (a small JSON document) field by field, adding every problem to one list as
// "file: $.path.field: what is wrong and how to fix it", so a loader reports all problems at once and builds nothing
// half-way. Never throws for bad content.
internal sealed class JurisdictionDataReader(string file)
{
    internal const int MaxFileBytes = 1 << 20;

    internal const int MaxDepth = 16;

    public List<string> Errors { get; } = [];

    // Parses, reads with the pack's reader and throws once with every problem; nothing half-built escapes.
    public static T Load<T>(Stream json, string fileName, string what, Func<JurisdictionDataReader, JsonElement, T> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(fileName);
        var reader = new JurisdictionDataReader(fileName);
        using var document = reader.Parse(json);
        var result = document is null ? null : read(reader, document.RootElement);
        reader.ThrowIfAny(what);
        return result!;
    }

    // The pack's embedded file, named "HrKit.Payroll.Jurisdictions.<Pack>.Data.<file>".
    public static T LoadResource<T>(string resource, string what, Func<JurisdictionDataReader, JsonElement, T> read)
        where T : class
    {
        using var stream = typeof(JurisdictionDataReader).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"HrKit.Payroll has no embedded resource {resource}.");
        return Load(stream, resource[(resource.IndexOf(".Data.", StringComparison.Ordinal) + 6)..], what, read);
    }

    public string File { get; } = file;

    public JsonDocument? Parse(Stream stream)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxFileBytes)
            {
                Errors.Add($"{File}: larger than {MaxFileBytes} bytes; a parameter file is a few kilobytes.");
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            Errors.Add($"{File}: line {(ex.LineNumber ?? 0) + 1}: not valid JSON ({ex.Message.Split('.')[0]}).");
            return null;
        }
        catch (ArgumentException ex)
        {
            // Invalid UTF-8 surfaces as ArgumentException from the parser.
            Errors.Add($"{File}: not valid UTF-8 JSON ({ex.Message.Split('.')[0]}); save the file as UTF-8.");
            return null;
        }
    }

    public IEnumerable<(JsonElement Item, string Path)> Array(JsonElement parent, string path, string name)
    {
        if (!Field(parent, path, name, JsonValueKind.Array, "an array", out var array))
        {
            yield break;
        }

        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = $"{path}.{name}[{i++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                Errors.Add($"{File}: {itemPath}: must be an object.");
                continue;
            }

            yield return (item, itemPath);
        }
    }

    public decimal Decimal(JsonElement parent, string path, string name, decimal min, decimal max, string hint = "") =>
        OptionalDecimal(parent, path, name, min, max, hint, required: true) ?? 0m;

    public decimal? OptionalDecimal(JsonElement parent, string path, string name, decimal min, decimal max, string hint = "", bool required = false)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Errors.Add($"{File}: {path}.{name}: missing; give a number between {Format(min)} and {Format(max)}.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number) || number < min || number > max)
        {
            Errors.Add($"{File}: {path}.{name}: {value.GetRawText()} is not a number between {Format(min)} and {Format(max)}{hint}.");
            return null;
        }

        return number;
    }

    public int Int(JsonElement parent, string path, string name, int min, int max)
    {
        var value = Decimal(parent, path, name, min, max);
        if (value != decimal.Truncate(value))
        {
            Errors.Add($"{File}: {path}.{name}: {Format(value)} must be a whole number.");
        }

        return (int)decimal.Truncate(value);
    }

    public LocalDate Date(JsonElement parent, string path, string name) => OptionalDate(parent, path, name, required: true) ?? default;

    public LocalDate? OptionalDate(JsonElement parent, string path, string name, bool required = false)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Errors.Add($"{File}: {path}.{name}: missing; give a date as \"yyyy-MM-dd\".");
            }

            return null;
        }

        var result = value.ValueKind == JsonValueKind.String ? LocalDatePattern.Iso.Parse(value.GetString()!) : null;
        if (result is null || !result.Success)
        {
            Errors.Add($"{File}: {path}.{name}: {value.GetRawText()} is not a date; write it as \"yyyy-MM-dd\".");
            return null;
        }

        return result.Value;
    }

    // A source object { "title", "reference", "url" }: the law or publication a value is read from.
    public LegalSource Source(JsonElement parent, string path)
    {
        if (!Field(parent, path, "source", JsonValueKind.Object, "an object with \"title\", \"reference\" and \"url\"", out var source))
        {
            return new LegalSource("");
        }

        string Part(string name) =>
            source.TryGetProperty(name, out var part) && part.ValueKind == JsonValueKind.String ? part.GetString()!.Trim() : "";

        var title = Part("title");
        if (title.Length == 0)
        {
            Errors.Add($"{File}: {path}.source.title: missing; name the law or publication the figures are read from.");
        }

        return new LegalSource(title, Part("reference"), Part("url"));
    }

    // Dated figures, oldest first, must not overlap: the earlier needs an end date before the later starts.
    public void CheckNoOverlap(string path, List<(LocalDate From, LocalDate? To)> ranges)
    {
        ranges.Sort((a, b) => a.From.CompareTo(b.From));
        for (var i = 1; i < ranges.Count; i++)
        {
            if (ranges[i - 1].To is not { } end || end >= ranges[i].From)
            {
                Errors.Add($"{File}: {path}: the figures from {ranges[i - 1].From:yyyy-MM-dd} overlap those from {ranges[i].From:yyyy-MM-dd}; give the earlier an effectiveTo before the later starts.");
            }
        }
    }

    public void ThrowIfAny(string what)
    {
        if (Errors.Count > 0)
        {
            throw new PayrollDataException($"{what} has {Errors.Count} error(s):" + Environment.NewLine + string.Join(Environment.NewLine, Errors));
        }
    }

    private bool Field(JsonElement parent, string path, string name, JsonValueKind kind, string expected, out JsonElement value)
    {
        if (!parent.TryGetProperty(name, out value))
        {
            Errors.Add($"{File}: {path}.{name}: missing; give {expected}.");
            return false;
        }

        if (value.ValueKind != kind)
        {
            Errors.Add($"{File}: {path}.{name}: must be {expected}.");
            return false;
        }

        return true;
    }

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
