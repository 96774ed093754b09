using System.Text;
using HrKit.Payroll.Jurisdictions.HongKong;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.HongKong;

public sealed class HongKongParametersTests
{
    [Fact]
    public void BuiltIn_Loads_2024And2025YearsOfAssessment()
    {
        var parameters = HongKongParameters.BuiltIn;

        Assert.Equal(["2024/25", "2025/26"], parameters.SalariesTax.Select(s => s.Name));
        Assert.All(parameters.SalariesTax, s => Assert.Equal(18_000m, s.MpfDeductionCap));
        Assert.Contains("mpfa.org.hk", parameters.Mpf[0].Source.Url, StringComparison.Ordinal);
    }

    // The pack reports its figures as named dated series with their sources, like every pack's ParameterSet.
    [Fact]
    public void Parameters_NamedDatedSeries_WithSources()
    {
        var set = HongKongPack.BuiltIn.Parameters!;

        Assert.Equal(30_000m, set.Amount("mpf.maximumRelevantIncome").At(new LocalDate(2025, 6, 1)).Value);
        Assert.Equal(16_000m, set.Scale("salariesTax.progressiveRates").At(new LocalDate(2025, 3, 31)).Value.Apply(200_000m)); // GovHK: 200,000 → 16,000
        Assert.Equal(1_500m, set.Amount("salariesTax.taxReductionCap").At(new LocalDate(2025, 3, 31)).Value);                  // 2024/25
        Assert.Equal(0m, set.Amount("salariesTax.taxReductionCap").At(new LocalDate(2025, 4, 1)).Value);                       // 2025/26: none recorded
        Assert.Contains("gov.hk", set.Scale("salariesTax.standardRates").At(new LocalDate(2030, 1, 1)).Source.Url, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2025, 3, 31, 2024)]
    [InlineData(2025, 4, 1, 2025)]
    public void YearOfAssessmentOf_AprilToMarch(int year, int month, int day, int expected) =>
        Assert.Equal(expected, HongKongParameters.YearOfAssessmentOf(new LocalDate(year, month, day)));

    [Fact]
    public void SalariesTaxFor_UnknownYear_ThrowsListingKnownYears()
    {
        var ex = Assert.Throws<PayrollDataException>(() => HongKongParameters.BuiltIn.SalariesTaxFor(2030));
        Assert.Contains("2024/25, 2025/26", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MpfOn_BeforeFirstFigures_Throws()
    {
        Assert.Throws<PayrollDataException>(() => HongKongParameters.BuiltIn.MpfOn(new LocalDate(2010, 1, 1)));
    }

    [Fact]
    public void Load_RateAsPercentageAndMissingField_ReportsBothWithJsonPaths()
    {
        const string json = """
            { "mpf": [ { "effectiveFrom": "2014-06-01", "minimumRelevantIncome": 7100, "maximumRelevantIncome": 30000,
                         "employeeRate": 5, "employerRate": 0.05, "employeeHolidayDays": 30, "source": { "title": "t" } } ],
              "salariesTax": [ { "yearOfAssessment": 2024, "progressiveBands": [ { "threshold": 0, "rate": 0.02 } ],
                         "standardRateBands": [ { "threshold": 0, "rate": 0.15 } ], "basicAllowance": 132000,
                         "marriedPersonAllowance": 264000, "childAllowance": 130000, "childBornInYearAllowance": 130000,
                         "singleParentAllowance": 132000, "source": { "title": "t" } } ] }
            """;

        var ex = Assert.Throws<PayrollDataException>(() => HongKongParameters.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "hk.json"));

        Assert.Contains("hk.json: $.mpf[0].employeeRate: 5 is not a number between 0 and 0.5", ex.Message, StringComparison.Ordinal);
        Assert.Contains("hk.json: $.salariesTax[0].mpfDeductionCap: missing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MalformedJson_ReportsLine()
    {
        var ex = Assert.Throws<PayrollDataException>(() => HongKongParameters.Load(new MemoryStream("{\n\"mpf\": [ ,\n"u8.ToArray()), "hk.json"));
        Assert.Contains("hk.json: line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BandsNotAscending_Reported()
    {
        const string json = """
            { "mpf": [ { "effectiveFrom": "2014-06-01", "minimumRelevantIncome": 7100, "maximumRelevantIncome": 30000,
                         "employeeRate": 0.05, "employerRate": 0.05, "employeeHolidayDays": 30, "source": { "title": "t" } } ],
              "salariesTax": [ { "yearOfAssessment": 2024, "progressiveBands": [ { "threshold": 0, "rate": 0.02 }, { "threshold": 0, "rate": 0.06 } ],
                         "standardRateBands": [ { "threshold": 0, "rate": 0.15 } ], "basicAllowance": 132000,
                         "marriedPersonAllowance": 264000, "childAllowance": 130000, "childBornInYearAllowance": 130000,
                         "singleParentAllowance": 132000, "mpfDeductionCap": 18000, "source": { "title": "t" } } ] }
            """;

        var ex = Assert.Throws<PayrollDataException>(() => HongKongParameters.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "hk.json"));

        Assert.Contains("$.salariesTax[0].progressiveBands[1].threshold", ex.Message, StringComparison.Ordinal);
    }
}
