using HrKit.Payroll.Localization;
using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;

namespace HrKit.Payroll.Jurisdictions.Singapore;

/// <summary>
/// The Singapore pack's statutory figures: CPF ceilings and rate tables by date, and the Skills Development Levy,
/// read from JSON (built in: <c>Jurisdictions/Singapore/Data/singapore.json</c>; format in docs/jurisdictions.md).
/// Every problem is reported at once with its JSON path, e.g.
/// <c>singapore.json: $.cpf[0].tables.full[1].employee: 17 is not a number between 0 and 0.5</c>.
/// </summary>
public sealed class SingaporeParameters
{
    private const string Resource = "HrKit.Payroll.Jurisdictions.Singapore.Data.singapore.json";

    private static readonly LocalText RateHint = new("Error.SG.RateHint");

    private static readonly Lazy<SingaporeParameters> BuiltInValue = new(LoadBuiltIn);

    private static readonly (string Name, CpfRateTable Table)[] TableNames =
    [
        ("full", CpfRateTable.Full),
        ("sprFirstYearGraduated", CpfRateTable.SprFirstYearGraduated),
        ("sprSecondYearGraduated", CpfRateTable.SprSecondYearGraduated),
        ("sprFirstYearFullEmployer", CpfRateTable.SprFirstYearFullEmployer),
        ("sprSecondYearFullEmployer", CpfRateTable.SprSecondYearFullEmployer),
    ];

    private static readonly (string Name, CpfAgeBand Band)[] BandNames =
    [
        ("upTo55", CpfAgeBand.UpTo55),
        ("above55To60", CpfAgeBand.Above55To60),
        ("above60To65", CpfAgeBand.Above60To65),
        ("above65To70", CpfAgeBand.Above65To70),
        ("above70", CpfAgeBand.Above70),
    ];

    private SingaporeParameters(ImmutableArray<CpfParameters> cpf, ImmutableArray<SdlParameters> sdl)
    {
        Cpf = cpf;
        Sdl = sdl;
    }

    /// <summary>The figures shipped with HrKit.</summary>
    public static SingaporeParameters BuiltIn => BuiltInValue.Value;

    /// <summary>CPF figures, oldest first, never overlapping.</summary>
    public ImmutableArray<CpfParameters> Cpf { get; }

    /// <summary>SDL figures, oldest first, never overlapping.</summary>
    public ImmutableArray<SdlParameters> Sdl { get; }

    /// <summary>The CPF figures for wages of <paramref name="month"/>.</summary>
    /// <exception cref="PayrollDataException">No figures cover the month; the message names the range covered.</exception>
    public CpfParameters CpfFor(YearMonth month)
    {
        var day = month.OnDayOfMonth(1);
        return Cpf.FirstOrDefault(c => c.Covers(day))
            ?? throw new PayrollDataException(new LocalText("Error.SG.CpfCoverage", month, Cpf[0].EffectiveFrom));
    }

    /// <summary>The SDL figures for <paramref name="month"/>.</summary>
    /// <exception cref="PayrollDataException">No figures cover the month.</exception>
    public SdlParameters SdlFor(YearMonth month)
    {
        var day = month.OnDayOfMonth(1);
        return Sdl.FirstOrDefault(c => c.Covers(day))
            ?? throw new PayrollDataException(new LocalText("Error.SG.SdlCoverage", month));
    }

    /// <summary>
    /// The figures as named dated series for reports: <c>cpf.ordinaryWageCeiling</c>, <c>cpf.annualWageCeiling</c>, the band
    /// limits, <c>cpf.&lt;table&gt;.&lt;ageGroup&gt;.employerRate</c> / <c>employeeRate</c> / <c>phaseIn</c> (e.g.
    /// <c>cpf.full.upTo55.employeeRate</c>) and <c>sdl.rate</c>, <c>sdl.minimum</c>, <c>sdl.remunerationCap</c>.
    /// </summary>
    public ParameterSet ToParameterSet()
    {
        static (LocalDate, LocalDate?) CpfRange(CpfParameters c) => (c.EffectiveFrom, c.EffectiveTo);
        static (LocalDate, LocalDate?) SdlRange(SdlParameters s) => (s.EffectiveFrom, s.EffectiveTo);
        var amounts = new List<DatedSeries<decimal>>
        {
            DatedFigures.Series("cpf.ordinaryWageCeiling", Cpf, CpfRange, c => c.OrdinaryWageCeiling, c => c.Source),
            DatedFigures.Series("cpf.annualWageCeiling", Cpf, CpfRange, c => c.AnnualWageCeiling, c => c.Source),
            DatedFigures.Series("cpf.noContributionUpTo", Cpf, CpfRange, c => c.NoContributionUpTo, c => c.Source),
            DatedFigures.Series("cpf.employerOnlyUpTo", Cpf, CpfRange, c => c.EmployerOnlyUpTo, c => c.Source),
            DatedFigures.Series("cpf.phaseInBelow", Cpf, CpfRange, c => c.PhaseInBelow, c => c.Source),
            DatedFigures.Series("sdl.rate", Sdl, SdlRange, s => s.Rate, s => s.Source),
            DatedFigures.Series("sdl.minimum", Sdl, SdlRange, s => s.Minimum, s => s.Source),
            DatedFigures.Series("sdl.remunerationCap", Sdl, SdlRange, s => s.RemunerationCap, s => s.Source),
        };
        foreach (var (tableName, table) in TableNames)
        {
            foreach (var (bandName, band) in BandNames)
            {
                var prefix = $"cpf.{tableName}.{bandName}.";
                amounts.Add(DatedFigures.Series(prefix + "employerRate", Cpf, CpfRange, c => c.RateFor(table, band).EmployerRate, c => c.Source));
                amounts.Add(DatedFigures.Series(prefix + "employeeRate", Cpf, CpfRange, c => c.RateFor(table, band).EmployeeRate, c => c.Source));
                amounts.Add(DatedFigures.Series(prefix + "phaseIn", Cpf, CpfRange, c => c.RateFor(table, band).EmployeePhaseInFactor, c => c.Source));
            }
        }

        return new ParameterSet(SingaporePack.JurisdictionCode, amounts, []);
    }

