using HrKit.Json;
using HrKit.Payroll.Localization;
using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using HrKit.Payroll.Serialization;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Payroll.Jurisdictions.China;

// Reads one contribution file into schedules, adding every problem to the error list as "file: $.path.field: what
// is wrong and how to fix it". Never throws for bad content; the loader throws once with all problems.
internal static partial class ContributionTableFileReader
{
    internal sealed record CityEntry(string Code, string Path, List<CityContributionSchedule> Schedules);

    // No statutory social insurance or housing fund rate reaches 50 %; a larger number is a percentage typed as such.
    internal const decimal MaxRate = 0.5m;

    // Above any city's ceiling (the highest are near 45 000 a month); bounds the arithmetic on bases.
    internal const decimal MaxBase = 1_000_000m;

    internal const decimal MaxFixed = 1_000m;

    internal static readonly FrozenSet<string> ItemCodes = FrozenSet.Create(StringComparer.Ordinal,
        "PENSION", "MEDICAL", "SERIOUS_ILLNESS", "MATERNITY", "UNEMPLOYMENT", "WORK_INJURY");

    private static readonly JsonSerializerOptions Options = new(PayrollJsonContext.Default.Options) { MaxDepth = ContributionTableLoader.MaxDepth };

    private static readonly JsonTypeInfo<ContributionFileDto> FileInfo = (JsonTypeInfo<ContributionFileDto>)Options.GetTypeInfo(typeof(ContributionFileDto));

    private static readonly JsonTypeInfo<ContributionSourceDto> SourceInfo = (JsonTypeInfo<ContributionSourceDto>)Options.GetTypeInfo(typeof(ContributionSourceDto));

