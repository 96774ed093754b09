using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

// Turns the wire shape into validated parameters, collecting every problem with its JSON path.
internal sealed class UkParametersReader(string fileName)
{
    private static readonly Dictionary<string, TaxRegion> RegionNames = new(StringComparer.Ordinal)
    {
        ["restOfUk"] = TaxRegion.RestOfUk,
        ["scotland"] = TaxRegion.Scotland,
        ["wales"] = TaxRegion.Wales,
    };

    private static readonly Dictionary<string, SecondaryThreshold> ThresholdNames = new(StringComparer.Ordinal)
    {
        ["none"] = SecondaryThreshold.None,
        ["st"] = SecondaryThreshold.St,
        ["fust"] = SecondaryThreshold.Fust,
        ["izust"] = SecondaryThreshold.Izust,
        ["ust"] = SecondaryThreshold.Ust,
        ["aust"] = SecondaryThreshold.Aust,
        ["vust"] = SecondaryThreshold.Vust,
    };

    private readonly List<string> _errors = [];

    public IReadOnlyList<string> Errors => _errors;

    public List<UkTaxYearParameters> Read(UkParametersFileDto file)
    {
        var years = new List<UkTaxYearParameters>();
        if (file.TaxYears is not { Count: > 0 })
        {
            Error("$.taxYears", "at least one tax year is required.");
            return years;
        }

        for (var i = 0; i < file.TaxYears.Count; i++)
        {
            if (ReadYear(file.TaxYears[i], $"$.taxYears[{i}]") is { } year)
            {
                years.Add(year);
            }
        }

        years.Sort((a, b) => a.EffectiveFrom.CompareTo(b.EffectiveFrom));
        for (var i = 1; i < years.Count; i++)
        {
            if (years[i].EffectiveFrom <= years[i - 1].EffectiveTo)
            {
                Error("$.taxYears", $"tax years {years[i - 1].TaxYear} and {years[i].TaxYear} overlap; each day belongs to one tax year.");
            }
        }

        return years;
    }

    private UkTaxYearParameters? ReadYear(UkTaxYearDto? dto, string path)
    {
        if (dto is null)
        {
            Error(path, "a tax year object is required.");
            return null;
        }

        var name = Required(dto.TaxYear, $"{path}.taxYear");
        var from = Date(dto.EffectiveFrom, $"{path}.effectiveFrom");
        var to = Date(dto.EffectiveTo, $"{path}.effectiveTo");
        if (from is { } f && to is { } t && t < f)
        {
            Error($"{path}.effectiveTo", $"{t:yyyy-MM-dd} is before effectiveFrom {f:yyyy-MM-dd}.");
        }

        var incomeTax = ReadIncomeTax(dto.IncomeTax, $"{path}.incomeTax");
        var ni = ReadNationalInsurance(dto.NationalInsurance, $"{path}.nationalInsurance");
        return name is null || from is null || to is null || incomeTax is null || ni is null
            ? null
            : new UkTaxYearParameters(name, from.Value, to.Value, incomeTax, ni);
    }

    private IncomeTaxParameters? ReadIncomeTax(UkIncomeTaxDto? dto, string path)
    {
        if (dto is null)
        {
            Error(path, "the income tax section is required.");
            return null;
        }

        var source = Source(dto.Source, $"{path}.source");
        var limit = Rate(dto.RegulatoryLimitRate, $"{path}.regulatoryLimitRate");
        var limitSource = Source(dto.RegulatoryLimitSource, $"{path}.regulatoryLimitSource");
        var regions = ImmutableDictionary.CreateBuilder<TaxRegion, IncomeTaxRegionBands>();
        foreach (var (key, region) in dto.Regions ?? [])
        {
            var regionPath = $"{path}.regions.{key}";
            if (!RegionNames.TryGetValue(key, out var taxRegion))
            {
                Error(regionPath, $"unknown region; use {string.Join(", ", RegionNames.Keys)}.");
                continue;
            }

            if (ReadRegion(region, taxRegion, regionPath) is { } bands)
            {
                regions[taxRegion] = bands;
            }
        }

        foreach (var (key, region) in RegionNames)
        {
            if (!(dto.Regions?.ContainsKey(key) ?? false))
            {
                Error($"{path}.regions.{key}", $"bands for {region} are required.");
            }
        }

        return source is null || limit is null || limitSource is null ? null
            : new IncomeTaxParameters(source, limit.Value, limitSource, regions.ToImmutable());
    }

    private IncomeTaxRegionBands? ReadRegion(UkRegionDto? dto, TaxRegion region, string path)
    {
        if (dto?.Bands is not { Count: > 0 } list)
        {
            Error($"{path}.bands", "at least one band is required.");
            return null;
        }

        var bands = ImmutableArray.CreateBuilder<IncomeTaxBand>(list.Count);
        decimal previous = 0;
        for (var i = 0; i < list.Count; i++)
        {
            var bandPath = $"{path}.bands[{i}]";
            var band = list[i];
            var last = i == list.Count - 1;
            var name = Required(band?.Name, $"{bandPath}.name") ?? "?";
            var rate = Rate(band?.Rate, $"{bandPath}.rate") ?? 0m;
            if (last && band?.UpTo is not null)
            {
                Error($"{bandPath}.upTo", "the last band has no upper limit; remove upTo.");
            }
            else if (!last && band?.UpTo is not { } upTo)
            {
                Error($"{bandPath}.upTo", "required for every band but the last.");
            }
            else if (!last && (band!.UpTo <= previous || band.UpTo > PayrollLimits.MaxAmount || band.UpTo != decimal.Truncate(band.UpTo!.Value)))
            {
                Error($"{bandPath}.upTo", $"{band.UpTo} must be whole pounds, above the previous band's limit ({previous}) and at most {PayrollLimits.MaxAmount}.");
            }

            previous = band?.UpTo ?? previous;
            bands.Add(new IncomeTaxBand(name, last ? null : band?.UpTo, rate));
        }

        if (dto.BasicRateBand is not { } basic || basic < 0 || basic >= list.Count)
        {
            Error($"{path}.basicRateBand", $"the index of the basic rate band (0 to {list.Count - 1}) is required.");
            return null;
        }

        return new IncomeTaxRegionBands(region, bands.MoveToImmutable(), basic);
    }

