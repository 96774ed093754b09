using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

/// <summary>
/// The table's boundaries, day by day: a schedule's last day against the next one's first, a city whose data ends on
/// the first of a month, overrides of several cities at once, and the exact wording of the carried-forward notice.
/// Each case is one a Stryker run showed no other test noticed (tests/README.md).
/// </summary>
public sealed class ContributionTableBoundaryTests
{
    [Fact]
    public void Constructor_NextScheduleStartsOnThePreviousOnesLastDay_IsRejectedAsAnOverlap()
    {
        // 2025-06-30 is in both schedules: the earlier one's last day and the later one's first.
        var error = Assert.Throws<ArgumentException>(() => new ContributionTable(
        [
            Schedule("testville", new LocalDate(2024, 7, 1), new LocalDate(2025, 6, 30)),
            Schedule("testville", new LocalDate(2025, 6, 30), new LocalDate(2026, 6, 29)),
        ]));

        Assert.Contains("City 'testville': the schedule 2024-07-01..2025-06-30 overlaps the one from 2025-06-30", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NextScheduleStartsTheDayAfter_IsAccepted()
    {
        var table = new ContributionTable(
        [
            Schedule("testville", new LocalDate(2024, 7, 1), new LocalDate(2025, 6, 30)),
            Schedule("testville", new LocalDate(2025, 7, 1), null),
        ]);

        Assert.Equal(new LocalDate(2025, 7, 1), table.Find("testville", new YearMonth(2025, 7))!.EffectiveFrom);
        Assert.Equal(new LocalDate(2024, 7, 1), table.Find("testville", new YearMonth(2025, 6))!.EffectiveFrom);
    }

    [Fact]
    public void Constructor_OpenEndedScheduleFollowedByAnother_IsRejectedWithTheOpenRangeNamed()
    {
        var error = Assert.Throws<ArgumentException>(() => new ContributionTable(
        [
            Schedule("testville", new LocalDate(2024, 7, 1), null),
            Schedule("testville", new LocalDate(2025, 7, 1), null),
        ]));

        Assert.Contains("the schedule 2024-07-01..open overlaps the one from 2025-07-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CitiesEndingBefore_ScheduleEndingOnTheFirstOfTheMonth_IsNotBehindInThatMonth()
    {
        // The schedule still covers 1 July, so July is paid on it as published; August is the first month behind.
        var table = new ContributionTable([Schedule("testville", new LocalDate(2024, 7, 1), new LocalDate(2025, 7, 1))]);

        Assert.Empty(table.CitiesEndingBefore(new YearMonth(2025, 7)));
        Assert.Equal(ContributionCoverage.Published, table.Lookup("testville", new YearMonth(2025, 7)).Coverage);
        Assert.Single(table.CitiesEndingBefore(new YearMonth(2025, 8)));
        Assert.Equal(ContributionCoverage.CarriedForward, table.Lookup("testville", new YearMonth(2025, 8)).Coverage);
    }

    [Fact]
    public void Coverage_SeveralCities_AreListedInOrdinalOrderOfTheirCodes()
    {
        var table = new ContributionTable(
        [
            Schedule("zhuhai", new LocalDate(2025, 1, 1), null),
            Schedule("anshan", new LocalDate(2025, 1, 1), null),
            Schedule("mianyang", new LocalDate(2025, 1, 1), null),
        ]);

        Assert.Equal(["anshan", "mianyang", "zhuhai"], table.Coverage().Select(c => c.City));
    }

    [Fact]
    public void With_OverridesForTwoCities_ReplacesTheMatchingScheduleOfEach()
    {
        var table = new ContributionTable(
        [
            Schedule("alpha", new LocalDate(2025, 1, 1), null),
            Schedule("beta", new LocalDate(2025, 1, 1), null),
        ]);

        var replaced = table.With(
        [
            Schedule("alpha", new LocalDate(2025, 1, 1), null, ceiling: 30_000m),
            Schedule("beta", new LocalDate(2025, 1, 1), null, ceiling: 31_000m),
        ]);

        Assert.Equal(30_000m, Assert.Single(replaced.SchedulesOf("alpha")).Items[0].BaseCeiling);
        Assert.Equal(31_000m, Assert.Single(replaced.SchedulesOf("beta")).Items[0].BaseCeiling);
    }

    [Fact]
    public void Lookup_CarriedForward_SaysWhichCycleIsMissingWhichIsUsedAndWhatToDo()
    {
        // Last schedule 2024-07-01..2025-06-30; September 2025 is 3 months after its last month (June).
        var table = new ContributionTable([Schedule("testville", new LocalDate(2024, 7, 1), new LocalDate(2025, 6, 30))]);

        var lookup = table.Lookup("testville", new YearMonth(2025, 9));

        Assert.Equal(
            "2025-07 cycle not yet published; bases of the 2024-07 cycle used (testville schedule 2024-07-01..2025-06-30, carried forward 3 of at most 24 months)."
            + " Provisional: when the 2025-07 cycle is added, re-run 2025-09 and settle the difference per employee and item.",
            lookup.Message);
        Assert.Equal(lookup.Message, lookup.CarryForward!.Message);
    }

    [Fact]
    public void PublicMembers_NullArguments_ThrowArgumentNullException()
    {
        var table = new ContributionTable([Schedule("testville", new LocalDate(2024, 7, 1), null)]);

        Assert.Throws<ArgumentNullException>(() => new ContributionTable(null!));
        Assert.Throws<ArgumentNullException>(() => table.With(null!));
        Assert.Throws<ArgumentNullException>(() => table.ReplaceCities(null!));
        Assert.Throws<ArgumentNullException>(() => table.Lookup(null!, new YearMonth(2025, 1)));
    }

    private static CityContributionSchedule Schedule(string city, LocalDate from, LocalDate? to, decimal ceiling = 20_000m) =>
        new(city, from, to, [new ContributionItem("PENSION", "养老保险", 0.08m, 0.16m, 0m, 4_000m, ceiling, RoundingRule.Fen)], 0m, 0m, "test");
}
