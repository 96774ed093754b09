using HrKit.Points.Analytics;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Tests.Support;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Analytics;

/// <summary>The sample events through the default policy, checked against numbers worked out by hand.</summary>
public sealed class SampleDemoTests
{
    private static long Points(PointsDemoResult r, string employee, string category) =>
        r.Balances[employee].SingleOrDefault(b => b.Category == category).Points;

    [Fact]
    public async Task RunDemoAsync_SampleEvents_HandComputedBalances()
    {
        var result = await RunOnSqliteAsync(TestData.TempPath(".db"));

        // E001 general: check-ins 1 + 1, excellent review 20, full attendance 10 = 32, less a 20-point movie ticket = 12.
        // E001 learning: four shares 2 + 2 + 2 + 0 (daily cap 6) = 6, less a 5-point handbook = 1.
        Assert.Equal((12L, 1L), (Points(result, "E001", "general"), Points(result, "E001", "learning")));
        // E002: check-ins 1 + 1, comment 1, full attendance 10 = 13; a 180-minute course = 15 learning; review 85 earns nothing.
        Assert.Equal((13L, 15L), (Points(result, "E002", "general"), Points(result, "E002", "learning")));
        // E003: late −5 on an empty balance takes nothing; check-in 1; a 60-minute course = 10 learning; one absence, no bonus.
        Assert.Equal((1L, 10L), (Points(result, "E003", "general"), Points(result, "E003", "learning")));
        Assert.Equal(["evt-0001"], result.Events.DuplicateSources);
    }

    [Fact]
    public async Task RunDemoAsync_SecondRunOnSameFile_ChangesNothing()
    {
        var path = TestData.TempPath(".db");
        var first = await RunOnSqliteAsync(path);

        var second = await RunOnSqliteAsync(path);

        Assert.Empty(second.Events.Posted);
        Assert.Equal(first.Redemptions.Select(p => p.Id), second.Redemptions.Select(p => p.Id));
        Assert.Equal(first.Balances["E001"], second.Balances["E001"]);
    }

    [Fact]
    public async Task Report_SampleMonth_HandComputedFigures()
    {
        var report = (await RunOnSqliteAsync(TestData.TempPath(".db"))).Report;

        Assert.Equal(3, report.ActiveEmployees);
        // Check-ins at 08:41, 08:58, 09:02, 08:37, 08:50 local; the redelivered 08:41 is not counted twice.
        Assert.Equal(4, report.CheckInsByHour[8]);
        Assert.Equal(1, report.CheckInsByHour[9]);
        Assert.Equal(5, report.CheckInsByHour.Sum());
        // One of three active employees redeemed each of the two items: 1/3.
        Assert.Equal(0.3333m, report.Redemptions.Single(r => r.ItemId == "movie-ticket").Rate);
        Assert.Equal(0m, report.Redemptions.Single(r => r.ItemId == "gym-card").Rate);
        Assert.Equal(
            ["TrainingCourseCompleted:25", "ExcellentPerformance:20", "FullAttendanceMonth:20", "ShareArticle:6", "DailyCheckIn:5", "Comment:1", "Late:0"],
            report.EarningByRule.Select(r => $"{r.RuleName}:{r.Points}"));
        Assert.Equal([new CategoryEarning("general", 46), new CategoryEarning("learning", 31)], report.EarningByCategory);
    }

    [Fact]
    public async Task LearningBonuses_SampleMonth_FactorIsShareOfTargetTimesMax()
    {
        var bonuses = (await RunOnSqliteAsync(TestData.TempPath(".db"))).LearningBonuses;

        // target 50, max 0.10: 6 → 0.012, 15 → 0.03, 10 → 0.02 (spending learning points does not reduce what was earned).
        Assert.Equal(["E001:6:0.0120", "E002:15:0.0300", "E003:10:0.0200"],
            bonuses.Select(b => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{b.EmployeeId}:{b.LearningPoints}:{b.Factor:0.0000}")));
    }

    private static async Task<PointsDemoResult> RunOnSqliteAsync(string path)
    {
        await using var store = SqlitePointsLedgerStore.Create(path, new FakeClock(TestData.Monday9am));
        return await PointsSamples.RunDemoAsync(store);
    }
}
