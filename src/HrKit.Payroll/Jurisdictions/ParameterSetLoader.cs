using HrKit.Payroll.Serialization;
using HrKit.Payroll.Localization;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Payroll.Jurisdictions;

/// <summary>
/// Reads a <see cref="ParameterSet"/> from JSON (docs/jurisdictions.md#parameter-files). Every problem is reported at
/// once with the file and the JSON path, e.g. <c>hk.json: $.parameters['mpf.rate'].values[0].effectiveFrom: …</c>;
/// nothing is half-loaded. Bounds: <see cref="MaxFileBytes"/> per file, JSON nested at most <see cref="MaxDepth"/> levels.
/// </summary>
public static class ParameterSetLoader
{
    /// <summary>Largest file read (1 MiB).</summary>
    public const int MaxFileBytes = 1 << 20;

    /// <summary>Deepest JSON nesting accepted; the format needs 7.</summary>
    public const int MaxDepth = 16;

    /// <summary>Reads a parameter file; <paramref name="fileName"/> names it in errors.</summary>
    /// <exception cref="PayrollDataException">The JSON is malformed, too large or too deep, or a value is missing, overlapping or out of range.</exception>
    public static ParameterSet Load(Stream json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(fileName);
        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81_920];
            int read;
            while ((read = json.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > MaxFileBytes)
                {
                    throw new PayrollDataException(new LocalText("Error.Parameters.TooLarge", fileName, MaxFileBytes));
                }

                buffer.Write(chunk, 0, read);
            }