    private NationalInsuranceParameters? ReadNationalInsurance(UkNationalInsuranceDto? dto, string path)
    {
        if (dto is null)
        {
            Error(path, "the National Insurance section is required.");
            return null;
        }

        var source = Source(dto.Source, $"{path}.source");
        var employerRate = Rate(dto.EmployerRate, $"{path}.employerRate");
        var weekly = Thresholds(dto.Weekly, $"{path}.weekly");
        var monthly = Thresholds(dto.Monthly, $"{path}.monthly");
        var categories = ImmutableDictionary.CreateBuilder<char, NationalInsuranceCategory>();
        if (dto.Categories is not { Count: > 0 })
        {
            Error($"{path}.categories", "at least one category letter is required.");
        }

        foreach (var (key, category) in dto.Categories ?? [])
        {
            var categoryPath = $"{path}.categories.{key}";
            if (key.Length != 1 || !char.IsAsciiLetterUpper(key[0]))
            {
                Error(categoryPath, "a category is one upper-case letter, e.g. A.");
                continue;
            }

            var main = Rate(category?.EmployeeMainRate, $"{categoryPath}.employeeMainRate");
            var additional = Rate(category?.EmployeeAdditionalRate, $"{categoryPath}.employeeAdditionalRate");
            var from = Required(category?.EmployerFrom, $"{categoryPath}.employerFrom");
            SecondaryThreshold threshold = default;
            if (from is not null && !ThresholdNames.TryGetValue(from, out threshold))
            {
                Error($"{categoryPath}.employerFrom", $"'{from}' is not a threshold; use {string.Join(", ", ThresholdNames.Keys)}.");
                continue;
            }

            if (main is not null && additional is not null && from is not null)
            {
                categories[key[0]] = new NationalInsuranceCategory(key[0], category!.Description ?? "", main.Value, additional.Value, threshold);
            }
        }

        return source is null || employerRate is null || weekly is null || monthly is null ? null
            : new NationalInsuranceParameters(source, employerRate.Value, weekly, monthly, categories.ToImmutable());
    }

    private NationalInsuranceThresholds? Thresholds(UkThresholdsDto? dto, string path)
    {
        if (dto is null)
        {
            Error(path, "thresholds (lel, pt, st, fust, izust, ust, aust, vust, uel) are required.");
            return null;
        }

        var values = new[]
        {
            Amount(dto.Lel, $"{path}.lel"), Amount(dto.Pt, $"{path}.pt"), Amount(dto.St, $"{path}.st"),
            Amount(dto.Fust, $"{path}.fust"), Amount(dto.Izust, $"{path}.izust"), Amount(dto.Ust, $"{path}.ust"),
            Amount(dto.Aust, $"{path}.aust"), Amount(dto.Vust, $"{path}.vust"), Amount(dto.Uel, $"{path}.uel"),
        };
        if (values.Any(v => v is null))
        {
            return null;
        }

        if (dto.Pt < dto.Lel || dto.Uel < dto.Pt)
        {
            Error(path, $"expected lel ≤ pt ≤ uel, found lel {dto.Lel}, pt {dto.Pt}, uel {dto.Uel}.");
            return null;
        }

        return new NationalInsuranceThresholds(
            values[0]!.Value, values[1]!.Value, values[2]!.Value, values[3]!.Value, values[4]!.Value,
            values[5]!.Value, values[6]!.Value, values[7]!.Value, values[8]!.Value);
    }

    private ParameterSource? Source(UkSourceDto? dto, string path)
    {
        var title = Required(dto?.Title, $"{path}.title");
        var url = Required(dto?.Url, $"{path}.url");
        return title is null || url is null ? null : new ParameterSource(title, url);
    }

    private string? Required(string? value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Error(path, "required.");
            return null;
        }

        return value;
    }

    private decimal? Rate(decimal? value, string path)
    {
        if (value is not { } rate || rate < 0 || rate > 1)
        {
            Error(path, value is null ? "a rate between 0 and 1 is required." : $"{value} is not a rate; write 8 % as 0.08.");
            return null;
        }

        return rate;
    }

    private decimal? Amount(decimal? value, string path)
    {
        if (value is not { } amount || amount < 0 || amount > PayrollLimits.MaxAmount)
        {
            Error(path, value is null ? "an amount in pounds is required." : $"{value} is outside 0 to {PayrollLimits.MaxAmount}.");
            return null;
        }

        return amount;
    }

    private LocalDate? Date(string? value, string path)
    {
        if (value is null)
        {
            Error(path, "a date (yyyy-MM-dd) is required.");
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(value);
        if (!result.Success)
        {
            Error(path, $"'{value}' is not a date (yyyy-MM-dd).");
            return null;
        }

        return result.Value;
    }

    private void Error(string path, string problem) =>
        _errors.Add(string.Create(CultureInfo.InvariantCulture, $"{fileName}: {path}: {problem}"));
}
