using System.Globalization;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Localization;

namespace HrKit.Payroll.Tests.Engine;

/// <summary>
/// The number formats of explanations: a tax table row as a whole percentage and its quick deduction without trailing
/// zeros; each rounding rule's words, as the resources give them in English and Chinese.
/// </summary>
public sealed class ExplainTests
{
    [Fact]
    public void Bracket_TableRow_RatePercentAndQuickDeduction()
    {
        // Row 3 of 预扣率表一: 20 % less 16 920 (a table read with cents, 0.20 and 16920.00, shows the same).
        Assert.Equal("annual table (预扣率表一) row 20% less quick deduction 16920",
            Explain.Bracket(PayrollLocalizer.English, "Explain.AnnualTable", new TaxBracket(300_000m, 0.20m, 16_920.00m)));
    }

    [Fact]
    public void Bracket_FractionalRate_KeepsItsDecimals()
    {
        // A rate of 2.5 % and a quick deduction of 12.5 keep their one decimal.
        Assert.Equal("annual table (预扣率表一) row 2.5% less quick deduction 12.5",
            Explain.Bracket(PayrollLocalizer.English, "Explain.AnnualTable", new TaxBracket(1_000m, 0.025m, 12.5m)));
    }

    [Theory]
    [InlineData(RoundingRule.Fen, "rounded to the fen", "四舍五入到分")]
    [InlineData(RoundingRule.Jiao, "rounded to the jiao", "四舍五入到角")]
    [InlineData(RoundingRule.Yuan, "rounded to the yuan", "四舍五入到元")]
    [InlineData(RoundingRule.YuanUp, "rounded up to the yuan", "向上取整到元")]
    [InlineData(RoundingRule.None, "not rounded", "不取整")]
    public void Rounding_EachRule_ItsWordsInEnglishAndChinese(RoundingRule rule, string english, string chinese)
    {
        Assert.Equal(english, Explain.Rounding(rule));
        Assert.Equal(chinese, Explain.Rounding(PayrollLocalizer.For(CultureInfo.GetCultureInfo("zh-CN")), rule));
    }
}
