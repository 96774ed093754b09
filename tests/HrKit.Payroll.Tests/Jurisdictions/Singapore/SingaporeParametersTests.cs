using System.Text;
using HrKit.Payroll.Jurisdictions.Singapore;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.Singapore;

public sealed class SingaporeParametersTests
{
    // CPF Board: OW ceiling $7,400 for 2025 and $8,000 from 1 January 2026; annual salary ceiling $102,000.
    [Theory]
    [InlineData(2025, 1, 7_400)]
    [InlineData(2025, 12, 7_400)]
    [InlineData(2026, 1, 8_000)]
    public void CpfFor_Month_OrdinaryWageCeiling(int year, int month, decimal ceiling)
    {
        var cpf = SingaporeParameters.BuiltIn.CpfFor(new YearMonth(year, month));

        Assert.Equal(ceiling, cpf.OrdinaryWageCeiling);
        Assert.Equal(102_000m, cpf.AnnualWageCeiling);
        Assert.Equal(25, cpf.Rates.Length);
    }

    [Fact]
    public void Parameters_NamedDatedSeries_WithSources()
    {
        var set = SingaporePack.BuiltIn.Parameters!;

        Assert.Equal(7_400m, set.Amount("cpf.ordinaryWageCeiling").At(new YearMonth(2025, 12)).Value);
        Assert.Equal(8_000m, set.Amount("cpf.ordinaryWageCeiling").At(new YearMonth(2026, 1)).Value);
        Assert.Equal(0.17m, set.Amount("cpf.full.above55To60.employeeRate").At(new YearMonth(2025, 6)).Value);
        Assert.Equal(0.18m, set.Amount("cpf.full.above55To60.employeeRate").At(new YearMonth(2026, 6)).Value);
        Assert.Equal(11.25m, set.Amount("sdl.rate").At(new YearMonth(2026, 6)).Value * set.Amount("sdl.remunerationCap").At(new YearMonth(2026, 6)).Value);
        Assert.Contains("cpf.gov.sg", set.Amount("cpf.annualWageCeiling").At(new YearMonth(2026, 1)).Source.Url, StringComparison.Ordinal);
    }

    // The phase-in factor makes the employee's share continuous at $750: factor × 250 = employee rate × 750.
    [Fact]
    public void BuiltIn_EveryRow_PhaseInMeetsFullRateAt750() =>
        Assert.All(SingaporeParameters.BuiltIn.Cpf.SelectMany(c => c.Rates), r => Assert.Equal(r.EmployeeRate * 750m, r.EmployeePhaseInFactor * 250m));

    [Fact]
    public void CpfFor_BeforeData_ThrowsNamingMonth()
    {
        var ex = Assert.Throws<PayrollDataException>(() => SingaporeParameters.BuiltIn.CpfFor(new YearMonth(2024, 12)));
        Assert.Contains("2024-12", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadRowsAndMissingAgeGroup_ReportsJsonPaths()
    {
        const string json = """
            { "cpf": [ { "effectiveFrom": "2025-01-01", "ordinaryWageCeiling": 7400, "annualWageCeiling": 102000,
                "noContributionUpTo": 50, "employerOnlyUpTo": 500, "phaseInBelow": 750, "source": { "title": "t" },
                "tables": { "full": [ { "ageBand": "upTo55", "employer": 17, "employee": 0.2, "phaseIn": 0.6 },
                                      { "ageBand": "over99", "employer": 0.1, "employee": 0.1, "phaseIn": 0.3 } ] } } ],
              "sdl": [ { "effectiveFrom": "2008-10-01", "rate": 0.0025, "minimum": 2, "remunerationCap": 4500, "source": { "title": "t" } } ] }
            """;

        var ex = Assert.Throws<PayrollDataException>(() => SingaporeParameters.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "sg.json"));

        Assert.Contains("sg.json: $.cpf[0].tables.full[0].employer: 17 is not a number between 0 and 0.5; write rates as fractions", ex.Message, StringComparison.Ordinal);
        Assert.Contains("sg.json: $.cpf[0].tables.full[1].ageBand: 'over99' is not an age group", ex.Message, StringComparison.Ordinal);
        Assert.Contains("sg.json: $.cpf[0].tables.sprFirstYearGraduated: missing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OverlappingYears_Reported()
    {
        // The built-in file without the 2025 figures' end date: 2025 runs into 2026.
        using var resource = typeof(SingaporeParameters).Assembly.GetManifestResourceStream("HrKit.Payroll.Jurisdictions.Singapore.Data.singapore.json")!;
        var text = new StreamReader(resource).ReadToEnd().Replace("\"effectiveTo\": \"2025-12-31\",", "", StringComparison.Ordinal);

        var ex = Assert.Throws<PayrollDataException>(() => SingaporeParameters.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), "sg.json"));

        Assert.Contains("sg.json: $.cpf: the figures from 2025-01-01 overlap those from 2026-01-01", ex.Message, StringComparison.Ordinal);
    }
}
