using HrKit.Points.Analytics;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using NodaTime;
using NSubstitute;

namespace HrKit.Mocking.Tests;

public sealed class PointsMockingTests
{
    // A host's code under test: awards points for one event and says how many were awarded.
    private sealed class CheckInHandler(PointsService points)
    {
        public async Task<long> HandleAsync(PointsEvent e) => (await points.ProcessAsync(e)).Posted.Sum(p => p.Points);
    }

    private static readonly Instant Monday9am = Instant.FromUtc(2025, 6, 2, 1, 0);

    private static Posting Award(long points) =>
        new(1, "e1", "e1/checkIn", "E1", "attendance", points, PostingKind.Award, Monday9am, Monday9am);

    [Fact]
    public async Task ProcessAsync_Mocked_HostSeesTheMockedPostings()
    {
        var points = Substitute.For<PointsService>();
        points.ProcessAsync(Arg.Any<PointsEvent>(), Arg.Any<CancellationToken>()).Returns(new AppendResult([Award(2), Award(3)], []));

        var awarded = await new CheckInHandler(points).HandleAsync(new PointsEvent("e1", "E1", "checkIn", Monday9am));

        Assert.Equal(5, awarded);
        await points.Received(1).ProcessAsync(Arg.Is<PointsEvent>(e => e.EventId == "e1"), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task GetReportAsync_Mocked_ReturnsTheMockedReport()
    {
        var analytics = Substitute.For<PointsAnalytics>();
        var june = new DateInterval(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30));
        analytics.GetReportAsync(june.Start, june.End, Arg.Any<CancellationToken>())
            .Returns(new PointsReport(june, 42, [], [], [], new int[24]));

        var report = await analytics.GetReportAsync(june.Start, june.End);

        Assert.Equal(42, report.ActiveEmployees);
    }

    [Fact]
    public async Task GetAsync_LearningBonusMocked_ReturnsTheMockedBonus()
    {
        var calculator = Substitute.For<LearningBonusCalculator>();
        calculator.GetAsync("E1", new YearMonth(2025, 6), Arg.Any<CancellationToken>())
            .Returns(new LearningBonus("E1", new YearMonth(2025, 6), 80, 0.16m));

        var bonus = await calculator.GetAsync("E1", new YearMonth(2025, 6));

        Assert.Equal(0.16m, bonus.Factor);
    }
}
