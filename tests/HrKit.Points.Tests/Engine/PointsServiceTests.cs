using Microsoft.Extensions.Options;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using HrKit.Points.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Engine;

public sealed class PointsServiceTests
{
    private readonly FakeClock _clock = new(TestData.Monday9am);

    private PointsService Create(PointsPolicy? policy = null) =>
        new(new StaticPointsPolicySource(policy ?? PointsPolicyLoader.LoadDefault()), PointsLedgerStores.InMemory(_clock), Options.Create(new PointsOptions()));

    private static long Balance(IReadOnlyList<CategoryBalance> balances, string category) =>
        balances.SingleOrDefault(b => b.Category == category).Points;

    [Fact]
    public async Task ProcessAsync_CheckInTwiceSameDay_AwardsOnePoint()
    {
        var service = Create();

        await service.ProcessAsync(TestData.Event("c1", "E1", "checkIn"));
        var second = await service.ProcessAsync(TestData.Event("c2", "E1", "checkIn", TestData.Monday9am + Duration.FromHours(3)));

        Assert.Equal(0, Assert.Single(second.Posted).Points);
        Assert.Equal(1, Balance(await service.GetBalancesAsync("E1"), "general"));
    }

    [Fact]
    public async Task ProcessAsync_SameEventTwice_AwardsOnce()
    {
        var service = Create();
        var e = TestData.Event("p1", "E1", "performanceReview") with { Score = 95 };

        await service.ProcessAsync(e);
        var again = await service.ProcessAsync(e);

        Assert.Empty(again.Posted);
        Assert.Equal(["p1"], again.DuplicateSources);
        Assert.Equal(20, Balance(await service.GetBalancesAsync("E1"), "general"));
    }

    [Fact]
    public async Task ProcessBatchAsync_ShareArticleFourTimes_CappedAtSixPerDayAndResetsNextDay()
    {
        var service = Create();
        var day1 = Enumerable.Range(1, 4).Select(i => TestData.Event($"s{i}", "E1", "shareArticle", TestData.Monday9am + Duration.FromMinutes(i))).ToList();
        // 23:30 Shanghai on Monday is still Monday; 00:30 Tuesday is a new day.
        var lateMonday = TestData.Event("s5", "E1", "shareArticle", Instant.FromUtc(2025, 6, 2, 15, 30));
        var tuesday = TestData.Event("s6", "E1", "shareArticle", Instant.FromUtc(2025, 6, 2, 16, 30));

        var result = await service.ProcessBatchAsync([.. day1, lateMonday, tuesday]);

        Assert.Equal([2L, 2, 2, 0, 0, 2], result.Posted.Select(p => p.Points));
        Assert.Equal(8, Balance(await service.GetBalancesAsync("E1"), "learning"));
    }

    [Fact]
    public async Task ProcessBatchAsync_DefaultPolicyMonth_GivesHandComputedBalances()
    {
        var service = Create();
        var t = TestData.Monday9am;
        PointsEvent[] events =
        [
            TestData.Event("1", "E1", "checkIn", t),
            TestData.Event("2", "E1", "attendanceMonth", t) with { Count = 0 },
            TestData.Event("3", "E2", "attendanceMonth", t) with { Count = 2 },
            TestData.Event("4", "E1", "performanceReview", t) with { Score = 89.9m },
            TestData.Event("5", "E1", "trainingCompleted", t) with { Minutes = 120 },
            TestData.Event("6", "E1", "trainingCompleted", t) with { Minutes = 90 },
            TestData.Event("7", "E1", "comment", t),
            TestData.Event("8", "E1", "late", t),
            TestData.Event("9", "E2", "late", t),
        ];

        await service.ProcessBatchAsync(events);

        // E1 general: check-in 1 + full attendance 10 + comment 1 - late 5 = 7; score 89.9 < 90 earns nothing.
        // E1 learning: courses 15 (120 min) + 10 (90 min) = 25. E2: no full attendance, late clamps at 0.
        var e1 = await service.GetBalancesAsync("E1");
        Assert.Equal((7L, 25L), (Balance(e1, "general"), Balance(e1, "learning")));
        Assert.Equal(0, Balance(await service.GetBalancesAsync("E2"), "general"));
    }

