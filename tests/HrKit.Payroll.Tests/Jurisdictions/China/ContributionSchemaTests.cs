using System.Globalization;
using System.Text;
using System.Text.Json;
using HrKit.Payroll.Jurisdictions.China;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

/// <summary>The published JSON schema (docs/schemas/contribution-city.schema.json) and the loader accept the same bounds and codes.</summary>
public sealed class ContributionSchemaTests
{
    private static readonly JsonElement Defs = LoadSchema().GetProperty("$defs");

    private static JsonElement LoadSchema()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "docs", "schemas", "contribution-city.schema.json");
            if (File.Exists(path))
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(path));
                return doc.RootElement.Clone();
            }
        }

        throw new InvalidOperationException("docs/schemas/contribution-city.schema.json not found above the test binaries.");
    }

    private static string OneItemFile(string code, decimal rate, decimal ceiling) => string.Create(CultureInfo.InvariantCulture, $$"""
        { "city": "testville", "schedules": [ { "effectiveFrom": "2025-07-01", "source": "s",
          "items": [ { "code": "{{code}}", "employeeRate": {{rate}}, "employerRate": 0, "baseFloor": 0, "baseCeiling": {{ceiling}} } ] } ] }
        """);

    private static bool Loads(string json)
    {
        try
        {
            ContributionTableLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "testville.json");
            return true;
        }
        catch (PayrollDataException)
        {
            return false;
        }
    }

    [Fact]
    public void RateAndBaseMaximums_AreTheLoadersLimits()
    {
        var maxRate = Defs.GetProperty("rate").GetProperty("maximum").GetDecimal();
        var maxBase = Defs.GetProperty("base").GetProperty("maximum").GetDecimal();

        Assert.True(Loads(OneItemFile("PENSION", maxRate, maxBase)));
        Assert.False(Loads(OneItemFile("PENSION", maxRate + 0.0001m, maxBase)));
        Assert.False(Loads(OneItemFile("PENSION", maxRate, maxBase + 1m)));
    }

    [Fact]
    public void ItemCodeEnum_IsExactlyWhatTheLoaderAccepts()
    {
        var codes = Defs.GetProperty("item").GetProperty("properties").GetProperty("code").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()!).ToList();

        Assert.Equal(6, codes.Count);
        Assert.All(codes, code => Assert.True(Loads(OneItemFile(code, 0.01m, 100m)), code));
        Assert.False(Loads(OneItemFile("HOUSING_FUND", 0.01m, 100m)));
    }

    [Fact]
    public void RoundingEnum_IsExactlyWhatTheLoaderAccepts()
    {
        foreach (var rule in Defs.GetProperty("rounding").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!))
        {
            var json = OneItemFile("PENSION", 0.08m, 100m).Replace("\"baseCeiling\": 100", $"\"baseCeiling\": 100, \"rounding\": \"{rule}\"", StringComparison.Ordinal);
            Assert.True(Loads(json), rule);
        }
    }
}
