using System.Text;
using HrKit.Payroll.Jurisdictions;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions;

public sealed class ParameterSetLoaderTests
{
    private static ParameterSet Load(string json) => ParameterSetLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json");

    [Fact]
    public void Load_DatedValuesAndScale_FoundByDayWithSource()
    {
        var set = Load("""
            { "jurisdiction": "ZZ", "parameters": {
                "rate": { "values": [
                  { "effectiveFrom": "2024-01-01", "effectiveTo": "2024-12-31", "value": 0.05, "source": { "title": "Act A" } },
                  { "effectiveFrom": "2025-01-01", "value": 0.06, "source": { "title": "Act B", "reference": "s. 2", "url": "https://example.org/b" } } ] },
                "scale": { "values": [
                  { "effectiveFrom": "2024-01-01", "scale": [ { "threshold": 0, "rate": 0.02 }, { "threshold": 50000, "rate": 0.06 } ], "source": { "title": "Act C" } } ] } } }
            """);

        Assert.Equal("ZZ", set.Jurisdiction);
        Assert.Equal(0.05m, set.Amount("rate").At(new LocalDate(2024, 12, 31)).Value);
        var later = set.Amount("rate").At(new YearMonth(2025, 1));
        Assert.Equal(0.06m, later.Value);
        Assert.Equal("Act B, s. 2 (https://example.org/b)", later.Source.ToString());
        Assert.Null(set.Amount("rate").Find(new LocalDate(2023, 12, 31)));
        // 50 000 × 2 % + 10 000 × 6 % = 1 600.
        Assert.Equal(1_600m, set.Scale("scale").At(new YearMonth(2030, 6)).Value.Apply(60_000m));
        Assert.Equal(["rate", "scale"], set.Names.ToArray());
    }

    [Fact]
    public void Load_EveryProblem_ReportedWithFileAndJsonPath()
    {
        var error = Assert.Throws<PayrollDataException>(() => Load("""
            { "jurisdiction": "ZZ", "parameters": {
                "a": { "values": [ { "effectiveFrom": "2024-13-01", "value": 1, "source": { "title": "Act" } } ] },
                "b": { "values": [ { "effectiveFrom": "2024-01-01", "value": 1 } ] },
                "c": { "values": [ { "effectiveFrom": "2024-01-01", "value": 1, "source": { "title": "Act" } },
                                   { "effectiveFrom": "2024-06-01", "value": 2, "source": { "title": "Act" } } ] },
                "d": { "values": [ { "effectiveFrom": "2024-01-01", "scale": [ { "threshold": 0, "rate": 17 } ], "source": { "title": "Act" } } ] } } }
            """));

        Assert.Contains("test.json: $.parameters['a'].values[0].effectiveFrom: \"2024-13-01\" is not an ISO date", error.Message, StringComparison.Ordinal);
        Assert.Contains("test.json: $.parameters['b'].values[0].source: required", error.Message, StringComparison.Ordinal);
        Assert.Contains("test.json: $.parameters['c'].values: Parameter 'c': the value from 2024-01-01 overlaps the one from 2024-06-01", error.Message, StringComparison.Ordinal);
        Assert.Contains("test.json: $.parameters['d'].values[0].scale[0].rate: 17 is not a rate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NotJson_ThrowsDataExceptionNamingFile()
    {
        var error = Assert.Throws<PayrollDataException>(() => Load("{ \"jurisdiction\": "));

        Assert.StartsWith("test.json: not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void At_DayNoValueCovers_ThrowsNamingParameterAndRange()
    {
        var set = Load("""{ "jurisdiction": "ZZ", "parameters": { "rate": { "values": [ { "effectiveFrom": "2024-01-01", "value": 1, "source": { "title": "Act" } } ] } } }""");

        var error = Assert.Throws<PayrollDataException>(() => set.Amount("rate").At(new LocalDate(2023, 5, 1)));

        Assert.Equal("Parameter 'rate' has no value for 2023-05-01 (it covers 2024-01-01..open); add the value in force then.", error.Message);
    }

    [Fact]
    public void Amount_UnknownName_ThrowsListingNames()
    {
        var set = Load("""{ "jurisdiction": "ZZ", "parameters": { "rate": { "values": [ { "effectiveFrom": "2024-01-01", "value": 1, "source": { "title": "Act" } } ] } } }""");

        var error = Assert.Throws<PayrollDataException>(() => set.Amount("ceiling"));

        Assert.Contains("no amount named 'ceiling' (they have: rate)", error.Message, StringComparison.Ordinal);
    }
}
