using HrKit.Points.Ledger;
using HrKit.Points.Tests.Support;
using NodaTime;

namespace HrKit.Points.Tests.Ledger;

/// <summary>
/// The account row keeps the earliest expiry date of its credits (its watermark): before it the stored balance is read as
/// is, from it the balance is worked out from the postings. Several credits of one account in one batch must leave the
/// earliest of their dates, whatever their order and whether some never expire; a later date would let expired points
/// be counted (and spent) until it.
/// </summary>
public abstract partial class LedgerStoreBehaviour
{
    [Fact]
    public async Task AppendAsync_CreditsOfOneAccountInOneBatch_BalanceDropsAtTheEarliestExpiry()
    {
        var t0 = TestData.Monday9am;
        var (day30, day40) = (t0 + Duration.FromDays(30), t0 + Duration.FromDays(40));
        // Per employee, in batch order: never expires, then day 40, then day 30 (the earliest comes last) ...
        // ... and day 30 first, then one that never expires (a null after a date must not clear it);
        // ... and day 30 before day 40 (the later date after the earlier must not replace it).
        await Store.AppendAsync(
        [
            TestData.Award("w1", "A", 100, at: t0),
            TestData.Award("w2", "A", 10, at: t0, expiresAt: day40),
            TestData.Award("w3", "A", 5, at: t0, expiresAt: day30),
            TestData.Award("w4", "B", 7, at: t0, expiresAt: day30),
            TestData.Award("w5", "B", 20, at: t0),
            TestData.Award("w6", "C", 3, at: t0, expiresAt: day30),
            TestData.Award("w7", "C", 4, at: t0, expiresAt: day40),
        ]);

        Clock.Reset(day30 - Duration.FromTicks(1));
        Assert.Equal((115L, 27L, 7L), (await BalanceAsync("A"), await BalanceAsync("B"), await BalanceAsync("C")));

        // Hand-worked: at day 30 the 5 of A, the 7 of B and the 3 of C are past their date, before any expiry job has run.
        Clock.Reset(day30);
        Assert.Equal((110L, 20L, 4L), (await BalanceAsync("A"), await BalanceAsync("B"), await BalanceAsync("C")));

        Clock.Reset(day40);
        Assert.Equal((100L, 20L, 0L), (await BalanceAsync("A"), await BalanceAsync("B"), await BalanceAsync("C")));
    }

    [Fact]
    public async Task GetLeaderboardAsync_OnEachSideOfItsBounds_AcceptsTheEdgeAndRefusesPastIt()
    {
        await Store.AppendAsync([TestData.Award("e1", "A", 10)]);
        var day = new Interval(TestData.Monday9am - Duration.FromHours(1), TestData.Monday9am + Duration.FromHours(1));

        Assert.Equal([new LeaderboardEntry(1, "A", 10)], await Store.GetLeaderboardAsync(new LeaderboardQuery(day, 1_000)));
        Assert.Equal([new LeaderboardEntry(1, "A", 10)], await Store.GetLeaderboardAsync(new LeaderboardQuery(day, 1)));
        await Assert.ThrowsAsync<PointsInputException>(() => Store.GetLeaderboardAsync(new LeaderboardQuery(day, 1_001)));
        await Assert.ThrowsAsync<PointsInputException>(() => Store.GetLeaderboardAsync(new LeaderboardQuery(day, 0)));

        // The period must have both ends and not be empty: an instant-long one (start = end) is refused.
        await Assert.ThrowsAsync<PointsInputException>(() => Store.GetLeaderboardAsync(new LeaderboardQuery(new Interval(day.Start, null), 5)));
        await Assert.ThrowsAsync<PointsInputException>(() => Store.GetLeaderboardAsync(new LeaderboardQuery(new Interval(day.Start, day.Start), 5)));
        var oneTick = new Interval(TestData.Monday9am, TestData.Monday9am + Duration.FromTicks(1));
        Assert.Equal([new LeaderboardEntry(1, "A", 10)], await Store.GetLeaderboardAsync(new LeaderboardQuery(oneTick, 5)));
    }
}
