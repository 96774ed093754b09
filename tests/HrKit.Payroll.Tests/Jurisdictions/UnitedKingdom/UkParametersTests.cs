using System.Text;
using HrKit.Payroll.Jurisdictions.UnitedKingdom;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.UnitedKingdom;

/// <summary>The built-in parameters against HMRC, Rates and thresholds for employers 2025 to 2026, and the loader's errors.</summary>
public sealed class UkParametersTests
{
    [Fact]
    public void BuiltIn_2025To26_HasHmrcThresholdsAndSources()
    {
        var year = UkParameters.BuiltIn.ForDate(new LocalDate(2026, 4, 5));

        Assert.Equal("2025-26", year.TaxYear);
        Assert.Equal(new LocalDate(2025, 4, 6), year.EffectiveFrom);
        Assert.Equal(1_048m, year.NationalInsurance.Monthly.Pt);
        Assert.Equal(417m, year.NationalInsurance.Monthly.St);
        Assert.Equal(96m, year.NationalInsurance.Weekly.St);
        Assert.Equal(0.15m, year.NationalInsurance.EmployerRate);
        Assert.Equal(0.48m, year.IncomeTax.For(TaxRegion.Scotland).Bands[^1].Rate);
        Assert.StartsWith("https://www.gov.uk/", year.IncomeTax.Source.Url, StringComparison.Ordinal);
        Assert.Contains("2003/2682", year.IncomeTax.RegulatoryLimitSource.Url, StringComparison.Ordinal);
        Assert.Equal(17, year.NationalInsurance.Categories.Count);
    }

    [Fact]
    public void ForDate_OutsideKnownYears_ThrowsNamingPayDate()
    {
        var ex = Assert.Throws<PayrollInputException>(() => UkParameters.BuiltIn.ForDate(new LocalDate(2030, 1, 1)));

        Assert.Equal("payDate", ex.Field);
        Assert.Contains("2025-26", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingAndBadValues_ReportsEveryProblemWithJsonPath()
    {
        const string json = """
            { "taxYears": [ { "taxYear": "2030-31", "effectiveFrom": "2030-04-06", "effectiveTo": "2031-04-05",
              "incomeTax": { "source": { "title": "t", "url": "u" }, "regulatoryLimitRate": 0.5,
                "regulatoryLimitSource": { "title": "t", "url": "u" },
                "regions": { "restOfUk": { "basicRateBand": 0, "bands": [ { "name": "basic", "upTo": 37700, "rate": 20 }, { "name": "higher", "rate": 0.4 } ] } } },
              "nationalInsurance": { "source": { "title": "t" }, "employerRate": 0.15,
                "weekly": { "lel": 1, "pt": 2, "st": 1, "fust": 1, "izust": 1, "ust": 1, "aust": 1, "vust": 1, "uel": 3 },
                "categories": { "A": { "employeeMainRate": 0.08, "employeeAdditionalRate": 0.02, "employerFrom": "stt" } } } } ] }
            """;

        var ex = Assert.Throws<PayrollDataException>(() => UkParameters.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "uk.json"));

        Assert.Contains("uk.json: $.taxYears[0].incomeTax.regions.restOfUk.bands[0].rate: 20 is not a rate", ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.taxYears[0].incomeTax.regions.scotland: bands for Scotland are required.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.taxYears[0].nationalInsurance.source.url: required.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.taxYears[0].nationalInsurance.monthly: thresholds", ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.taxYears[0].nationalInsurance.categories.A.employerFrom: 'stt' is not a threshold", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MalformedJson_ThrowsPayrollDataExceptionWithFileAndLine()
    {
        var ex = Assert.Throws<PayrollDataException>(() => UkParameters.Load(new MemoryStream("{ \"taxYears\": [ }"u8.ToArray()), "uk.json"));

        Assert.StartsWith("uk.json: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownField_IsRefused()
    {
        var ex = Assert.Throws<PayrollDataException>(() => UkParameters.Load(new MemoryStream("{ \"taxYear\": [] }"u8.ToArray()), "uk.json"));

        Assert.Contains("taxYear", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileAboveOneMebibyte_IsRefusedWithoutReadingOn()
    {
        var json = new byte[UkParameters.MaxFileBytes + 1];
        Array.Fill(json, (byte)' ');

        var ex = Assert.Throws<PayrollDataException>(() => UkParameters.Load(new MemoryStream(json), "big.json"));

        Assert.Contains("big.json: larger than 1048576 bytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DeeplyNestedJson_IsRefused()
    {
        var json = Encoding.UTF8.GetBytes("{\"taxYears\":" + new string('[', 100) + new string(']', 100) + "}");

        Assert.Throws<PayrollDataException>(() => UkParameters.Load(new MemoryStream(json), "deep.json"));
    }

    // The neutral ParameterSet view: 2024-25 and 2025-26 as dated values with their sources (HMRC, Rates and thresholds).
    [Fact]
    public void PackParameters_DatedSeries_GiveEachYearsFigureAndSource()
    {
        var set = UnitedKingdomPack.BuiltIn.Parameters;

        var st = set.Amount("nic.monthly.st");
        Assert.Equal(758m, st.At(new LocalDate(2025, 4, 5)).Value);
        Assert.Equal(417m, st.At(new LocalDate(2025, 4, 6)).Value);
        Assert.Contains("2025-to-2026", st.At(new LocalDate(2025, 4, 6)).Source.Url, StringComparison.Ordinal);
        Assert.Equal(0.0185m, set.Amount("nic.category.B.employeeMainRate").At(new LocalDate(2025, 5, 1)).Value);
        // Scottish 2025-26 bands on £30 000 of annual taxable pay: 2 827 × 19 % + 12 094 × 20 % + 15 079 × 21 % = 537.13 + 2 418.80 + 3 166.59.
        Assert.Equal(6_122.52m, set.Scale("paye.scotland.bands").At(new LocalDate(2025, 5, 1)).Value.Apply(30_000m));
    }
}
