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
                    throw new PayrollDataException($"{fileName}: larger than {MaxFileBytes} bytes; a parameter file is a few kilobytes.");
                }

                buffer.Write(chunk, 0, read);
            }

            bytes = buffer.ToArray();
        }
        catch (IOException ex)
        {
            throw new PayrollDataException($"{fileName}: cannot be read ({ex.Message}).", ex);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            throw new PayrollDataException($"{fileName}: not valid JSON ({ex.Message}).", ex);
        }

        using (document)
        {
            var errors = new List<string>();
            var set = Read(document.RootElement, fileName, errors);
            if (errors.Count > 0 || set is null)
            {
                throw new PayrollDataException($"{fileName}: {errors.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
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
            ?? throw new PayrollDataException($"Embedded resource {resourceName} is missing from {assembly.GetName().Name}; check the EmbeddedResource item and its LogicalName.");
        return Load(stream, resourceName);
    }

    private static ParameterSet? Read(JsonElement root, string file, List<string> errors)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{file}: $: must be an object with \"jurisdiction\" and \"parameters\".");
            return null;
        }

        var jurisdiction = root.TryGetProperty("jurisdiction", out var j) && j.ValueKind == JsonValueKind.String ? j.GetString() : null;
        if (string.IsNullOrWhiteSpace(jurisdiction))
        {
            errors.Add($"{file}: $.jurisdiction: required, a code such as \"HK\".");
        }

        if (!root.TryGetProperty("parameters", out var parameters) || parameters.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{file}: $.parameters: required, an object of parameter name to {{\"values\": [...]}}.");
            return null;
        }

        var amounts = new List<DatedSeries<decimal>>();
        var scales = new List<DatedSeries<TaxScale>>();
        foreach (var parameter in parameters.EnumerateObject())
        {
            var path = $"$.parameters['{parameter.Name}']";
            if (parameter.Value.ValueKind != JsonValueKind.Object || !parameter.Value.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array)
            {
                errors.Add($"{file}: {path}.values: required, an array of dated values.");
                continue;
            }

            ReadSeries(parameter.Name, values, $"{path}.values", file, errors, amounts, scales);
        }

        return errors.Count > 0 ? null : Build(jurisdiction!, amounts, scales, file, errors);
    }

    private static void ReadSeries(string name, JsonElement values, string path, string file, List<string> errors,
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
                errors.Add($"{file}: {at}: must be an object with effectiveFrom, value or scale, and source.");
                continue;
            }

            var from = Date(entry, "effectiveFrom", at, file, errors, required: true);
            var to = Date(entry, "effectiveTo", at, file, errors, required: false);
            var source = Source(entry, at, file, errors);
            if (from is { } f && to is { } t && t < f)
            {
                errors.Add($"{file}: {at}.effectiveTo: {LocalDatePattern.Iso.Format(t)} is before effectiveFrom {LocalDatePattern.Iso.Format(f)}.");
            }

            var hasValue = entry.TryGetProperty("value", out var value);
            var hasScale = entry.TryGetProperty("scale", out var scale);
            if (hasValue == hasScale)
            {
                errors.Add($"{file}: {at}: give exactly one of \"value\" (a number) or \"scale\" (an array of bands).");
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
                    errors.Add($"{file}: {at}.value: must be a number.");
                }
            }
            else if (ReadScale(scale, $"{at}.scale", file, errors) is { } parsed)
            {
                scaleValues.Add(new DatedValue<TaxScale>(from.Value, to, parsed, source));
            }
        }

        if (amountValues.Count > 0 && scaleValues.Count > 0)
        {
            errors.Add($"{file}: {path}: mixes values and scales; a parameter is either an amount or a scale.");
            return;
        }

        if (i == 0)
        {
            errors.Add($"{file}: {path}: empty; give at least one dated value.");
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
            errors.Add($"{file}: {path}: {ex.Message.Split(" (Parameter", 2)[0]}");
        }
    }

    private static TaxScale? ReadScale(JsonElement scale, string path, string file, List<string> errors)
    {
        if (scale.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"{file}: {path}: must be an array of {{\"threshold\": number, \"rate\": number}}.");
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
                errors.Add($"{file}: {at}: must be {{\"threshold\": number, \"rate\": number}}.");
                continue;
            }

            if (rateValue is < 0m or > 1m)
            {
                errors.Add($"{file}: {at}.rate: {rateValue.ToString(CultureInfo.InvariantCulture)} is not a rate between 0 and 1 (write 17 % as 0.17).");
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
            errors.Add($"{file}: {path}: {ex.Message.Split(" (Parameter", 2)[0]}");
            return null;
        }
    }

    private static LocalDate? Date(JsonElement entry, string property, string at, string file, List<string> errors, bool required)
    {
        if (!entry.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                errors.Add($"{file}: {at}.{property}: required, an ISO date such as \"2024-04-01\".");
            }

            return null;
        }

        var parsed = value.ValueKind == JsonValueKind.String ? LocalDatePattern.Iso.Parse(value.GetString()!) : null;
        if (parsed is not { Success: true })
        {
            errors.Add($"{file}: {at}.{property}: {value.GetRawText()} is not an ISO date such as \"2024-04-01\".");
            return null;
        }

        return parsed.Value;
    }

    private static LegalSource? Source(JsonElement entry, string at, string file, List<string> errors)
    {
        if (!entry.TryGetProperty("source", out var source) || source.ValueKind != JsonValueKind.Object
            || !source.TryGetProperty("title", out var title) || title.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(title.GetString()))
        {
            errors.Add($"{file}: {at}.source: required, {{\"title\": \"the legal text\", \"reference\": \"section\", \"url\": \"...\"}}; every value names the law that sets it.");
            return null;
        }

        return new LegalSource(title.GetString()!, Text(source, "reference"), Text(source, "url"));

        static string Text(JsonElement o, string name) =>
            o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
    }

    private static ParameterSet? Build(string jurisdiction, List<DatedSeries<decimal>> amounts, List<DatedSeries<TaxScale>> scales, string file, List<string> errors)
    {
        try
        {
            return new ParameterSet(jurisdiction, amounts, scales);
        }
        catch (ArgumentException ex)
        {
            errors.Add($"{file}: $.parameters: {ex.Message.Split(" (Parameter", 2)[0]}");
            return null;
        }
    }
}
