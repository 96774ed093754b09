using HrKit.Points.Analytics;
using HrKit.Points.Catalog;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Support;

/// <summary>
/// Issue 14: a ledger of everything that moves the report (awards on month and bucket edges, a check-in with two rules,
/// one source for two employees, a penalty in the same event as an award, reversals of an award and of a redemption,
/// expiry, a voided hold, an adjustment; awards before 1970 apart), and the report computed straight from its postings.
/// </summary>
internal static class ReportWorkload
{
    /// <summary>Report periods: summary months in two zones, a week inside a month, three months, and a zone 44:30 off UTC.</summary>
    public static readonly (string Zone, LocalDate First, LocalDate Last)[] Periods =
    [
        ("Asia/Shanghai", new(2025, 6, 1), new(2025, 6, 30)),
        ("UTC", new(2025, 6, 1), new(2025, 6, 30)),
        ("Asia/Shanghai", new(2025, 6, 2), new(2025, 6, 8)),
        ("Asia/Shanghai", new(2025, 5, 1), new(2025, 7, 31)),
        ("Africa/Monrovia", new(1930, 6, 1), new(1930, 6, 30)),
    ];

    public static async Task SeedAsync(IPointsLedgerStore store, FakeClock clock)
    {
        static PostingRequest Award(string source, string rule, string employee, long points, Instant at, string type = "checkIn", string category = "general") =>
            new(source, $"{source}/{rule}/{employee}", employee, category, points, at) { RuleName = rule, EventType = type };

        clock.Reset(Instant.FromUtc(2025, 6, 10, 0, 0));
        await store.SaveItemAsync(new CatalogItem("pen", "Pen", CatalogItemKind.Welfare, 5));
        await store.SaveItemAsync(new CatalogItem("mug", "Mug", CatalogItemKind.Welfare, 3));
        var june4 = Instant.FromUtc(2025, 6, 4, 2, 0);
        await store.AppendAsync(
        [
            Award("c1", "r", "A", 10, Instant.FromUtc(2025, 5, 31, 20, 0)), // 04:00 on 1 June in Shanghai, May in UTC
            Award("c1", "bonus", "A", 2, Instant.FromUtc(2025, 5, 31, 20, 0)),
            Award("c2", "r", "B", 10, Instant.FromUtc(2025, 6, 3, 1, 7)),
            Award("team", "r", "A", 3, june4), Award("team", "r", "B", 3, june4), Award("team", "r", "C", 3, june4),
            Award("k1", "course", "C", 20, Instant.FromUtc(2025, 6, 5, 3, 30), "course", "learning"),
            Award("x1", "r", "D", 50, Instant.FromUtc(2025, 6, 1, 0, 10)) with { ExpiresAt = Instant.FromUtc(2025, 6, 5, 0, 0) },
            Award("late", "r", "E", 10, Instant.FromUtc(2025, 6, 30, 17, 0)), // 1 July in Shanghai
            Award("may", "r", "E", 10, Instant.FromUtc(2025, 5, 10, 8, 0)),
        ]);

        // The award is written before the penalty is settled against the balance: one event in two inserts.
        await store.AppendAsync([Award("p1", "r", "B", 5, Instant.FromUtc(2025, 6, 6, 9, 0)), Award("p1", "lateness", "B", -3, Instant.FromUtc(2025, 6, 6, 9, 0))]);
        await store.ReverseAsync((await store.GetPostingsAsync(new PostingQuery { SourceId = "c2" })).Single().Id);
        await store.RedeemAsync(new RedemptionRequest("red1", "B", "pen"));
        await store.ReverseAsync((await store.RedeemAsync(new RedemptionRequest("red2", "A", "mug"))).Id);
        await store.RedeemAsync(new RedemptionRequest("red3", "C", "mug"));
        await store.HoldAsync(new RedemptionRequest("h1", "A", "mug"), Duration.FromMinutes(30));
        await store.VoidAsync("h1", "provider failed");
        await store.AdjustAsync(new PointsAdjustment("adj1", "A", "general", 7, "correction"));
        await store.ExpireAsync();

    }

