using HrKit.Points.Analytics;
using HrKit.Points.Catalog;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Tests.Support;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Points.Tests.Ledger;

/// <summary>Issue 14: leaderboards, activity for badges and the report, computed by each store's own queries.</summary>
public abstract partial class LedgerStoreBehaviour
{
    private static readonly Interval June = new(Instant.FromUtc(2025, 6, 1, 0, 0), Instant.FromUtc(2025, 7, 1, 0, 0));

    private async Task SeedJuneAsync()
    {
        await Store.AppendAsync(
        [
            TestData.Award("a1", "A", 30), TestData.Award("a2", "A", 20, "learning"),
            TestData.Award("b1", "B", 50), TestData.Award("b-late", "B", -10),
            TestData.Award("c1", "C", 40), TestData.Award("c2", "C", 10),
            TestData.Award("d-may", "D", 500, at: Instant.FromUtc(2025, 5, 31, 8, 0)),
            TestData.Award("e1", "E", 25),
        ]);
        var c2 = (await Store.GetPostingsAsync(new PostingQuery { SourceId = "c2" })).Single();
        await Store.ReverseAsync(c2.Id);
        await Store.SaveItemAsync(new CatalogItem("pen", "Pen", CatalogItemKind.Welfare, 5));
        await RedeemAsync("r1", "B", "pen");
    }

    [Fact]
    public async Task GetLeaderboardAsync_June_RanksEarnedPointsWithSharedRanks()
    {
        await SeedJuneAsync();

        var board = await Store.GetLeaderboardAsync(new LeaderboardQuery(June, 10));

        // Earned in June: A 30 + 20 = 50; B 50 (penalty and spending do not count); C 40 + 10 - 10 = 40; E 25; D's 500 were in May.
        Assert.Equal([new LeaderboardEntry(1, "A", 50), new LeaderboardEntry(1, "B", 50), new LeaderboardEntry(3, "C", 40), new LeaderboardEntry(4, "E", 25)], board);
    }

    [Fact]
    public async Task GetLeaderboardAsync_CategoryDepartmentAndTop_Filter()
    {
        await SeedJuneAsync();

        var learning = await Store.GetLeaderboardAsync(new LeaderboardQuery(June, 10) { Category = "learning" });
        var department = await Store.GetLeaderboardAsync(new LeaderboardQuery(June, 10) { EmployeeIds = ["C", "E", "Z"] });
        var top1 = await Store.GetLeaderboardAsync(new LeaderboardQuery(June, 1));

        Assert.Equal([new LeaderboardEntry(1, "A", 20)], learning);
        Assert.Equal([new LeaderboardEntry(1, "C", 40), new LeaderboardEntry(2, "E", 25)], department);
        Assert.Equal([new LeaderboardEntry(1, "A", 50)], top1);
        await Assert.ThrowsAsync<PointsInputException>(() => Store.GetLeaderboardAsync(new LeaderboardQuery(June, 0)));
        await Assert.ThrowsAsync<PointsInputException>(() => Store.GetLeaderboardAsync(new LeaderboardQuery(new Interval(null, June.End), 5)));
    }

    [Fact]
    public async Task GetActivityAsync_CheckIns_OneInstantPerEventInTimeOrder()
    {
        var monday = TestData.Monday9am;
        PostingRequest CheckIn(string id, Instant at, string rule = "r") => new(id, $"{id}/{rule}", "A", "general", 1, at) { EventType = "checkIn", RuleName = rule };
        await Store.AppendAsync(
        [
            CheckIn("c2", monday + Duration.FromDays(1)), CheckIn("c1", monday), CheckIn("c1", monday, "bonus"),
            CheckIn("c3", monday + Duration.FromDays(40)),
            TestData.Award("other", "A", 1),
        ]);

        var activity = await Store.GetActivityAsync("A", "checkIn", new Interval(null, monday + Duration.FromDays(30)));

        Assert.Equal([monday, monday + Duration.FromDays(1)], activity);
    }

    [Fact]
    public async Task PointsAnalytics_GetReportAsync_AggregatesComputedByTheStore()
    {
        await SeedJuneAsync();
        var analytics = new PointsAnalytics(Store, Options.Create(new PointsOptions { CheckInEventType = "t" }));

        var report = await analytics.GetReportAsync(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30));

        // Awards in local June by A, B, C, E (D's was on 31 May, 16:00 in Shanghai). Rule "r" nets, in general,
        // 30 + 50 - 10 + 40 + 10 - 10 (the reversal of c2) + 25 = 135 over 6 awards, and 20 over 1 award in learning.
        Assert.Equal(4, report.ActiveEmployees);
        Assert.Equal([new RuleEarning("r", "general", 135, 6), new RuleEarning("r", "learning", 20, 1)], report.EarningByRule);
        Assert.Equal([new CategoryEarning("general", 135), new CategoryEarning("learning", 20)], report.EarningByCategory);
        Assert.Equal(new ItemRedemptionRate("pen", 1, 1, 0.25m), Assert.Single(report.Redemptions));
        // Every "t" event happened at 09:00 Shanghai time; 7 distinct sources in June.
        Assert.Equal(7, report.CheckInsByHour[9]);
        Assert.Equal(7, report.CheckInsByHour.Sum());
    }
}
