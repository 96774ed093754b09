using HrKit.Payroll.Localization;
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

    private readonly List<LocalText> _errors = [];

    public IReadOnlyList<LocalText> Errors => _errors;

    public List<UkTaxYearParameters> Read(UkParametersFileDto file)
    {
        var years = new List<UkTaxYearParameters>();
        if (file.TaxYears is not { Count: > 0 })
        {
            Error("$.taxYears", new LocalText("Error.GB.Data.TaxYearsRequired"));
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
                Error("$.taxYears", new LocalText("Error.GB.Data.TaxYearsOverlap", years[i - 1].TaxYear, years[i].TaxYear));
            }
        }

        return years;
    }

    private UkTaxYearParameters? ReadYear(UkTaxYearDto? dto, string path)
    {
        if (dto is null)
        {
            Error(path, new LocalText("Error.GB.Data.TaxYearRequired"));
            return null;
        }

        var name = Required(dto.TaxYear, $"{path}.taxYear");
        var from = Date(dto.EffectiveFrom, $"{path}.effectiveFrom");
        var to = Date(dto.EffectiveTo, $"{path}.effectiveTo");
        if (from is { } f && to is { } t && t < f)
        {
            Error($"{path}.effectiveTo", new LocalText("Error.GB.Data.EffectiveTo", t, f));
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
            Error(path, new LocalText("Error.GB.Data.IncomeTaxRequired"));
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
                Error(regionPath, new LocalText("Error.GB.Data.UnknownRegion", string.Join(", ", RegionNames.Keys)));
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
                Error($"{path}.regions.{key}", new LocalText("Error.GB.Data.RegionBandsRequired", region));
            }
        }

        return source is null || limit is null || limitSource is null ? null
            : new IncomeTaxParameters(source, limit.Value, limitSource, regions.ToImmutable());
    }

    private IncomeTaxRegionBands? ReadRegion(UkRegionDto? dto, TaxRegion region, string path)
    {
        if (dto?.Bands is not { Count: > 0 } list)
        {
            Error($"{path}.bands", new LocalText("Error.GB.Data.BandRequired"));
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
                Error($"{bandPath}.upTo", new LocalText("Error.GB.Data.LastBandUpTo"));
            }
            else if (!last && band?.UpTo is not { } upTo)
            {
                Error($"{bandPath}.upTo", new LocalText("Error.GB.Data.UpToRequired"));
            }
            else if (!last && (band!.UpTo <= previous || band.UpTo > PayrollLimits.MaxAmount || band.UpTo != decimal.Truncate(band.UpTo!.Value)))
            {
                Error($"{bandPath}.upTo", new LocalText("Error.GB.Data.UpTo", band.UpTo, previous, PayrollLimits.MaxAmount));
            }

            previous = band?.UpTo ?? previous;
            bands.Add(new IncomeTaxBand(name, last ? null : band?.UpTo, rate));
        }

        if (dto.BasicRateBand is not { } basic || basic < 0 || basic >= list.Count)
        {
            Error($"{path}.basicRateBand", new LocalText("Error.GB.Data.BasicRateBand", list.Count - 1));
            return null;
        }

        return new IncomeTaxRegionBands(region, bands.MoveToImmutable(), basic);
    }

    private NationalInsuranceParameters? ReadNationalInsurance(UkNationalInsuranceDto? dto, string path)
    {
        if (dto is null)
        {
            Error(path, new LocalText("Error.GB.Data.NationalInsuranceRequired"));
            return null;
        }

        var source = Source(dto.Source, $"{path}.source");
        var employerRate = Rate(dto.EmployerRate, $"{path}.employerRate");
        var weekly = Thresholds(dto.Weekly, $"{path}.weekly");
        var monthly = Thresholds(dto.Monthly, $"{path}.monthly");
        var categories = ImmutableDictionary.CreateBuilder<char, NationalInsuranceCategory>();
        if (dto.Categories is not { Count: > 0 })
        {
            Error($"{path}.categories", new LocalText("Error.GB.Data.CategoryRequired"));
        }

        foreach (var (key, category) in dto.Categories ?? [])
        {
            var categoryPath = $"{path}.categories.{key}";
            if (key.Length != 1 || !char.IsAsciiLetterUpper(key[0]))
            {
                Error(categoryPath, new LocalText("Error.GB.Data.CategoryLetter"));
                continue;
            }

            var main = Rate(category?.EmployeeMainRate, $"{categoryPath}.employeeMainRate");
            var additional = Rate(category?.EmployeeAdditionalRate, $"{categoryPath}.employeeAdditionalRate");
            var from = Required(category?.EmployerFrom, $"{categoryPath}.employerFrom");
            SecondaryThreshold threshold = default;
            if (from is not null && !ThresholdNames.TryGetValue(from, out threshold))
            {
                Error($"{categoryPath}.employerFrom", new LocalText("Error.GB.Data.EmployerFrom", from, string.Join(", ", ThresholdNames.Keys)));
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
            Error(path, new LocalText("Error.GB.Data.ThresholdsRequired"));
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
            Error(path, new LocalText("Error.GB.Data.ThresholdOrder", dto.Lel, dto.Pt, dto.Uel));
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
            Error(path, new LocalText("Error.GB.Data.Required"));
            return null;
        }

        return value;
    }

    private decimal? Rate(decimal? value, string path)
    {
        if (value is not { } rate || rate < 0 || rate > 1)
        {
            Error(path, value is null ? new LocalText("Error.GB.Data.RateRequired") : new LocalText("Error.GB.Data.Rate", value));
            return null;
        }

        return rate;
    }

    private decimal? Amount(decimal? value, string path)
    {
        if (value is not { } amount || amount < 0 || amount > PayrollLimits.MaxAmount)
        {
            Error(path, value is null ? new LocalText("Error.GB.Data.AmountRequired") : new LocalText("Error.GB.Data.Amount", value, PayrollLimits.MaxAmount));
            return null;
        }

        return amount;
    }

    private LocalDate? Date(string? value, string path)
    {
        if (value is null)
        {
            Error(path, new LocalText("Error.GB.Data.DateRequired"));
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(value);
        if (!result.Success)
        {
            Error(path, new LocalText("Error.GB.Data.Date", value));
            return null;
        }

        return result.Value;
    }

    private void Error(string path, LocalText problem) =>
        _errors.Add(new LocalText("Error.GB.Data.At", fileName, path, problem));
}
