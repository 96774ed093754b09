using HrKit.Points.Analytics;
using HrKit.Points.Catalog;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Tests.Support;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Points.Tests.Ledger;

/// <summary>Periods are half-open on every query: the first instant is in, the end instant is the next period's.</summary>
public abstract partial class LedgerStoreBehaviour
{
    [Fact]
    public async Task GetLeaderboardAsync_PostingsOnThePeriodsEdges_FirstInstantCountsEndInstantAndNothingEarnedDoNot()
    {
        await Store.AppendAsync(
        [
            TestData.Award("f1", "F", 10, at: June.Start),
            TestData.Award("g1", "G", 20, at: June.End),
            TestData.Award("h-may", "H", 5, at: June.Start - Duration.FromDays(1)),
            TestData.Award("h-late", "H", -3),
        ]);

        var board = await Store.GetLeaderboardAsync(new LeaderboardQuery(June, 10));

        // F earned 10 at June's first instant; G's 20 belong to July; H only lost points in June (earned 0).
        Assert.Equal([new LeaderboardEntry(1, "F", 10)], board);
    }

    [Fact]
    public async Task GetActivityAsync_EdgesOtherEmployeesAndOneEventTwice_OnlyTheEmployeesFirstInstantsInThePeriod()
    {
        var period = new Interval(TestData.Monday9am, TestData.Monday9am + Duration.FromDays(7));
        PostingRequest CheckIn(string id, string employee, Instant at, string rule = "r") =>
            new(id, $"{id}/{rule}", employee, "general", 1, at) { EventType = "checkIn", RuleName = rule };
        var tuesday = TestData.Monday9am + Duration.FromDays(1);
        await Store.AppendAsync(
        [
            CheckIn("c0", "A", period.Start - Duration.FromTicks(1)),
            CheckIn("c1", "A", period.Start),
            CheckIn("c2", "A", tuesday), CheckIn("c2", "A", tuesday + Duration.FromHours(1), "bonus"),
            CheckIn("c3", "A", period.End),
            CheckIn("b1", "B", tuesday + Duration.FromDays(1)),
        ]);

        var activity = await Store.GetActivityAsync("A", "checkIn", period);

        // c0 a tick before the start is out, c1 at the first instant is in, c3 at the end instant is not, B's check-in is B's; c2 counts once, at its earliest posting.
        Assert.Equal([period.Start, tuesday], activity);
    }

    [Fact]
    public async Task PointsAnalytics_GetReportAsync_AwardsOnTheMonthsEdges_FirstInstantCountsEndInstantDoesNot()
    {
        // Shanghai's June is 2025-05-31T16:00Z up to (not including) 2025-06-30T16:00Z.
        await Store.AppendAsync(
        [
            TestData.Award("in", "A", 10, at: Instant.FromUtc(2025, 5, 31, 16, 0)),
            TestData.Award("out", "B", 20, at: Instant.FromUtc(2025, 6, 30, 16, 0)),
        ]);
        var analytics = new PointsAnalytics(Store, Options.Create(new PointsOptions { TimeZoneId = "Asia/Shanghai" }));

        var report = await analytics.GetReportAsync(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30));

        Assert.Equal(1, report.ActiveEmployees);
        Assert.Equal(new RuleEarning("r", "general", 10, 1), Assert.Single(report.EarningByRule));
    }

    [Fact]
    public async Task GetItemsAsync_SavedInAnyOrder_ListedInOrdinalIdOrder()
    {
        foreach (var id in new[] { "pen", "Book", "apple" })
        {
            await Store.SaveItemAsync(new CatalogItem(id, id, CatalogItemKind.Welfare, 1));
        }

        Assert.Equal(["Book", "apple", "pen"], (await Store.GetItemsAsync()).Select(i => i.Id));
    }

    [Fact]
    public async Task GetPostingsAsync_ByCategoryOrCapKey_OnlyThoseAndTheCapKeyIsKept()
    {
        var capped = TestData.Award("c1", "A", 10) with { CapKey = "Share@day", CapLimit = 10 };
        await Store.AppendAsync([capped, TestData.Award("l1", "A", 5, "learning"), TestData.Award("b1", "B", 3)]);

        var learning = Assert.Single(await Store.GetPostingsAsync(new PostingQuery { Category = "learning" }));
        var byCap = Assert.Single(await Store.GetPostingsAsync(new PostingQuery { CapKey = "Share@day" }));

        Assert.Equal(("l1", 5L), (learning.SourceId, learning.Points));
        Assert.Equal(("c1", "Share@day"), (byCap.SourceId, byCap.CapKey));

        // Reversing the capped award gives its 10 back to the cap: a second capped award of 10 gets all of them.
        await Store.ReverseAsync(byCap.Id);
        var again = await Store.AppendAsync([capped with { SourceId = "c2", IdempotencyKey = "c2/r" }]);
        Assert.Equal(10, Assert.Single(again.Posted).Points);
    }
}
