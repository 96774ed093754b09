using HrKit.Points.Analytics;
using HrKit.Points.Catalog;
using HrKit.Points.Model;
using HrKit.Points.Tests.Support;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Points.Tests.Ledger;

/// <summary>
/// The report's summary rows at their edges within one batch: an employee's first and last award of a month when the
/// batch is out of order, an award at the first instant of the next month, an award without a rule, and redemptions in
/// the part of a 15-minute bucket that a period only half covers. Each report is also compared with the report straight
/// from the postings (<see cref="ReportWorkload.ExpectedAsync"/>).
/// </summary>
public abstract partial class LedgerStoreBehaviour
{
    [Fact]
    public async Task PointsAnalytics_GetReportAsync_OneBatchOutOfOrder_KeepsTheMonthsFirstAndLastAward()
    {
        // One batch: the 1st, the 20th, then the 5th. June's row must span the 1st to the 20th, so A is active in a
        // period ending on 10 June (a prefix of June) and in one starting on 16 June (a suffix).
        await Store.AppendAsync(
        [
            TestData.Award("a1", "A", 1, at: Instant.FromUtc(2025, 6, 1, 8, 0)), TestData.Award("a20", "A", 1, at: Instant.FromUtc(2025, 6, 20, 8, 0)),
            TestData.Award("a5", "A", 1, at: Instant.FromUtc(2025, 6, 5, 8, 0)),
        ]);

        foreach (var period in new[] { ("UTC", new LocalDate(2025, 5, 25), new LocalDate(2025, 6, 10)), ("UTC", new LocalDate(2025, 6, 16), new LocalDate(2025, 7, 10)) })
        {
            var report = await ReportWorkload.ReportAsync(Store, period);

            Assert.Equal((period, 1), (period, report.ActiveEmployees));
            Assert.Equal((await ReportWorkload.ExpectedAsync(Store, period)).EarningByRule, report.EarningByRule);
        }
    }

    [Fact]
    public async Task PointsAnalytics_GetReportAsync_AwardAtTheFirstInstantOfTheNextMonthInTheSameBatch_CountsInThatMonth()
    {
        // 1 July 00:00 UTC is July's first instant, not June's last: the batch's second award belongs to July's row.
        await Store.AppendAsync([TestData.Award("june", "A", 1, at: Instant.FromUtc(2025, 6, 15, 8, 0)), TestData.Award("july", "A", 2, at: Instant.FromUtc(2025, 7, 1, 0, 0))]);

        var report = await ReportWorkload.ReportAsync(Store, ("UTC", new LocalDate(2025, 7, 1), new LocalDate(2025, 7, 10)));

        Assert.Equal(1, report.ActiveEmployees);
        Assert.Equal(new RuleEarning("r", "general", 2, 1), Assert.Single(report.EarningByRule));
    }

    // June whole is read from the summaries; 5 to 20 June, strictly inside the UTC month, is scanned, and the scan reads
    // the rule's name from the posting, where an award without a rule has none.
    [Theory]
    [InlineData("2025-06-01", "2025-06-30")]
    [InlineData("2025-06-05", "2025-06-20")]
    public async Task PointsAnalytics_GetReportAsync_AwardWithoutARule_ReportedWithoutARuleName(string first, string last)
    {
        await Store.AppendAsync([TestData.Award("bonus", "A", 7, at: Instant.FromUtc(2025, 6, 10, 8, 0)) with { RuleName = null }]);
        var period = ("UTC", LocalDatePattern.Iso.Parse(first).Value, LocalDatePattern.Iso.Parse(last).Value);

        var report = await ReportWorkload.ReportAsync(Store, period);

        Assert.Equal(new RuleEarning(null, "general", 7, 1), Assert.Single(report.EarningByRule));
        Assert.Equal(1, report.ActiveEmployees);
        Assert.Equal((await ReportWorkload.ExpectedAsync(Store, period)).EarningByRule, report.EarningByRule);
    }

    // Two periods with one end on a 15-minute bucket and the other off it, because the zone's offset changed inside
    // the period: Monrovia went from -0:44:30 to GMT on 7 January 1972 (January 1972 is 1 Jan 00:44:30 to 1 Feb 00:00
    // UTC), Singapore from +7:00 to +7:20 on 1 January 1933 (December 1932 to January 1933 is 30 Nov 17:00 to 31 Jan
    // 16:40 UTC). A redemption in the half-covered bucket (the first 30 s of January 1972, the last 10 minutes of
    // January 1933) is in the period; the whole-bucket redemption summaries cannot hold it, so it must be counted.
    [Theory]
    [InlineData("Africa/Monrovia", "1972-01-01", "1972-01-31", "1972-01-15T12:00:00Z", "1972-01-01T00:44:40Z", "1972-01-01T00:44:20Z")]
    [InlineData("Asia/Singapore", "1932-12-01", "1933-01-31", "1933-01-15T12:00:00Z", "1933-01-31T16:35:00Z", "1933-01-31T16:41:00Z")]
    public async Task PointsAnalytics_GetReportAsync_RedemptionInAHalfCoveredBucket_Counted(string zone, string first, string last, string award, string inside, string outside)
    {
        var period = (zone, LocalDatePattern.Iso.Parse(first).Value, LocalDatePattern.Iso.Parse(last).Value);
        var (awarded, at, after) = (InstantPattern.General.Parse(award).Value, InstantPattern.General.Parse(inside).Value, InstantPattern.General.Parse(outside).Value);
        await Store.SaveItemAsync(new CatalogItem("tea", "Milk tea", CatalogItemKind.Welfare, 5, Stock: 10));
        await WriteUncheckedAsync(
            new Posting(0, "award", "award/r", "A", "general", 10, PostingKind.Award, awarded, awarded) { RuleName = "r", EventType = "t" },
            new Posting(0, "in", "redeem:in", "A", "general", -5, PostingKind.Redemption, at, at) { ItemId = "tea" },
            new Posting(0, "out", "redeem:out", "B", "general", -5, PostingKind.Redemption, after, after) { ItemId = "tea" });

        var report = await ReportWorkload.ReportAsync(Store, period);

        // A's redemption is in the period, B's (30 s before it, or a minute after it) is not; A is the one active employee.
        Assert.Equal(new ItemRedemptionRate("tea", 1, 1, 1m), Assert.Single(report.Redemptions));
        Assert.Equal((await ReportWorkload.ExpectedAsync(Store, period)).Redemptions, report.Redemptions);
    }
}