    /// <summary>Reads figures from UTF-8 JSON; <paramref name="fileName"/> names it in errors.</summary>
    /// <exception cref="PayrollDataException">The JSON is malformed, larger than 1 MiB or nested deeper than 16, or a value is missing or out of range; all problems are listed.</exception>
    public static SingaporeParameters Load(Stream json, string fileName) => JurisdictionDataReader.Load(json, fileName, new LocalText("Error.SG.Parameters"), Read);

    private static SingaporeParameters LoadBuiltIn() => JurisdictionDataReader.LoadResource(Resource, new LocalText("Error.SG.Parameters"), Read);

    private static SingaporeParameters Read(JurisdictionDataReader reader, JsonElement root)
    {
        var cpf = new List<CpfParameters>();
        foreach (var (item, path) in reader.Array(root, "$", "cpf"))
        {
            cpf.Add(new CpfParameters(
                reader.Date(item, path, "effectiveFrom"),
                reader.OptionalDate(item, path, "effectiveTo"),
                reader.Decimal(item, path, "ordinaryWageCeiling", 0m, 1_000_000m),
                reader.Decimal(item, path, "annualWageCeiling", 0m, 10_000_000m),
                reader.Decimal(item, path, "noContributionUpTo", 0m, 1_000_000m),
                reader.Decimal(item, path, "employerOnlyUpTo", 0m, 1_000_000m),
                reader.Decimal(item, path, "phaseInBelow", 0m, 1_000_000m),
                ReadTables(reader, item, path),
                reader.Source(item, path)));
            if (!(cpf[^1].NoContributionUpTo <= cpf[^1].EmployerOnlyUpTo && cpf[^1].EmployerOnlyUpTo <= cpf[^1].PhaseInBelow))
            {
                reader.Errors.Add(new LocalText("Error.SG.WageBands", reader.File, path));
            }
        }

        var sdl = new List<SdlParameters>();
        foreach (var (item, path) in reader.Array(root, "$", "sdl"))
        {
            sdl.Add(new SdlParameters(
                reader.Date(item, path, "effectiveFrom"),
                reader.OptionalDate(item, path, "effectiveTo"),
                reader.Decimal(item, path, "rate", 0m, 0.1m, RateHint),
                reader.Decimal(item, path, "minimum", 0m, 1_000m),
                reader.Decimal(item, path, "remunerationCap", 0m, 1_000_000m),
                reader.Source(item, path)));
        }

        reader.CheckNoOverlap("$.cpf", cpf.ConvertAll(c => (c.EffectiveFrom, c.EffectiveTo)));
        reader.CheckNoOverlap("$.sdl", sdl.ConvertAll(s => (s.EffectiveFrom, s.EffectiveTo)));
        if (cpf.Count == 0 || sdl.Count == 0)
        {
            reader.Errors.Add(new LocalText("Error.SG.EntriesRequired", reader.File));
        }

        return new SingaporeParameters([.. cpf.OrderBy(c => c.EffectiveFrom)], [.. sdl.OrderBy(s => s.EffectiveFrom)]);
    }

    private static ImmutableArray<CpfRate> ReadTables(JurisdictionDataReader reader, JsonElement item, string path)
    {
        var rates = new List<CpfRate>();
        if (!item.TryGetProperty("tables", out var tables) || tables.ValueKind != JsonValueKind.Object)
        {
            reader.Errors.Add(new LocalText("Error.SG.TablesMissing", reader.File, path, string.Join(", ", TableNames.Select(t => t.Name))));
            return [];
        }

        foreach (var (tableName, table) in TableNames)
        {
            var seen = new HashSet<CpfAgeBand>();
            foreach (var (row, rowPath) in reader.Array(tables, path + ".tables", tableName))
            {
                var bandText = row.TryGetProperty("ageBand", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() : null;
                var band = Array.FindIndex(BandNames, n => n.Name == bandText);
                if (band < 0)
                {
                    reader.Errors.Add(new LocalText("Error.SG.AgeBand", reader.File, rowPath, bandText, string.Join(", ", BandNames.Select(n => n.Name))));
                    continue;
                }

                if (!seen.Add(BandNames[band].Band))
                {
                    reader.Errors.Add(new LocalText("Error.SG.AgeBandTwice", reader.File, rowPath, bandText, tableName));
                }

                rates.Add(new CpfRate(table, BandNames[band].Band,
                    reader.Decimal(row, rowPath, "employer", 0m, 0.5m, RateHint),
                    reader.Decimal(row, rowPath, "employee", 0m, 0.5m, RateHint),
                    reader.Decimal(row, rowPath, "phaseIn", 0m, 1m)));
            }

            if (seen.Count != BandNames.Length)
            {
                reader.Errors.Add(new LocalText("Error.SG.AgeBandsRequired", reader.File, path, tableName, string.Join(", ", BandNames.Select(n => n.Name))));
            }
        }

        return [.. rates];
    }
}
