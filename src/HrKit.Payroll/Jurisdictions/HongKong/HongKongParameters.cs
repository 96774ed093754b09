using HrKit.Payroll.Localization;
using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;

namespace HrKit.Payroll.Jurisdictions.HongKong;

/// <summary>
/// The Hong Kong SAR pack's statutory figures: MPF levels by date and salaries tax figures by year of assessment,
/// read from JSON (built in: <c>Jurisdictions/HongKong/Data/hong-kong.json</c>; format in docs/jurisdictions.md).
/// Every problem in a file is reported at once with its JSON path, e.g.
/// <c>hong-kong.json: $.mpf[0].employeeRate: 5 is not a number between 0 and 0.5</c>.
/// </summary>
public sealed class HongKongParameters
{
    private const string Resource = "HrKit.Payroll.Jurisdictions.HongKong.Data.hong-kong.json";

    private static readonly Lazy<HongKongParameters> BuiltInValue = new(LoadBuiltIn);

    private HongKongParameters(ImmutableArray<MpfParameters> mpf, ImmutableArray<SalariesTaxParameters> salariesTax)
    {
        Mpf = mpf;
        SalariesTax = salariesTax;
    }

    /// <summary>The figures shipped with HrKit.</summary>
    public static HongKongParameters BuiltIn => BuiltInValue.Value;

    /// <summary>MPF figures, oldest first, never overlapping.</summary>
    public ImmutableArray<MpfParameters> Mpf { get; }

    /// <summary>Salaries tax figures, one per year of assessment, oldest first.</summary>
    public ImmutableArray<SalariesTaxParameters> SalariesTax { get; }

    /// <summary>The MPF figures in force on <paramref name="day"/>.</summary>
    /// <exception cref="PayrollDataException">No figures cover the day; the message names the range covered.</exception>
    public MpfParameters MpfOn(LocalDate day) => Mpf.FirstOrDefault(m => m.Covers(day))
        ?? throw new PayrollDataException(new LocalText("Error.HK.MpfCoverage", day, Mpf[0].EffectiveFrom));

    /// <summary>The salaries tax figures for the year of assessment starting in <paramref name="startYear"/> (2024 for 2024/25).</summary>
    /// <exception cref="PayrollDataException">The year is not in the data; the message lists the years there are.</exception>
    public SalariesTaxParameters SalariesTaxFor(int startYear) => SalariesTax.FirstOrDefault(s => s.YearOfAssessment == startYear)
        ?? throw new PayrollDataException(new LocalText("Error.HK.SalariesTaxYear", startYear, (startYear + 1) % 100, string.Join(", ", SalariesTax.Select(s => s.Name))));

    /// <summary>
    /// The figures as named dated series (<c>mpf.minimumRelevantIncome</c>, <c>salariesTax.progressiveRates</c>, …) for
    /// reports: each year of assessment runs 1 April to 31 March, the last one open-ended.
    /// </summary>
    public ParameterSet ToParameterSet()
    {
        (LocalDate, LocalDate?) Mpf(MpfParameters m) => (m.EffectiveFrom, m.EffectiveTo);
        (LocalDate, LocalDate?) Year(SalariesTaxParameters t) =>
            (new LocalDate(t.YearOfAssessment, 4, 1), t == SalariesTax[^1] ? null : new LocalDate(t.YearOfAssessment + 1, 3, 31));
        DatedSeries<decimal> M(string name, Func<MpfParameters, decimal> value) => DatedFigures.Series("mpf." + name, this.Mpf, Mpf, value, m => m.Source);
        DatedSeries<decimal> T(string name, Func<SalariesTaxParameters, decimal> value) => DatedFigures.Series("salariesTax." + name, SalariesTax, Year, value, t => t.Source);
        return new ParameterSet(HongKongPack.JurisdictionCode,
        [
            M("minimumRelevantIncome", m => m.MinimumRelevantIncome), M("maximumRelevantIncome", m => m.MaximumRelevantIncome),
            M("employeeRate", m => m.EmployeeRate), M("employerRate", m => m.EmployerRate), M("employeeHolidayDays", m => m.EmployeeHolidayDays),
            T("basicAllowance", t => t.BasicAllowance), T("marriedPersonAllowance", t => t.MarriedPersonAllowance), T("childAllowance", t => t.ChildAllowance),
            T("childBornInYearAllowance", t => t.ChildBornInYearAllowance), T("singleParentAllowance", t => t.SingleParentAllowance),
            T("mpfDeductionCap", t => t.MpfDeductionCap), T("taxReductionRate", t => t.TaxReductionRate), T("taxReductionCap", t => t.TaxReductionCap),
        ],
        [
            DatedFigures.Series("salariesTax.progressiveRates", SalariesTax, Year, t => t.ProgressiveRates, t => t.Source),
            DatedFigures.Series("salariesTax.standardRates", SalariesTax, Year, t => t.StandardRates, t => t.Source),
        ]);
    }

    /// <summary>The year of assessment (its start year) that <paramref name="day"/> falls in: 1 April to 31 March.</summary>
    public static int YearOfAssessmentOf(LocalDate day) => day.Month >= 4 ? day.Year : day.Year - 1;

