using HrKit.Points.Analytics;
using HrKit.Points.Catalog;
using HrKit.Points.Ledger;
using HrKit.Points.Tests.Support;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Analytics;

/// <summary>Issue 14: levels, badges and leaderboards, with answers worked out by hand below each case.</summary>
public sealed class PointsAchievementsTests : IAsyncLifetime
{
    private static readonly PointsLevel[] Levels = [new("Silver", 100), new("Bronze", 0), new("Gold", 500)];

    private readonly IPointsLedgerStore _store = PointsLedgerStores.InMemory(new FakeClock(Instant.FromUtc(2025, 12, 31, 0, 0)));
    private readonly PointsAchievements _achievements;

    public PointsAchievementsTests() =>
        _achievements = new PointsAchievements(_store, Options.Create(new PointsOptions()));

    public Task InitializeAsync() => _store.InitializeAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    // 09:00 in Shanghai (UTC+8) on the given date.
    private static Instant Local(int month, int day, int hour = 9) => new LocalDateTime(2025, month, day, hour, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant();

    private Task<AppendResult> Events(string type, params Instant[] times) =>
        _store.AppendAsync(times.Select((at, i) => new PostingRequest($"{type}-{at.ToUnixTimeTicks()}", $"{type}-{at.ToUnixTimeTicks()}/r", "A", "general", 10, at) { EventType = type, RuleName = "r" }).ToList());

    [Fact]
    public async Task GetLevelAsync_EarnedNotBalance_DecidesTheLevel()
    {
        await _store.AppendAsync([TestData.Award("e1", "A", 80), TestData.Award("e2", "A", 40)]);
        await _store.SaveItemAsync(new CatalogItem("pen", "Pen", CatalogItemKind.Welfare, 100));
        await _store.RedeemAsync(new RedemptionRequest("r1", "A", "pen"));

        var standing = await _achievements.GetLevelAsync("A", Levels);

        // Earned 80 + 40 = 120 (balance 20 after spending 100): Silver (from 100), 380 short of Gold (500).
        Assert.Equal(new LevelStanding("A", 120, Levels[0], Levels[2], 380), standing);
        Assert.Equal(new LevelStanding("Z", 0, Levels[1], Levels[0], 100), await _achievements.GetLevelAsync("Z", Levels));
    }

    [Fact]
    public async Task GetLevelAsync_DuplicateThresholds_Refused() =>
        await Assert.ThrowsAsync<ArgumentException>(() => _achievements.GetLevelAsync("A", [new("a", 0), new("b", 0)]));

    [Fact]
    public async Task GetBadgesAsync_CheckInStreaks_EarnedOnTheDayTheRunReachesTheCount()
    {
        // Check-ins 2, 3, 4 June (a run of 3), none on the 5th, then 6, 7, 8, 9 June (a run of 4); two on the 7th count once.
        await Events("checkIn", Local(6, 2), Local(6, 3), Local(6, 4), Local(6, 6), Local(6, 7), Local(6, 7, 18), Local(6, 8), Local(6, 9));
        BadgeRule[] rules = [new("Three in a row", "checkIn", 3, BadgeWindow.ConsecutiveDays), new("Four in a row", "checkIn", 4, BadgeWindow.ConsecutiveDays), new("Week", "checkIn", 7, BadgeWindow.ConsecutiveDays)];

        var badges = await _achievements.GetBadgesAsync("A", rules);
        var byThe8th = await _achievements.GetBadgesAsync("A", rules, through: new LocalDate(2025, 6, 8));

        Assert.Equal([new EarnedBadge("Three in a row", new LocalDate(2025, 6, 4), 2), new EarnedBadge("Four in a row", new LocalDate(2025, 6, 9), 1)], badges);
        Assert.Equal([new EarnedBadge("Three in a row", new LocalDate(2025, 6, 4), 2)], byThe8th);
    }

    [Fact]
    public async Task GetBadgesAsync_CoursesPerQuarter_CountedInLocalCalendarQuarters()
    {
        // 30 March (Q1); 2 April, 5 May and 30 June 23:30 local (Q2: three); 30 June 16:30 UTC is 1 July 00:30 local (Q3).
        await Events("course", Local(3, 30), Local(4, 2), Local(5, 5), Local(6, 30, 23) + Duration.FromMinutes(30), Instant.FromUtc(2025, 6, 30, 16, 30));

        var badges = await _achievements.GetBadgesAsync("A", [new("Scholar", "course", 3, BadgeWindow.Quarter), new("Busy month", "course", 2, BadgeWindow.Month)]);

        Assert.Equal([new EarnedBadge("Scholar", new LocalDate(2025, 6, 30), 1)], badges);
    }

    [Fact]
    public async Task GetDepartmentLeaderboardAsync_MembersFromTheDirectory_RankedAmongThemselves()
    {
        await _store.AppendAsync([TestData.Award("a", "A", 30), TestData.Award("b", "B", 50), TestData.Award("c", "C", 30), TestData.Award("d", "D", 90)]);
        var directory = new Departments(new() { ["Sales"] = ["A", "B", "C"], ["Ops"] = ["D"] });

        var sales = await _achievements.GetDepartmentLeaderboardAsync(directory, "Sales", new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30), 10);
        var empty = await _achievements.GetDepartmentLeaderboardAsync(directory, "Legal", new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30), 10);
        var july = await _achievements.GetLeaderboardAsync(new LocalDate(2025, 7, 1), new LocalDate(2025, 7, 31), 10);

        Assert.Equal([new LeaderboardEntry(1, "B", 50), new LeaderboardEntry(2, "A", 30), new LeaderboardEntry(2, "C", 30)], sales);
        Assert.Empty(empty);
        Assert.Empty(july);
    }

    private sealed class Departments(Dictionary<string, string[]> members) : IDepartmentDirectory
    {
        public Task<IReadOnlyCollection<string>> GetMembersAsync(string department, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyCollection<string>>(members.GetValueOrDefault(department) ?? []);
    }
}
