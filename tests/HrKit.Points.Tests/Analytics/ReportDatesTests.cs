using HrKit;
using HrKit.Points;
using HrKit.Points.Analytics;
using HrKit.Points.Ledger;
using HrKit.Points.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Analytics;

/// <summary>Issue 10: report periods at the ends of the calendar are refused as arguments, not failed in date arithmetic.</summary>
public sealed class ReportDatesTests
{
    private readonly IPointsLedgerStore _store = PointsLedgerStores.InMemory(new FakeClock(TestData.Monday9am));

    [Fact]
    public async Task GetReportAsync_LastDayOfTheCalendar_ThrowsPointsInputExceptionNamingTheDate()
    {
        var analytics = new PointsAnalytics(_store, new PointsOptions());

        var ex = await Assert.ThrowsAsync<PointsInputException>(() => analytics.GetReportAsync(new LocalDate(2025, 1, 1), new LocalDate(9999, 12, 31)));

        Assert.Equal("last", ex.Target?.Field);
    }

    [Fact]
    public async Task GetReportAsync_LastBeforeFirst_ThrowsArgumentException()
    {
        var analytics = new PointsAnalytics(_store, new PointsOptions());

        await Assert.ThrowsAnyAsync<ArgumentException>(() => analytics.GetReportAsync(new LocalDate(2025, 6, 2), new LocalDate(2025, 6, 1)));
    }

    [Fact]
    public async Task GetReportAsync_WideRangeInsideTheCalendar_ReportsEmpty()
    {
        var report = await new PointsAnalytics(_store, new PointsOptions { TimeZoneId = "Pacific/Kiritimati" })
            .GetReportAsync(new LocalDate(1, 1, 1), new LocalDate(9998, 12, 31));

        Assert.Equal(0, report.ActiveEmployees);
    }

    [Fact]
    public async Task GetAsync_LastMonthOfTheCalendar_ThrowsPointsInputException()
    {
        var calculator = new LearningBonusCalculator(_store, new PointsOptions());

        await Assert.ThrowsAsync<PointsInputException>(() => calculator.GetAsync("E1", new YearMonth(9999, 12)));
    }
}
