using HrKit.Payroll.Jurisdictions.China;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

public sealed class ChinaParametersTests
{
    // 个人所得税预扣率表一 as published (国家税务总局公告2018年第61号 附件): upper bound, rate, quick deduction.
    public static TheoryData<decimal, decimal, decimal> AnnualRows => new()
    {
        { 36_000m, 0.03m, 0m }, { 144_000m, 0.10m, 2_520m }, { 300_000m, 0.20m, 16_920m }, { 420_000m, 0.25m, 31_920m },
        { 660_000m, 0.30m, 52_920m }, { 960_000m, 0.35m, 85_920m }, { decimal.MaxValue, 0.45m, 181_920m },
    };

    // 按月换算后的综合所得税率表 as published (财税〔2018〕164号 附件).
    public static TheoryData<decimal, decimal, decimal> MonthlyRows => new()
    {
        { 3_000m, 0.03m, 0m }, { 12_000m, 0.10m, 210m }, { 25_000m, 0.20m, 1_410m }, { 35_000m, 0.25m, 2_660m },
        { 55_000m, 0.30m, 4_410m }, { 80_000m, 0.35m, 7_160m }, { decimal.MaxValue, 0.45m, 15_160m },
    };

    [Theory]
    [MemberData(nameof(AnnualRows))]
    public void AnnualComprehensiveIncome_FromDataFile_HasThePublishedRow(decimal upTo, decimal rate, decimal quickDeduction) =>
        Assert.Contains(new TaxBracket(upTo, rate, quickDeduction), TaxTable.AnnualComprehensiveIncome.Brackets);

    [Theory]
    [MemberData(nameof(MonthlyRows))]
    public void MonthlyConverted_FromDataFile_HasThePublishedRow(decimal upTo, decimal rate, decimal quickDeduction) =>
        Assert.Contains(new TaxBracket(upTo, rate, quickDeduction), TaxTable.MonthlyConverted.Brackets);

    [Fact]
    public void Parameters_BasicDeductions_AgreeWithThePublicConstants()
    {
        var set = ChinaMainlandPack.BuiltIn.Parameters;
        var month = new YearMonth(2026, 1);

        Assert.Equal(CumulativeWithholding.MonthlyBasicDeduction, set.Amount("iit.basicDeduction.monthly").At(month).Value);
        Assert.Equal(CumulativeWithholding.AnnualBasicDeduction, set.Amount("iit.basicDeduction.annual").At(month).Value);
        Assert.All(set.Amounts.SelectMany(a => a.Values), v => Assert.False(string.IsNullOrWhiteSpace(v.Source.Title)));
        Assert.StartsWith("国家税务总局公告2018年第61号", set.Scale("iit.comprehensiveIncome.annual").At(month).Source.ToString(), StringComparison.Ordinal);
    }
}
