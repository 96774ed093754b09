using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using HrKit.Payroll.Serialization;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// Reads contribution schedules from JSON (format: docs/payroll-contributions.md). Every problem is reported with
/// its JSON path, e.g. <c>cities[0].schedules[1].items[2].employeeRate</c>, and nothing is half-loaded.
/// </summary>
public static class ContributionTableLoader
{
    private const string ResourceName = "HrKit.Payroll.Jurisdictions.China.Data.china-contributions.json";

    /// <summary>Parses a contribution table from UTF-8 JSON.</summary>
    /// <exception cref="PayrollDataException">The JSON is malformed or a value is out of range.</exception>
    public static ContributionTable Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        ContributionFileDto? file;
        try
        {
            file = JsonSerializer.Deserialize(json, PayrollJsonContext.Default.ContributionFileDto);
        }
        catch (JsonException ex)
        {
            throw new PayrollDataException($"contribution table: malformed JSON at {ex.Path} (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }

        var errors = new List<string>();
        var schedules = new List<CityContributionSchedule>();
        if (file?.Cities is null)
        {
            throw new PayrollDataException("contribution table: the file needs a \"cities\" array.");
        }

        for (var c = 0; c < file.Cities.Count; c++)
        {
            var city = file.Cities[c];
            var path = $"cities[{c}]";
            if (string.IsNullOrWhiteSpace(city.City))
            {
                errors.Add($"{path}.city: a city code such as \"beijing\" is required.");
                continue;
            }

            for (var s = 0; s < (city.Schedules?.Count ?? 0); s++)
            {
                var schedule = ToSchedule(city.City.Trim().ToLowerInvariant(), city.Schedules![s], $"{path}.schedules[{s}]", errors);
                if (schedule is not null)
                {
                    schedules.Add(schedule);
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new PayrollDataException("contribution table has errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }

        try
        {
            return new ContributionTable(schedules);
        }
        catch (ArgumentException ex)
        {
            throw new PayrollDataException("contribution table: " + ex.Message, ex);
        }
    }

    internal static ContributionTable LoadBuiltIn()
    {
        using var stream = typeof(ContributionTableLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from HrKit.Payroll.");
        return Load(stream);
    }

    private static CityContributionSchedule? ToSchedule(string city, ContributionScheduleDto dto, string path, List<string> errors)
    {
        var before = errors.Count;
        var from = ParseDate(dto.EffectiveFrom, path + ".effectiveFrom", errors, required: true);
        var to = ParseDate(dto.EffectiveTo, path + ".effectiveTo", errors, required: false);
        var items = ImmutableArray.CreateBuilder<ContributionItem>();
        for (var i = 0; i < (dto.Items?.Count ?? 0); i++)
        {
            var item = dto.Items![i];
            var itemPath = $"{path}.items[{i}]";
            if (string.IsNullOrWhiteSpace(item.Code))
            {
                errors.Add($"{itemPath}.code: required (PENSION, MEDICAL, UNEMPLOYMENT, WORK_INJURY, MATERNITY).");
                continue;
            }

            CheckRate(item.EmployeeRate, itemPath + ".employeeRate", errors);
            CheckRate(item.EmployerRate, itemPath + ".employerRate", errors);
            CheckBases(item.BaseFloor, item.BaseCeiling, itemPath, errors);
            if (item.EmployeeFixed < 0)
            {
                errors.Add($"{itemPath}.employeeFixed: must not be negative.");
            }

            items.Add(new ContributionItem(item.Code, item.Name ?? item.Code, item.EmployeeRate, item.EmployerRate, item.EmployeeFixed,
                item.BaseFloor, item.BaseCeiling, ParseRounding(item.Rounding, itemPath + ".rounding", errors)));
        }

        var hf = dto.HousingFund;
        decimal minRate = 0, maxRate = 0;
        if (hf is not null)
        {
            var hfPath = path + ".housingFund";
            CheckRate(hf.DefaultRate, hfPath + ".defaultRate", errors);
            CheckBases(hf.BaseFloor, hf.BaseCeiling, hfPath, errors);
            if (hf.MinRate > hf.DefaultRate || hf.DefaultRate > hf.MaxRate)
            {
                errors.Add($"{hfPath}: defaultRate {hf.DefaultRate.ToString(CultureInfo.InvariantCulture)} must lie between minRate and maxRate.");
            }

            minRate = hf.MinRate;
            maxRate = hf.MaxRate;
            items.Add(new ContributionItem(ContributionItem.HousingFundCode, "住房公积金", hf.DefaultRate, hf.DefaultRate, 0m,
                hf.BaseFloor, hf.BaseCeiling, ParseRounding(hf.Rounding, hfPath + ".rounding", errors)));
        }

        if (errors.Count > before || from is null)
        {
            return null;
        }

        return new CityContributionSchedule(city, from.Value, to, items.ToImmutable(), minRate, maxRate, dto.Source ?? "");
    }

    private static LocalDate? ParseDate(string? text, string path, List<string> errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add($"{path}: required, as yyyy-MM-dd.");
            }

            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            errors.Add($"{path}: '{text}' is not a date in yyyy-MM-dd form.");
            return null;
        }

        return result.Value;
    }

    private static void CheckRate(decimal rate, string path, List<string> errors)
    {
        if (rate is < 0m or > 1m)
        {
            errors.Add($"{path}: {rate.ToString(CultureInfo.InvariantCulture)} is not a rate; write 8 % as 0.08.");
        }
    }

    private static void CheckBases(decimal floor, decimal ceiling, string path, List<string> errors)
    {
        if (floor < 0 || ceiling < floor)
        {
            errors.Add($"{path}: baseFloor {floor.ToString(CultureInfo.InvariantCulture)} and baseCeiling {ceiling.ToString(CultureInfo.InvariantCulture)} must satisfy 0 <= floor <= ceiling.");
        }
    }

    internal static RoundingRule ParseRounding(string? text, string path, List<string> errors)
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
                errors.Add($"{path}: '{text}' is not a rounding rule; use fen, jiao, yuan, yuanUp or none.");
                return RoundingRule.Fen;
        }
    }
}
