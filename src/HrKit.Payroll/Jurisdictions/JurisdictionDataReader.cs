using HrKit.Payroll.Localization;
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

    public List<LocalText> Errors { get; } = [];

    // Parses, reads with the pack's reader and throws once with every problem; nothing half-built escapes.
    public static T Load<T>(Stream json, string fileName, LocalText what, Func<JurisdictionDataReader, JsonElement, T> read)
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
    public static T LoadResource<T>(string resource, LocalText what, Func<JurisdictionDataReader, JsonElement, T> read)
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
                Errors.Add(new LocalText("Error.Reference.TooLarge", File, MaxFileBytes));
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
            Errors.Add(new LocalText("Error.Reference.NotJson", File, (ex.LineNumber ?? 0) + 1, ex.Message.Split('.')[0]));
            return null;
        }
        catch (ArgumentException ex)
        {
            // Invalid UTF-8 surfaces as ArgumentException from the parser.
            Errors.Add(new LocalText("Error.Reference.NotUtf8", File, ex.Message.Split('.')[0]));
            return null;
        }
    }

    public IEnumerable<(JsonElement Item, string Path)> Array(JsonElement parent, string path, string name)
    {
        if (!Field(parent, path, name, JsonValueKind.Array, new LocalText("Error.Reference.AnArray"), out var array))
        {
            yield break;
        }

        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = $"{path}.{name}[{i++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                Errors.Add(new LocalText("Error.Reference.ItemObject", File, itemPath));
                continue;
            }

            yield return (item, itemPath);
        }
    }

    public decimal Decimal(JsonElement parent, string path, string name, decimal min, decimal max, LocalText? hint = null) =>
        OptionalDecimal(parent, path, name, min, max, hint, required: true) ?? 0m;

    public decimal? OptionalDecimal(JsonElement parent, string path, string name, decimal min, decimal max, LocalText? hint = null, bool required = false)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Errors.Add(new LocalText("Error.Reference.NumberMissing", File, path, name, Format(min), Format(max)));
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number) || number < min || number > max)
        {
            Errors.Add(new LocalText("Error.Reference.Number", File, path, name, value.GetRawText(), Format(min), Format(max), (object?)hint ?? ""));
            return null;
        }

        return number;
    }

    public int Int(JsonElement parent, string path, string name, int min, int max)
    {
        var value = Decimal(parent, path, name, min, max);
        if (value != decimal.Truncate(value))
        {
            Errors.Add(new LocalText("Error.Reference.WholeNumber", File, path, name, Format(value)));
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
                Errors.Add(new LocalText("Error.Reference.DateMissing", File, path, name));
            }

            return null;
        }

        var result = value.ValueKind == JsonValueKind.String ? LocalDatePattern.Iso.Parse(value.GetString()!) : null;
        if (result is null || !result.Success)
        {
            Errors.Add(new LocalText("Error.Reference.Date", File, path, name, value.GetRawText()));
            return null;
        }

        return result.Value;
    }

    // A source object { "title", "reference", "url" }: the law or publication a value is read from.
    public LegalSource Source(JsonElement parent, string path)
    {
        if (!Field(parent, path, "source", JsonValueKind.Object, new LocalText("Error.Reference.SourceObject"), out var source))
        {
            return new LegalSource("");
        }

        string Part(string name) =>
            source.TryGetProperty(name, out var part) && part.ValueKind == JsonValueKind.String ? part.GetString()!.Trim() : "";

        var title = Part("title");
        if (title.Length == 0)
        {
            Errors.Add(new LocalText("Error.Reference.SourceTitle", File, path));
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
                Errors.Add(new LocalText("Error.Reference.Overlap", File, path, ranges[i - 1].From, ranges[i].From));
            }
        }
    }

    public void ThrowIfAny(LocalText what)
    {
        if (Errors.Count > 0)
        {
            throw new PayrollDataException(LocalText.Lines([new LocalText("Error.Reference.Errors", what, Errors.Count), .. Errors]));
        }
    }

    private bool Field(JsonElement parent, string path, string name, JsonValueKind kind, LocalText expected, out JsonElement value)
    {
        if (!parent.TryGetProperty(name, out value))
        {
            Errors.Add(new LocalText("Error.Reference.FieldMissing", File, path, name, expected));
            return false;
        }

        if (value.ValueKind != kind)
        {
            Errors.Add(new LocalText("Error.Reference.FieldKind", File, path, name, expected));
            return false;
        }

        return true;
    }

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