    [Fact]
    public async Task ProcessBatchAsync_EventWithoutEmployee_RejectsOnlyThatEvent()
    {
        var service = Create();

        var result = await service.ProcessBatchAsync([TestData.Event("ok", "E1", "checkIn"), TestData.Event("bad", "", "checkIn")]);

        var rejected = Assert.Single(result.Rejected);
        Assert.Equal((1, "bad", "employeeId"), (rejected.Index, rejected.EventId, rejected.Field));
        Assert.Equal(["ok"], (await service.Store.GetPostingsAsync(new PostingQuery())).Select(p => p.SourceId));
    }

    [Fact]
    public async Task ProcessAsync_ExpireAfterSet_StampsExpiry()
    {
        var service = new PointsService(new StaticPointsPolicySource(PointsPolicyLoader.LoadDefault()), PointsLedgerStores.InMemory(_clock), Options.Create(new PointsOptions { ExpireAfter = Duration.FromDays(365) }));

        var result = await service.ProcessAsync(TestData.Event("c", "E1", "checkIn"));

        Assert.Equal(TestData.Monday9am + Duration.FromDays(365), Assert.Single(result.Posted).ExpiresAt);
    }

    [Fact]
    public async Task ProcessAsync_AllowedHelpers_StringAndMathWork()
    {
        var policy = PointsPolicyLoader.Parse("""
            { "WorkflowName": "T", "Rules": [
              { "RuleName": "Weekend", "Expression": "e.Type == \"comment\" && e.DayOfWeek >= 6 && e.Subject.StartsWith(\"hr-\") && e.Subject.Length > 4",
                "Properties": { "points": "Math.Min(e.Minutes / 10, 5)" } } ] }
            """);
        var service = Create(policy);
        var saturday = Instant.FromUtc(2025, 6, 7, 2, 0);

        var hit = await service.ProcessAsync(TestData.Event("w1", "E1", "comment", saturday) with { Subject = "hr-news", Minutes = 37 });
        var weekday = await service.ProcessAsync(TestData.Event("w2", "E1", "comment") with { Subject = "hr-news", Minutes = 37 });
        var capped = await service.ProcessAsync(TestData.Event("w3", "E1", "comment", saturday) with { Subject = "hr-news", Minutes = 400 });

        // 37 / 10 = 3 (whole points); Monday is not a weekend; min(40, 5) = 5.
        Assert.Equal((3L, 0, 5L), (Assert.Single(hit.Posted).Points, weekday.Posted.Count, Assert.Single(capped.Posted).Points));
    }

    [Fact]
    public void Constructor_UnknownTimeZone_SaysWhatToUse()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PointsService(
            new StaticPointsPolicySource(PointsPolicyLoader.LoadDefault()), PointsLedgerStores.InMemory(_clock), Options.Create(new PointsOptions { TimeZoneId = "Beijing" })));

        Assert.Contains("Asia/Shanghai", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_HourRule_UsesPolicyTimeZone()
    {
        var policy = PointsPolicyLoader.Parse("""{ "WorkflowName": "T", "Rules": [ { "RuleName": "Early", "Expression": "e.Type == \"checkIn\" && e.Hour < 9", "Properties": { "points": 2 } } ] }""");
        var service = Create(policy);

        // 00:55 UTC is 08:55 in Shanghai: early. 01:05 UTC is 09:05: not early.
        var early = await service.ProcessAsync(TestData.Event("a", "E1", "checkIn", Instant.FromUtc(2025, 6, 2, 0, 55)));
        var late = await service.ProcessAsync(TestData.Event("b", "E1", "checkIn", Instant.FromUtc(2025, 6, 3, 1, 5)));

        Assert.Equal((1, 0), (early.Posted.Count, late.Posted.Count));
    }
}
