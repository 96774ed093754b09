using HrKit.Cli.Output.Contributions;
using HrKit.Payroll;
using HrKit.Payroll.Jurisdictions.China;
using NodaTime;

namespace HrKit.Cli.Tests.Output.Contributions;

public sealed class ContributionWordsTests
{
    [Theory]
    [InlineData("0.08", "8%")]
    [InlineData("0.16", "16%")]
    [InlineData("0.005", "0.5%")]
    [InlineData("0.008", "0.8%")]
    [InlineData("0.095", "9.5%")]
    [InlineData("0.0025", "0.25%")]
    [InlineData("0", "0%")]
    public void Percent_Fraction_PercentWithoutTrailingZeros(string rate, string expected) =>
        Assert.Equal(expected, ContributionWords.Percent(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(2025, 6, 30, 2025, 7, 1)]   // the month right after the last schedule
    [InlineData(2026, 6, 30, 2026, 11, 5)]  // Beijing, November 2026
    [InlineData(2025, 6, 30, 2027, 7, 25)]  // one past the 24-month limit
    [InlineData(2025, 12, 31, 2026, 12, 12)]
    public void MonthsAfter_LastDayAndMonth_WholeMonthsBetween(int y, int m, int d, int year, int month, int expected) =>
        Assert.Equal(expected, ContributionWords.MonthsAfter(new LocalDate(y, m, d), new YearMonth(year, month)));

    [Fact]
    public void Camel_EnumValues_AsTheCityFilesWriteThem()
    {
        Assert.Equal("yuanUp", ContributionWords.Camel(RoundingRule.YuanUp));
        Assert.Equal("carriedForward", ContributionWords.Camel(ContributionCoverage.CarriedForward));
        Assert.Equal("unconfirmed", ContributionWords.Camel(ContributionConfidence.Unconfirmed));
    }
}
