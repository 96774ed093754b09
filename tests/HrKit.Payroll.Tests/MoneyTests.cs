namespace HrKit.Payroll.Tests;

/// <summary>Every rounding rule on a half-way case, a case below half and an amount already at its places (四舍五入: half away from zero).</summary>
public sealed class MoneyTests
{
    private static decimal D(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2.345", "2.35")]
    [InlineData("-2.345", "-2.35")]
    [InlineData("2.3449", "2.34")]
    [InlineData("10.5", "10.5")]
    public void RoundToFen_HalfAwayFromZero(string amount, string expected) =>
        Assert.Equal(D(expected), Money.RoundToFen(D(amount)));

    [Theory]
    [InlineData(RoundingRule.Fen, "1234.565", "1234.57")]
    [InlineData(RoundingRule.Fen, "1234.564", "1234.56")]
    [InlineData(RoundingRule.Jiao, "1234.55", "1234.6")]
    [InlineData(RoundingRule.Jiao, "1234.549", "1234.5")]
    [InlineData(RoundingRule.Jiao, "-1234.55", "-1234.6")]
    [InlineData(RoundingRule.Yuan, "1234.5", "1235")]
    [InlineData(RoundingRule.Yuan, "1234.49", "1234")]
    [InlineData(RoundingRule.Yuan, "-0.5", "-1")]
    [InlineData(RoundingRule.YuanUp, "1234.01", "1235")]     // any part of a yuan goes up
    [InlineData(RoundingRule.YuanUp, "1234.00", "1234")]     // a whole yuan written with places stays
    [InlineData(RoundingRule.YuanUp, "1234", "1234")]
    [InlineData(RoundingRule.None, "1234.56789", "1234.56789")]
    public void Round_EachRule_HandComputed(RoundingRule rule, string amount, string expected)
    {
        var rounded = Money.Round(D(amount), rule);

        Assert.Equal(D(expected), rounded);
    }

    [Theory]
    [InlineData(RoundingRule.Fen, "0.125", 2)]
    [InlineData(RoundingRule.Jiao, "0.125", 1)]
    [InlineData(RoundingRule.Yuan, "0.125", 0)]
    [InlineData(RoundingRule.None, "0.125", 3)]
    public void Round_EachRule_KeepsItsPlaces(RoundingRule rule, string amount, int places) =>
        Assert.Equal(places, Money.Round(D(amount), rule).Scale);

    [Fact]
    public void Round_UndefinedRule_ArgumentOutOfRangeNamingRule() =>
        Assert.Equal("rule", Assert.Throws<ArgumentOutOfRangeException>(() => Money.Round(1m, (RoundingRule)5)).ParamName);
}