    /// <summary>Reads figures from UTF-8 JSON; <paramref name="fileName"/> names it in errors.</summary>
    /// <exception cref="PayrollDataException">The JSON is malformed, larger than 1 MiB or nested deeper than 16, or a value is missing or out of range; all problems are listed.</exception>
    public static HongKongParameters Load(Stream json, string fileName) => JurisdictionDataReader.Load(json, fileName, new LocalText("Error.HK.Parameters"), Read);

    private static HongKongParameters LoadBuiltIn() => JurisdictionDataReader.LoadResource(Resource, new LocalText("Error.HK.Parameters"), Read);

    private static HongKongParameters Read(JurisdictionDataReader reader, JsonElement root)
    {
        var mpf = new List<MpfParameters>();
        foreach (var (item, path) in reader.Array(root, "$", "mpf"))
        {
            mpf.Add(new MpfParameters(
                reader.Date(item, path, "effectiveFrom"),
                reader.OptionalDate(item, path, "effectiveTo"),
                reader.Decimal(item, path, "minimumRelevantIncome", 0m, 1_000_000m),
                reader.Decimal(item, path, "maximumRelevantIncome", 0m, 1_000_000m),
                reader.Decimal(item, path, "employeeRate", 0m, 0.5m, new LocalText("Error.Reference.RateHint")),
                reader.Decimal(item, path, "employerRate", 0m, 0.5m, new LocalText("Error.Reference.RateHint")),
                reader.Int(item, path, "employeeHolidayDays", 1, 366),
                reader.Source(item, path)));
            if (mpf[^1].MinimumRelevantIncome > mpf[^1].MaximumRelevantIncome)
            {
                reader.Errors.Add(new LocalText("Error.HK.RelevantIncome", reader.File, path));
            }
        }

        reader.CheckNoOverlap("$.mpf", mpf.ConvertAll(m => (m.EffectiveFrom, m.EffectiveTo)));

        var tax = new List<SalariesTaxParameters>();
        foreach (var (item, path) in reader.Array(root, "$", "salariesTax"))
        {
            var year = reader.Int(item, path, "yearOfAssessment", 2000, 2100);
            if (tax.Any(t => t.YearOfAssessment == year))
            {
                reader.Errors.Add(new LocalText("Error.HK.YearTwice", reader.File, path, year));
            }

            var reductionRate = 0m;
            var reductionCap = 0m;
            if (item.TryGetProperty("taxReduction", out var reduction) && reduction.ValueKind == JsonValueKind.Object)
            {
                reductionRate = reader.Decimal(reduction, path + ".taxReduction", "rate", 0m, 1m);
                reductionCap = reader.Decimal(reduction, path + ".taxReduction", "cap", 0m, 1_000_000m);
            }

            tax.Add(new SalariesTaxParameters(
                year,
                ReadBands(reader, item, path, "progressiveBands"),
                ReadBands(reader, item, path, "standardRateBands"),
                reader.Decimal(item, path, "basicAllowance", 0m, 10_000_000m),
                reader.Decimal(item, path, "marriedPersonAllowance", 0m, 10_000_000m),
                reader.Decimal(item, path, "childAllowance", 0m, 10_000_000m),
                reader.Decimal(item, path, "childBornInYearAllowance", 0m, 10_000_000m),
                reader.Decimal(item, path, "singleParentAllowance", 0m, 10_000_000m),
                reader.Decimal(item, path, "mpfDeductionCap", 0m, 10_000_000m),
                reductionRate,
                reductionCap,
                reader.Source(item, path)));
        }

        if (mpf.Count == 0 || tax.Count == 0)
        {
            reader.Errors.Add(new LocalText("Error.HK.EntriesRequired", reader.File));
        }

        return new HongKongParameters([.. mpf.OrderBy(m => m.EffectiveFrom)], [.. tax.OrderBy(t => t.YearOfAssessment)]);
    }

    private static TaxScale ReadBands(JurisdictionDataReader reader, JsonElement item, string path, string name)
    {
        var bands = new List<ScaleBracket>();
        foreach (var (band, bandPath) in reader.Array(item, path, name))
        {
            var next = new ScaleBracket(reader.Decimal(band, bandPath, "threshold", 0m, PayrollLimits.MaxAmount), reader.Decimal(band, bandPath, "rate", 0m, 1m));
            if (bands.Count == 0 ? next.Threshold != 0m : next.Threshold <= bands[^1].Threshold)
            {
                reader.Errors.Add(new LocalText("Error.HK.BandsAscend", reader.File, bandPath, next.Threshold));
            }

            bands.Add(next);
        }

        if (bands.Count == 0)
        {
            reader.Errors.Add(new LocalText("Error.HK.BandsRequired", reader.File, path, name));
        }

        // Only a valid list becomes a scale; otherwise the errors are already listed and a placeholder stands in.
        var valid = bands.Count > 0 && bands[0].Threshold == 0m && bands.Zip(bands.Skip(1)).All(p => p.Second.Threshold > p.First.Threshold);
        return new TaxScale(valid ? bands : [new ScaleBracket(0m, 0m)]);
    }
}