    /// <summary>
    /// Awards from 1930, before <see cref="PointsBounds.EventTimes"/> (so written straight to a backend): Monrovia was
    /// 44:30 behind UTC until 1972, so its midnights fall inside 15-minute buckets, and the instants are before 1970.
    /// </summary>
    public static Posting[] BeforeBounds()
    {
        static Posting Award(string source, string employee, long points, Instant at) =>
            new(0, source, source + "/r", employee, "general", points, PostingKind.Award, at, at) { RuleName = "r", EventType = "checkIn" };

        return
        [
            Award("m-before", "F", 1, Instant.FromUtc(1930, 6, 1, 0, 44)), // 31 May, 23:59:30 local
            Award("m-first", "F", 2, Instant.FromUtc(1930, 6, 1, 0, 44, 40)),
            Award("m-mid", "G", 4, Instant.FromUtc(1930, 6, 15, 12, 0)),
            Award("m-last", "G", 8, Instant.FromUtc(1930, 7, 1, 0, 40)), // 30 June, 23:55:30 local
            Award("m-after", "H", 16, Instant.FromUtc(1930, 7, 1, 0, 44, 50)), // 1 July, 00:00:20 local
        ];
    }

    public static Task<PointsReport> ReportAsync(IPointsLedgerStore store, (string Zone, LocalDate First, LocalDate Last) period) =>
        new PointsAnalytics(store, Options.Create(new PointsOptions { TimeZoneId = period.Zone })).GetReportAsync(period.First, period.Last);

    /// <summary>The report by its definition, straight from every posting of the ledger.</summary>
    public static async Task<PointsReport> ExpectedAsync(IPointsLedgerStore store, (string Zone, LocalDate First, LocalDate Last) period)
    {
        var zone = DateTimeZoneProviders.Tzdb[period.Zone];
        var (from, to) = (period.First.AtStartOfDayInZone(zone).ToInstant(), period.Last.PlusDays(1).AtStartOfDayInZone(zone).ToInstant());
        var postings = (await store.GetPostingsAsync(new PostingQuery())).Where(p => p.OccurredAt >= from && p.OccurredAt < to).ToList();
        var awards = postings.Where(p => p.Kind == PostingKind.Award).ToList();
        var active = awards.Select(p => p.EmployeeId).Distinct().Count();
        var rules = postings
            .Where(p => p.Kind == PostingKind.Award || (p.Kind == PostingKind.Reversal && p.RuleName is not null))
            .GroupBy(p => (p.RuleName!, p.Category))
            .Select(g => new RuleEarning(g.Key.Item1, g.Key.Category, g.Sum(p => p.Points), g.Count(p => p.Kind == PostingKind.Award)))
            .OrderByDescending(r => r.Points).ThenBy(r => r.RuleName, StringComparer.Ordinal)
            .ToList();
        var categories = rules.GroupBy(r => r.Category).Select(g => new CategoryEarning(g.Key, g.Sum(r => r.Points))).OrderBy(c => c.Category, StringComparer.Ordinal).ToList();
        var hours = new int[24];
        const long quarter = 15 * NodaConstants.TicksPerMinute;
        foreach (var (bucket, _, _) in awards.Where(p => p.EventType == "checkIn").Select(p => (Floor(p.OccurredAt.ToUnixTimeTicks(), quarter), p.SourceId, p.EmployeeId)).Distinct())
        {
            hours[Instant.FromUnixTimeTicks(bucket).InZone(zone).Hour]++;
        }

        var reversed = postings.Where(p => p.Kind == PostingKind.Reversal).Select(p => p.RelatedPostingId).ToHashSet();
        var standing = postings.Where(p => p.Kind == PostingKind.Redemption && !reversed.Contains(p.Id)).ToList();
        var rates = (await store.GetItemsAsync()).Select(i =>
        {
            var redeemed = standing.Where(p => p.ItemId == i.Id).ToList();
            var employees = redeemed.Select(p => p.EmployeeId).Distinct().Count();
            return new ItemRedemptionRate(i.Id, redeemed.Count, employees, active == 0 ? 0m : Math.Round((decimal)employees / active, 4, MidpointRounding.AwayFromZero));
        }).ToList();
        return new PointsReport(new DateInterval(period.First, period.Last), active, rates, rules, categories, hours);
    }

    private static long Floor(long ticks, long step) => ticks - (((ticks % step) + step) % step);

    /// <summary>Asserts that the store's report for every one of <see cref="Periods"/> is the report straight from the postings.</summary>
    public static async Task AssertReportsMatchPostingsAsync(IPointsLedgerStore store)
    {
        foreach (var period in Periods)
        {
            var (expected, actual) = (await ExpectedAsync(store, period), await ReportAsync(store, period));
            Assert.Equal((period, expected.ActiveEmployees), (period, actual.ActiveEmployees));
            Assert.Equal(expected.EarningByRule, actual.EarningByRule);
            Assert.Equal(expected.EarningByCategory, actual.EarningByCategory);
            Assert.Equal(expected.CheckInsByHour, actual.CheckInsByHour);
            Assert.Equal(expected.Redemptions, actual.Redemptions);
        }
    }
}