            bytes = buffer.ToArray();
        }
        catch (IOException ex)
        {
            throw new PayrollDataException(new LocalText("Error.Parameters.Unreadable", fileName, ex.Message), ex);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            throw new PayrollDataException(new LocalText("Error.Parameters.NotJson", fileName, LocalisedJsonException.ProblemOf(ex)), ex);
        }

        using (document)
        {
            var errors = new List<LocalText>();
            var set = Read(document.RootElement, fileName, errors);
            if (errors.Count > 0 || set is null)
            {
                throw new PayrollDataException(LocalText.Lines([new LocalText("Error.Parameters.Problems", fileName, errors.Count), .. errors]));
            }

            return set;
        }
    }

    /// <summary>Reads a parameter file embedded in <paramref name="assembly"/> under <paramref name="resourceName"/>.</summary>
    /// <exception cref="PayrollDataException">The resource is missing or its content is invalid.</exception>
    public static ParameterSet LoadEmbedded(Assembly assembly, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(resourceName);
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new PayrollDataException($"Embedded resource {resourceName} is missing from {assembly.GetName().Name}; check the EmbeddedResource item and its LogicalName."); // a broken build, not user data
        return Load(stream, resourceName);
    }

    private static ParameterSet? Read(JsonElement root, string file, List<LocalText> errors)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new LocalText("Error.Parameters.Root", file));
            return null;
        }

        var jurisdiction = root.TryGetProperty("jurisdiction", out var j) && j.ValueKind == JsonValueKind.String ? j.GetString() : null;
        if (string.IsNullOrWhiteSpace(jurisdiction))
        {
            errors.Add(new LocalText("Error.Parameters.JurisdictionRequired", file));
        }

        if (!root.TryGetProperty("parameters", out var parameters) || parameters.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new LocalText("Error.Parameters.ParametersRequired", file));
            return null;
        }

        var amounts = new List<DatedSeries<decimal>>();
        var scales = new List<DatedSeries<TaxScale>>();
        foreach (var parameter in parameters.EnumerateObject())
        {
            var path = $"$.parameters['{parameter.Name}']";
            if (parameter.Value.ValueKind != JsonValueKind.Object || !parameter.Value.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array)
            {
                errors.Add(new LocalText("Error.Parameters.ValuesRequired", file, path));
                continue;
            }

            ReadSeries(parameter.Name, values, $"{path}.values", file, errors, amounts, scales);
        }

        return errors.Count > 0 ? null : Build(jurisdiction!, amounts, scales, file, errors);
    }

    private static void ReadSeries(string name, JsonElement values, string path, string file, List<LocalText> errors,
        List<DatedSeries<decimal>> amounts, List<DatedSeries<TaxScale>> scales)
    {
        var amountValues = new List<DatedValue<decimal>>();
        var scaleValues = new List<DatedValue<TaxScale>>();
        var i = 0;
        foreach (var entry in values.EnumerateArray())
        {
            var at = $"{path}[{i++}]";
            if (entry.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new LocalText("Error.Parameters.EntryObject", file, at));
                continue;
            }

            var from = Date(entry, "effectiveFrom", at, file, errors, required: true);
            var to = Date(entry, "effectiveTo", at, file, errors, required: false);
            var source = Source(entry, at, file, errors);
            if (from is { } f && to is { } t && t < f)
            {
                errors.Add(new LocalText("Error.Parameters.EffectiveTo", file, at, LocalDatePattern.Iso.Format(t), LocalDatePattern.Iso.Format(f)));
            }

            var hasValue = entry.TryGetProperty("value", out var value);
            var hasScale = entry.TryGetProperty("scale", out var scale);
            if (hasValue == hasScale)
            {
                errors.Add(new LocalText("Error.Parameters.ValueOrScale", file, at));
                continue;
            }

            if (from is null || source is null)
            {
                continue;
            }

            if (hasValue)
            {
                if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
                {
                    amountValues.Add(new DatedValue<decimal>(from.Value, to, number, source));
                }
                else
                {
                    errors.Add(new LocalText("Error.Parameters.ValueNumber", file, at));
                }
            }
            else if (ReadScale(scale, $"{at}.scale", file, errors) is { } parsed)
            {
                scaleValues.Add(new DatedValue<TaxScale>(from.Value, to, parsed, source));
            }
        }

        if (amountValues.Count > 0 && scaleValues.Count > 0)
        {
            errors.Add(new LocalText("Error.Parameters.Mixed", file, path));
            return;
        }

        if (i == 0)
        {
            errors.Add(new LocalText("Error.Parameters.Empty", file, path));
            return;
        }

        try
        {
            if (amountValues.Count > 0)
            {
                amounts.Add(new DatedSeries<decimal>(name, amountValues));
            }
            else if (scaleValues.Count > 0)
            {
                scales.Add(new DatedSeries<TaxScale>(name, scaleValues));
            }
        }
        catch (ArgumentException ex)
        {
            errors.Add(new LocalText("Error.Parameters.Invalid", file, path, ex.Message.Split(" (Parameter", 2)[0]));
        }
    }

    private static TaxScale? ReadScale(JsonElement scale, string path, string file, List<LocalText> errors)
    {
        if (scale.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new LocalText("Error.Parameters.ScaleArray", file, path));
            return null;
        }

        var bands = new List<ScaleBracket>();
        var i = 0;
        var before = errors.Count;
        foreach (var band in scale.EnumerateArray())
        {
            var at = $"{path}[{i++}]";
            if (band.ValueKind != JsonValueKind.Object
                || !band.TryGetProperty("threshold", out var threshold) || threshold.ValueKind != JsonValueKind.Number || !threshold.TryGetDecimal(out var thresholdValue)
                || !band.TryGetProperty("rate", out var rate) || rate.ValueKind != JsonValueKind.Number || !rate.TryGetDecimal(out var rateValue))
            {
                errors.Add(new LocalText("Error.Parameters.Band", file, at));
                continue;
            }

            if (rateValue is < 0m or > 1m)
            {
                errors.Add(new LocalText("Error.Parameters.Rate", file, at, rateValue.ToString(CultureInfo.InvariantCulture)));
            }

            bands.Add(new ScaleBracket(thresholdValue, rateValue));
        }

        if (errors.Count > before)
        {
            return null;
        }

        try
        {
            return new TaxScale(bands);
        }
        catch (ArgumentException ex)
        {
            errors.Add(new LocalText("Error.Parameters.ScaleInvalid", file, path, ex.Message.Split(" (Parameter", 2)[0]));
            return null;
        }
    }

    private static LocalDate? Date(JsonElement entry, string property, string at, string file, List<LocalText> errors, bool required)
    {
        if (!entry.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                errors.Add(new LocalText("Error.Parameters.DateRequired", file, at, property));
            }

            return null;
        }

        var parsed = value.ValueKind == JsonValueKind.String ? LocalDatePattern.Iso.Parse(value.GetString()!) : null;
        if (parsed is not { Success: true })
        {
            errors.Add(new LocalText("Error.Parameters.Date", file, at, property, value.GetRawText()));
            return null;
        }

        return parsed.Value;
    }

    private static LegalSource? Source(JsonElement entry, string at, string file, List<LocalText> errors)
    {
        if (!entry.TryGetProperty("source", out var source) || source.ValueKind != JsonValueKind.Object
            || !source.TryGetProperty("title", out var title) || title.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(title.GetString()))
        {
            errors.Add(new LocalText("Error.Parameters.SourceRequired", file, at));
            return null;
        }

        return new LegalSource(title.GetString()!, Text(source, "reference"), Text(source, "url"));

        static string Text(JsonElement o, string name) =>
            o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
    }

    private static ParameterSet? Build(string jurisdiction, List<DatedSeries<decimal>> amounts, List<DatedSeries<TaxScale>> scales, string file, List<LocalText> errors)
    {
        try
        {
            return new ParameterSet(jurisdiction, amounts, scales);
        }
        catch (ArgumentException ex)
        {
            errors.Add(new LocalText("Error.Parameters.SetInvalid", file, ex.Message.Split(" (Parameter", 2)[0]));
            return null;
        }
    }
}
