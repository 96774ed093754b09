using System.Text.Json;
using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions;

/// <summary>What every pack inherits: the code rule, a calendar tax year, no input by default, and China-only fields refused one by one.</summary>
public sealed class JurisdictionPackTests
{
    private sealed class BarePack(string code = "ZZ", string name = "Test Land", string currency = "XTS") : JurisdictionPack(code, name, currency)
    {
        public override PayPolicy DefaultPolicy => PayPolicy.ChinaStandard;

        public override StatutoryResult Calculate(in StatutoryContext context) => default;

        public void Reject(EmployeeMonthInput input) => RejectChinaOnlyFields(input);
    }

    private static readonly EmployeeMonthInput Plain = new() { EmployeeId = "E1", Period = new YearMonth(2025, 5), Jurisdiction = "ZZ", BaseSalary = 1_000m };

    [Theory]
    [InlineData("ZZ")]
    [InlineData("GB-SCT")]
    [InlineData("ABCDEFGH")]   // 8 characters, the longest
    [InlineData("a1")]
    public void Constructor_CodeOfTwoToEightLettersDigitsOrHyphens_Accepted(string code) =>
        Assert.Equal(code, new BarePack(code).Code);

    [Theory]
    [InlineData("Z")]
    [InlineData("ABCDEFGHI")]  // 9 characters
    [InlineData("GB_SCT")]
    [InlineData("G B")]
    [InlineData("中国")]
    public void Constructor_CodeBreakingTheRule_RefusedSayingTheRule(string code)
    {
        var error = Assert.Throws<ArgumentException>(() => new BarePack(code));

        Assert.StartsWith($"'{code}' is not a jurisdiction code; use 2 to 8 ASCII letters, digits or hyphens, e.g. \"HK\" or \"GB-SCT\".", error.Message, StringComparison.Ordinal);
        Assert.Equal("code", error.ParamName);
    }

    [Theory]
    [InlineData(" ", "Test Land", "XTS")]
    [InlineData("ZZ", "", "XTS")]
    [InlineData("ZZ", "Test Land", " ")]
    public void Constructor_EmptyValue_Refused(string code, string name, string currency) =>
        Assert.ThrowsAny<ArgumentException>(() => new BarePack(code, name, currency));

    [Fact]
    public void Constructor_Values_Kept()
    {
        var pack = new BarePack("ZZ", "Test Land", "XTS");

        Assert.Equal(("ZZ", "Test Land", "XTS"), (pack.Code, pack.Name, pack.Currency));
        Assert.Null(pack.Parameters);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    public void TaxYearStart_Default_JanuaryOfTheSameYear(int month) =>
        Assert.Equal(new YearMonth(2025, 1), new BarePack().TaxYearStart(new YearMonth(2025, month)));

    [Fact]
    public void ReadInput_Default_RefusesAnyObjectNamingThePack()
    {
        var error = Assert.Throws<PayrollInputException>(() => new BarePack().ReadInput(JsonDocument.Parse("{}").RootElement, "E1"));

        Assert.Equal("jurisdictionInput", error.Field);
        Assert.Equal("Employee 'E1', jurisdictionInput: the ZZ (Test Land) pack takes no jurisdictionInput; remove it.", error.Message);
    }

    [Fact]
    public void Validate_PlainRecord_Accepted() => new BarePack().Validate(Plain, null);

    [Fact]
    public void Validate_Null_ThrowsArgumentNull() =>
        Assert.Equal("input", Assert.Throws<ArgumentNullException>(() => new BarePack().Validate(null!, null)).ParamName);

    [Fact]
    public void RejectChinaOnlyFields_Null_ThrowsArgumentNull() =>
        Assert.Equal("input", Assert.Throws<ArgumentNullException>(() => new BarePack().Reject(null!)).ParamName);

    public static TheoryData<string, EmployeeMonthInput> ChinaOnly => new()
    {
        { "specialAdditionalDeductions", Plain with { SpecialAdditionalDeductions = new SpecialAdditionalDeductions { ElderlySupport = 0.01m } } },
        { "socialInsuranceBase", Plain with { SocialInsuranceBase = 0m } },
        { "housingFundBase", Plain with { HousingFundBase = 0m } },
        { "housingFundRate", Plain with { HousingFundRate = 0m } },
        { "yearToDate", Plain with { YearToDate = TaxYearToDate.Empty } },
        { "priorYearIncomeAtMost60000", Plain with { PriorYearIncomeAtMost60000 = true } },
        { "otherTaxDeductions", Plain with { OtherTaxDeductions = 0.01m } },
        { "annualBonusTaxMethod", Plain with { AnnualBonusTaxMethod = AnnualBonusTaxMethod.Merged } },
        // Several set: the first in the documented order is named.
        { "socialInsuranceBase", Plain with { SocialInsuranceBase = 1m, HousingFundRate = 0.1m, OtherTaxDeductions = 5m } },
    };

    [Theory]
    [MemberData(nameof(ChinaOnly))]
    public void RejectChinaOnlyFields_EachFieldEvenAtZero_RefusedNamingIt(string field, EmployeeMonthInput input)
    {
        var error = Assert.Throws<PayrollInputException>(() => new BarePack().Validate(input, null));

        Assert.Equal(field, error.Field);
        Assert.Equal(
            $"Employee 'E1', {field}: is a China mainland field; the ZZ (Test Land) pack does not read it (use jurisdictionInput and jurisdictionYearToDate, docs/jurisdictions.md).",
            error.Message);
    }
}
