using HrKit.Points.Analytics;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Tests.Support;
using NodaTime;

namespace HrKit.Points.Tests.Ledger;

/// <summary>Issue 14: the report read from the summaries kept by every append equals the report straight from the postings.</summary>
public abstract partial class LedgerStoreBehaviour
{
    [Fact]
    public async Task PointsAnalytics_GetReportAsync_MixedActivity_MatchesReportStraightFromPostings()
    {
        await ReportWorkload.SeedAsync(Store, Clock);
        await WriteUncheckedAsync(ReportWorkload.BeforeBounds());

        await ReportWorkload.AssertReportsMatchPostingsAsync(Store);
    }

    [Fact]
    public async Task PointsAnalytics_GetReportAsync_MixedActivityInShanghaiJune_HandCountedTotals()
    {
        await ReportWorkload.SeedAsync(Store, Clock);

        var report = await ReportWorkload.ReportAsync(Store, ReportWorkload.Periods[0]);

        // Local June is 31 May 16:00 to 30 June 16:00 UTC: A, B, C and D award (E's are outside). Rule r nets
        // c1 10 + c2 10 - 10 (reversed) + team 3 × 3 + x1 50 + p1 5 = 74 over 7 awards. Check-ins per employee: c1 (two
        // rules, once), c2, team for A, B and C, x1, p1 (award and penalty, once) = 7, at 04, 09, 10, 10, 10, 08, 17 h.
        Assert.Equal(4, report.ActiveEmployees);
        Assert.Equal(new RuleEarning("r", "general", 74, 7), report.EarningByRule.Single(r => r.RuleName == "r"));
        Assert.Equal(new RuleEarning("lateness", "general", -3, 1), report.EarningByRule.Single(r => r.RuleName == "lateness"));
        Assert.Equal(7, report.CheckInsByHour.Sum());
        Assert.Equal([1, 1, 3, 1, 1], new[] { 4, 9, 10, 8, 17 }.Select(h => report.CheckInsByHour[h]));
    }

    [Fact]
    public async Task PointsAnalytics_GetReportAsync_ZoneOffsetNotWholeQuarterHours_CountsThePartsOfBucketsInThePeriod()
    {
        await WriteUncheckedAsync(ReportWorkload.BeforeBounds());

        var report = await ReportWorkload.ReportAsync(Store, ReportWorkload.Periods[^1]);

        // Local June 1930 in Monrovia is 1 June 00:44:30 to 1 July 00:44:30 UTC: m-first, m-mid and m-last, not the
        // awards 30 s before and after it in the same 15-minute buckets.
        Assert.Equal((2, new RuleEarning("r", "general", 14, 3)), (report.ActiveEmployees, report.EarningByRule.Single()));
        Assert.Equal(3, report.CheckInsByHour.Sum());
    }

    [Fact]
    public async Task PointsAnalytics_GetReportAsync_WeekInsideAMonth_CountsOnlyEmployeesActiveInTheWeek()
    {
        // A and B award before and after the week (same UTC month), only B inside it: the month's first and last award
        // cannot tell, so the store must not count A.
        await Store.AppendAsync(
        [
            TestData.Award("a-before", "A", 1, at: Instant.FromUtc(2025, 6, 1, 8, 0)), TestData.Award("a-after", "A", 1, at: Instant.FromUtc(2025, 6, 20, 8, 0)),
            TestData.Award("b-in", "B", 1, at: Instant.FromUtc(2025, 6, 10, 8, 0)),
        ]);

        var report = await ReportWorkload.ReportAsync(Store, ("Asia/Shanghai", new LocalDate(2025, 6, 9), new LocalDate(2025, 6, 15)));

        Assert.Equal(1, report.ActiveEmployees);
    }

    [Fact]
    public async Task PointsAnalytics_GetReportAsync_LaterBatchAwardsEarlierInTheMonth_CountsTheEmployeeThen()
    {
        // The first batch leaves A's June row at the 20th; the second must move it to the 5th although the row is known.
        await Store.AppendAsync([TestData.Award("late", "A", 1, at: Instant.FromUtc(2025, 6, 20, 8, 0))]);
        await Store.AppendAsync([TestData.Award("early", "A", 1, at: Instant.FromUtc(2025, 6, 5, 8, 0))]);

        var report = await ReportWorkload.ReportAsync(Store, ("Asia/Shanghai", new LocalDate(2025, 5, 25), new LocalDate(2025, 6, 10)));

        Assert.Equal(1, report.ActiveEmployees);
    }

    [Fact]
    public async Task PointsAnalytics_GetReportAsync_LaterBatchAwardsLaterInTheMonth_CountsTheEmployeeThen()
    {
        // The first batch leaves A's June row at the 5th to the 15th; the second (10th to 20th) starts inside that
        // range but ends after it, so the row must still move to the 20th. The period crosses into July, so June is
        // read from its month rows rather than from the postings.
        await Store.AppendAsync([TestData.Award("a1", "A", 1, at: Instant.FromUtc(2025, 6, 5, 8, 0)), TestData.Award("a2", "A", 1, at: Instant.FromUtc(2025, 6, 15, 8, 0))]);
        await Store.AppendAsync([TestData.Award("a3", "A", 1, at: Instant.FromUtc(2025, 6, 10, 8, 0)), TestData.Award("a4", "A", 1, at: Instant.FromUtc(2025, 6, 20, 8, 0))]);

        var report = await ReportWorkload.ReportAsync(Store, ("Asia/Shanghai", new LocalDate(2025, 6, 16), new LocalDate(2025, 7, 10)));

        Assert.Equal(1, report.ActiveEmployees);
    }

    [Fact]
    public async Task PointsAnalytics_GetReportAsync_SameAwardRolledBackThenCommitted_CountsTheEmployee()
    {
        // A store over the backend that saw the rollback (the test's own store may have another one).
        var backend = Backend();
        var store = new LedgerStore(backend, Clock, null);
        var at = Instant.FromUtc(2025, 6, 5, 8, 0);
        var rolledBack = await backend.BeginAsync(LedgerTenant.Default, default);
        await using (rolledBack)
        {
            await rolledBack.InsertManyAsync([new Posting(0, "s", "s/r", "A", "general", 1, PostingKind.Award, at, at) { RuleName = "r", EventType = "t" }], default);
        }

        // The rolled-back month row must not be taken as written: the committed award writes it.
        await store.AppendAsync([TestData.Award("s", "A", 1, at: at)]);

        var report = await ReportWorkload.ReportAsync(store, ("Asia/Shanghai", new LocalDate(2025, 5, 25), new LocalDate(2025, 6, 10)));
        if (!ReferenceEquals(backend, Backend()))
        {
            await store.DisposeAsync();
        }

        Assert.Equal(1, report.ActiveEmployees);
    }
}
