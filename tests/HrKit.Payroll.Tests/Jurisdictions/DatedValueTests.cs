using HrKit.Payroll.Jurisdictions;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions;

/// <summary>The days a value is in force: from its first day to its last, both included.</summary>
public sealed class DatedValueTests
{
    private static readonly DatedValue<decimal> Year2024 = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31), 1m, new LegalSource("Act"));

    [Theory]
    [InlineData(2023, 12, 31, false)]
    [InlineData(2024, 1, 1, true)]
    [InlineData(2024, 6, 15, true)]
    [InlineData(2024, 12, 31, true)]
    [InlineData(2025, 1, 1, false)]
    public void Covers_BothEndsIncluded(int year, int month, int day, bool expected) =>
        Assert.Equal(expected, Year2024.Covers(new LocalDate(year, month, day)));

    [Theory]
    [InlineData(2023, 12, 31, false)]
    [InlineData(2024, 1, 1, true)]
    [InlineData(9999, 12, 31, true)]
    public void Covers_OpenValue_EveryDayFromItsFirst(int year, int month, int day, bool expected) =>
        Assert.Equal(expected, (Year2024 with { EffectiveTo = null }).Covers(new LocalDate(year, month, day)));

    [Fact]
    public void Covers_OneDayValue_OnlyThatDay()
    {
        var day = new LocalDate(2024, 2, 29);
        var value = Year2024 with { EffectiveFrom = day, EffectiveTo = day };

        Assert.True(value.Covers(day));
        Assert.False(value.Covers(day.PlusDays(1)));
        Assert.False(value.Covers(day.PlusDays(-1)));
    }
}