    [GeneratedRegex("^[a-z][a-z0-9_-]{1,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex CityCodePattern();

    [GeneratedRegex("The JSON property '(?<name>[^']*)' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex UnmappedPattern();

    public static List<CityEntry> Read(Stream stream, string file, List<LocalText> errors)
    {
        var bytes = ReadBounded(stream, file, errors);
        if (bytes is null)
        {
            return [];
        }

        // One pass of the reader first: it bounds the nesting of the whole document (the serializer would only see
        // depth where it descends) and reports malformed JSON with its line.
        if (!IsWellFormed(bytes, file, errors))
        {
            return [];
        }

        ContributionFileDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(bytes, FileInfo);
        }
        catch (JsonException ex)
        {
            errors.Add(new LocalText("Error.Contrib.JsonAt", file, ex.Path ?? "$", (ex.LineNumber ?? 0) + 1, Describe(ex)));
            return [];
        }

        if (dto is null)
        {
            errors.Add(new LocalText("Error.Contrib.EmptyFile", file));
            return [];
        }

        var result = new List<CityEntry>();
        if (dto.Cities is not null)
        {
            if (dto.City is not null || dto.Schedules is not null)
            {
                errors.Add(new LocalText("Error.Contrib.CityOrCities", file));
                return [];
            }

            for (var c = 0; c < dto.Cities.Count; c++)
            {
                var city = dto.Cities[c];
                if (city is null)
                {
                    errors.Add(new LocalText("Error.Contrib.CityObject", file, c));
                    continue;
                }

                AddCity(result, file, $"$.cities[{c}]", city.City, city.Schedules, errors, fileNameMustMatch: false);
            }
        }
        else
        {
            AddCity(result, file, "$", dto.City, dto.Schedules, errors, fileNameMustMatch: true);
        }

        return result;
    }

    private static bool IsWellFormed(byte[] bytes, string file, List<LocalText> errors)
    {
        // The reader checks the JSON but not the bytes inside strings: those only fail when a string is read, as an
        // InvalidOperationException, so invalid UTF-8 is refused here with its line.
        if (FirstInvalidUtf8(bytes) is var invalid and >= 0)
        {
            var line = bytes.AsSpan(0, invalid).Count((byte)'\n') + 1;
            errors.Add(new LocalText("Error.Contrib.Utf8", file, line, invalid));
            return false;
        }

        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            MaxDepth = ContributionTableLoader.MaxDepth,
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException ex)
        {
            errors.Add(new LocalText("Error.Contrib.JsonLine", file, (ex.LineNumber ?? 0) + 1, Describe(ex)));
            return false;
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        for (var offset = 0; offset < bytes.Length;)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    private static byte[]? ReadBounded(Stream stream, string file, List<LocalText> errors)
    {
        var tooLarge = new LocalText("Error.Contrib.TooLarge", file, ContributionTableLoader.MaxFileBytes);
        if (stream.CanSeek && stream.Length - stream.Position > ContributionTableLoader.MaxFileBytes)
        {
            errors.Add(tooLarge);
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > ContributionTableLoader.MaxFileBytes)
            {
                errors.Add(tooLarge);
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static LocalText Describe(JsonException ex)
    {
        if (ex is LocalisedJsonException own)
        {
            return own.Text;
        }

        var message = ex.Message;
        if (UnmappedPattern().Match(message) is { Success: true } unmapped)
        {
            return new LocalText("Error.Contrib.UnknownField", unmapped.Groups["name"].Value);
        }

        if (JsonMaxDepth.WasExceeded(ex))
        {
            return new LocalText("Error.Contrib.TooDeep", ContributionTableLoader.MaxDepth);
        }

        if (message.Contains("could not be converted to", StringComparison.Ordinal))
        {
            return new LocalText("Error.Contrib.WrongType");
        }

        // The reader's own message (e.g. "'}' is invalid after a value") without its position suffix, already given.
        foreach (var suffix in (ReadOnlySpan<string>)[" Path:", " LineNumber:"])
        {
            if (message.IndexOf(suffix, StringComparison.Ordinal) is var cut and > 0)
            {
                message = message[..cut];
            }
        }

        return new LocalText("Error.Contrib.MalformedJson", message.TrimEnd(' ', '|', '.'));
    }

    private static void AddCity(List<CityEntry> result, string file, string path, string? cityCode, List<ContributionScheduleDto>? schedules,
        List<LocalText> errors, bool fileNameMustMatch)
    {
        var code = cityCode?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(code))
        {
            errors.Add(new LocalText("Error.Contrib.CityRequired", file, path));
            return;
        }

        if (!CityCodePattern().IsMatch(code))
        {
            errors.Add(new LocalText("Error.Contrib.CityCode", file, path, cityCode));
            return;
        }

        var stem = Path.GetFileNameWithoutExtension(file);
        if (fileNameMustMatch && file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !string.Equals(stem, code, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new LocalText("Error.Contrib.CityFileName", file, path, code, file, code));
            return;
        }

        if (schedules is null || schedules.Count == 0)
        {
            errors.Add(new LocalText("Error.Contrib.SchedulesRequired", file, path));
            return;
        }

        var list = new List<CityContributionSchedule>();
        for (var s = 0; s < schedules.Count; s++)
        {
            if (ToSchedule(code, schedules[s], file, $"{path}.schedules[{s}]", errors) is { } schedule)
            {
                list.Add(schedule);
            }
        }

        result.Add(new CityEntry(code, path, list));
    }

    private static CityContributionSchedule? ToSchedule(string city, ContributionScheduleDto? dto, string file, string path, List<LocalText> errors)
    {
        if (dto is null)
        {
            errors.Add(new LocalText("Error.Contrib.ScheduleObject", file, path));
            return null;
        }

        var before = errors.Count;
        var from = ParseDate(dto.EffectiveFrom, file, path + ".effectiveFrom", errors, required: true);
        var to = ParseDate(dto.EffectiveTo, file, path + ".effectiveTo", errors, required: false);
        if (from is { } f && to is { } t && t < f)
        {
            errors.Add(new LocalText("Error.Contrib.EffectiveTo", file, path, t, f));
        }

        var source = ParseScheduleSource(dto.Source, file, path + ".source", errors);
        var items = ImmutableArray.CreateBuilder<ContributionItem>();
        if (dto.Items is null || dto.Items.Count == 0)
        {
            errors.Add(new LocalText("Error.Contrib.ItemsRequired", file, path));
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (dto.Items?.Count ?? 0); i++)
        {
            if (ToItem(dto.Items![i], source, file, $"{path}.items[{i}]", codes, errors) is { } item)
            {
                items.Add(item);
            }
        }

        decimal minRate = 0, maxRate = 0;
        if (dto.HousingFund is { } hf && ToHousingFund(hf, source, file, path + ".housingFund", errors) is { } fund)
        {
            (minRate, maxRate) = (hf.MinRate!.Value, hf.MaxRate!.Value);
            items.Add(fund);
        }

        if (errors.Count > before || from is null)
        {
            return null;
        }

        return new CityContributionSchedule(city, from.Value, to, items.ToImmutable(), minRate, maxRate, source.ToString())
        {
            Provenance = source,
            Origin = file,
        };
    }

    private static ContributionItem? ToItem(ContributionItemDto? item, ContributionSource inherited, string file, string path, HashSet<string> codes, List<LocalText> errors)
    {
        if (item is null)
        {
            errors.Add(new LocalText("Error.Contrib.ItemObject", file, path));
            return null;
        }

        var before = errors.Count;
        var code = item.Code?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            errors.Add(new LocalText("Error.Contrib.ItemCodeRequired", file, path, string.Join(", ", ItemCodes.Order(StringComparer.Ordinal))));
        }
        else if (code == ContributionItem.HousingFundCode)
        {
            errors.Add(new LocalText("Error.Contrib.HousingFundItem", file, path));
        }
        else if (!ItemCodes.Contains(code))
        {
            errors.Add(new LocalText("Error.Contrib.UnknownItem", file, path, code, string.Join(", ", ItemCodes.Order(StringComparer.Ordinal))));
        }
        else if (!codes.Add(code))
        {
            errors.Add(new LocalText("Error.Contrib.ItemTwice", file, path, code));
        }

        var employeeRate = Rate(item.EmployeeRate, file, path + ".employeeRate", errors);
        var employerRate = Rate(item.EmployerRate, file, path + ".employerRate", errors);
        var (floor, ceiling) = Bases(item.BaseFloor, item.BaseCeiling, file, path, errors);
        var employeeFixed = item.EmployeeFixed ?? 0m;
        if (employeeFixed is < 0 or > MaxFixed)
        {
            errors.Add(new LocalText("Error.Contrib.EmployeeFixed", file, path, Text(employeeFixed), Text(MaxFixed)));
        }

        var rounding = ContributionTableLoader.ParseRounding(item.Rounding, $"{file}: {path}.rounding", errors);
        var source = ParseItemSource(item.Source, inherited, file, path + ".source", errors);
        if (errors.Count > before)
        {
            return null;
        }

        return new ContributionItem(code!, item.Name ?? code!, employeeRate, employerRate, employeeFixed, floor, ceiling, rounding) { Provenance = source };
    }

    private static ContributionItem? ToHousingFund(HousingFundDto hf, ContributionSource inherited, string file, string path, List<LocalText> errors)
    {
        var before = errors.Count;
        var defaultRate = Rate(hf.DefaultRate, file, path + ".defaultRate", errors);
        var minRate = Rate(hf.MinRate, file, path + ".minRate", errors);
        var maxRate = Rate(hf.MaxRate, file, path + ".maxRate", errors);
        if (errors.Count == before && (minRate > defaultRate || defaultRate > maxRate))
        {
            errors.Add(new LocalText("Error.Contrib.DefaultRate", file, path, Text(defaultRate), Text(minRate), Text(maxRate)));
        }

        var (floor, ceiling) = Bases(hf.BaseFloor, hf.BaseCeiling, file, path, errors);
        var rounding = ContributionTableLoader.ParseRounding(hf.Rounding, $"{file}: {path}.rounding", errors);
        var source = ParseItemSource(hf.Source, inherited, file, path + ".source", errors);
        if (errors.Count > before)
        {
            return null;
        }

        return new ContributionItem(ContributionItem.HousingFundCode, "住房公积金", defaultRate, defaultRate, 0m, floor, ceiling, rounding) { Provenance = source };
    }

    private static decimal Rate(decimal? rate, string file, string path, List<LocalText> errors)
    {
        switch (rate)
        {
            case null:
                errors.Add(new LocalText("Error.Contrib.RateRequired", file, path));
                return 0;
            case < 0m or > MaxRate:
                errors.Add(new LocalText("Error.Contrib.Rate", file, path, Text(rate.Value), Text(MaxRate)));
                return 0;
            default:
                return rate.Value;
        }
    }

    private static (decimal Floor, decimal Ceiling) Bases(decimal? floor, decimal? ceiling, string file, string path, List<LocalText> errors)
    {
        var before = errors.Count;
        if (floor is null)
        {
            errors.Add(new LocalText("Error.Contrib.FloorRequired", file, path));
        }

        if (ceiling is null)
        {
            errors.Add(new LocalText("Error.Contrib.CeilingRequired", file, path));
        }

        if (errors.Count > before)
        {
            return (0, 0);
        }

        if (floor!.Value < 0 || ceiling!.Value > MaxBase)
        {
            errors.Add(new LocalText("Error.Contrib.Bases", file, path, Text(MaxBase), Text(floor.Value), Text(ceiling!.Value)));
        }
        else if (floor.Value > ceiling.Value)
        {
            errors.Add(new LocalText("Error.Contrib.FloorAboveCeiling", file, path, Text(floor.Value), Text(ceiling.Value)));
        }

        return (floor.Value, ceiling.Value);
    }

    private static LocalDate? ParseDate(string? text, string file, string path, List<LocalText> errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(new LocalText("Error.Contrib.DateRequired", file, path));
            }

            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            errors.Add(new LocalText("Error.Contrib.Date", file, path, text));
            return null;
        }

        return result.Value;
    }

    private static ContributionSource ParseScheduleSource(JsonElement? element, string file, string path, List<LocalText> errors)
    {
        switch (element?.ValueKind)
        {
            case null or JsonValueKind.Null or JsonValueKind.Undefined:
                errors.Add(new LocalText("Error.Contrib.SourceRequired", file, path));
                return ContributionSource.Unknown;
            case JsonValueKind.String:
                // The older one-line form: a title with no confidence mark, so it counts as unconfirmed.
                var text = element.Value.GetString()!;
                return new ContributionSource(text, "", "", ContributionConfidence.Unconfirmed, "one-line source without a confidence mark");
            case JsonValueKind.Object:
                ContributionSourceDto? dto;
                try
                {
                    dto = element.Value.Deserialize(SourceInfo);
                }
                catch (JsonException ex)
                {
                    errors.Add(new LocalText("Error.Contrib.SourceJson", file, path, ex.Path?.TrimStart('$'), Describe(ex)));
                    return ContributionSource.Unknown;
                }

                return ToSource(dto!, file, path, errors);
            default:
                errors.Add(new LocalText("Error.Contrib.SourceShape", file, path));
                return ContributionSource.Unknown;
        }
    }

    private static ContributionSource ParseItemSource(ContributionSourceDto? dto, ContributionSource inherited, string file, string path, List<LocalText> errors) =>
        dto is null ? inherited : ToSource(dto, file, path, errors);

    private static ContributionSource ToSource(ContributionSourceDto dto, string file, string path, List<LocalText> errors)
    {
        if (string.IsNullOrWhiteSpace(dto.Notice) && string.IsNullOrWhiteSpace(dto.Url))
        {
            errors.Add(new LocalText("Error.Contrib.NoticeRequired", file, path));
        }

        var confidence = dto.Confidence?.Trim().ToLowerInvariant() switch
        {
            null or "" or "unconfirmed" => ContributionConfidence.Unconfirmed,
            "confirmed" => ContributionConfidence.Confirmed,
            _ => Invalid(),
        };
        if (confidence == ContributionConfidence.Confirmed && string.IsNullOrWhiteSpace(dto.Url))
        {
            errors.Add(new LocalText("Error.Contrib.UrlRequired", file, path));
        }

        return new ContributionSource(dto.Notice?.Trim() ?? "", dto.Issuer?.Trim() ?? "", dto.Url?.Trim() ?? "", confidence, dto.Note?.Trim() ?? "");

        ContributionConfidence Invalid()
        {
            errors.Add(new LocalText("Error.Contrib.Confidence", file, path, dto.Confidence));
            return ContributionConfidence.Unconfirmed;
        }
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
