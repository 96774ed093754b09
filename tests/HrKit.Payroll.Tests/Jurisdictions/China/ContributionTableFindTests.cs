using HrKit.Payroll.Jurisdictions.China;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

/// <summary>
/// <see cref="ContributionTable.Find"/> probes the lower-case key ordinally before the case-insensitive one and searches
/// a city's schedules newest first: neither may change which schedule a month is paid on.
/// </summary>
public sealed class ContributionTableFindTests
{
    private static readonly ContributionTable Table = new(
    [
        Schedule("Testville", new LocalDate(2023, 7, 1), new LocalDate(2024, 6, 30)),
        Schedule("testville", new LocalDate(2024, 7, 1), new LocalDate(2025, 3, 31)),
        // A gap: April to June 2025 has no schedule.
        Schedule("TESTVILLE", new LocalDate(2025, 7, 1), new LocalDate(2026, 6, 30)),
    ]);

    [Theory]
    [InlineData("testville")]
    [InlineData("TestVille")]
    [InlineData("TESTVILLE")]
    public void Find_CityInAnySpelling_SameScheduleForEachMonth(string city)
    {
        Assert.Equal(new LocalDate(2023, 7, 1), Table.Find(city, new YearMonth(2023, 7))!.EffectiveFrom);
        Assert.Equal(new LocalDate(2023, 7, 1), Table.Find(city, new YearMonth(2024, 6))!.EffectiveFrom);
        Assert.Equal(new LocalDate(2024, 7, 1), Table.Find(city, new YearMonth(2024, 7))!.EffectiveFrom);
        Assert.Equal(new LocalDate(2024, 7, 1), Table.Find(city, new YearMonth(2025, 3))!.EffectiveFrom);
        Assert.Equal(new LocalDate(2025, 7, 1), Table.Find(city, new YearMonth(2026, 6))!.EffectiveFrom);
    }

    [Theory]
    [InlineData(2023, 6)] // before the first schedule
    [InlineData(2025, 4)] // in the gap between two schedules
    [InlineData(2025, 6)]
    [InlineData(2026, 7)] // after the last one (Find does not carry forward; Lookup does)
    public void Find_MonthNoScheduleCovers_Null(int year, int month) =>
        Assert.Null(Table.Find("testville", new YearMonth(year, month)));

    [Fact]
    public void Find_UnknownOrNullCity_Null()
    {
        Assert.Null(Table.Find("testvill", new YearMonth(2024, 7)));
        Assert.Null(Table.Find(null!, new YearMonth(2024, 7)));
    }

    private static CityContributionSchedule Schedule(string city, LocalDate from, LocalDate? to) =>
        new(city, from, to, [new ContributionItem("PENSION", "养老保险", 0.08m, 0.16m, 0m, 4_000m, 20_000m, RoundingRule.Fen)], 0m, 0m, "test");
}
