using HrKit.Points.Ledger;
using HrKit.Points.Model;
using NodaTime;

namespace HrKit.Points.Tests.Ledger;

/// <summary>
/// First-in-first-out lots, worked by hand: each credit is a lot, a debit takes from the oldest lots first, a reversal
/// or expiry from its own lot first; a lot with points left is due once its expiry date has come.
/// </summary>
public sealed class ExpiryCalculatorTests
{
    private static readonly Instant June1 = Instant.FromUtc(2026, 6, 1, 0, 0);
    private static readonly Instant July1 = Instant.FromUtc(2026, 7, 1, 0, 0);
    private static readonly Instant August1 = Instant.FromUtc(2026, 8, 1, 0, 0);

    private static Posting Credit(long id, long points, Instant? expiresAt) =>
        new(id, "s" + id, "k" + id, "e1", "general", points, PostingKind.Award, June1, June1) { ExpiresAt = expiresAt };

    private static Posting Debit(long id, long points, long? related = null) =>
        new(id, "s" + id, "k" + id, "e1", "general", -points, related is null ? PostingKind.Redemption : PostingKind.Reversal, June1, June1) { RelatedPostingId = related };

    private static (long Id, long Remaining)[] Due(IReadOnlyList<Posting> account, Instant asOf) =>
        [.. ExpiryCalculator.DueLots(account, asOf).Select(l => (l.Lot.Id, l.Remaining))];

    [Fact]
    public void DueLots_DebitLargerThanTheOldestLot_TakesItAllAndTheRestFromTheNext()
    {
        // 10 (July) + 5 (August) - 12: the July lot is spent, 3 of the August lot are left.
        Posting[] account = [Credit(1, 10, July1), Credit(2, 5, August1), Debit(3, 12)];

        Assert.Empty(Due(account, July1));
        Assert.Equal([(2L, 3L)], Due(account, August1));
    }

    [Fact]
    public void DueLots_DebitSmallerThanTheOldestLot_LeavesTheNewerLotWhole()
    {
        Posting[] account = [Credit(1, 10, July1), Credit(2, 5, July1), Debit(3, 4)];

        Assert.Equal([(1L, 6L), (2L, 5L)], Due(account, July1));
    }

    [Fact]
    public void DueLots_ExpiryExactlyAtTheMoment_IsDueAndOneTickBeforeIsNot()
    {
        Posting[] account = [Credit(1, 10, July1)];

        Assert.Equal([(1L, 10L)], Due(account, July1));
        Assert.Empty(Due(account, July1 - Duration.FromTicks(1)));
    }

    [Fact]
    public void DueLots_LotWithoutExpiry_IsNeverDue()
    {
        Posting[] account = [Credit(1, 10, null), Credit(2, 4, July1)];

        Assert.Equal([(2L, 4L)], Due(account, Instant.MaxValue));
    }

    [Fact]
    public void DueLots_ReversalOfTheNewerLot_TakesFromThatLotFirst()
    {
        // 10 (July) + 5 (August); the August award is reversed by 4: July keeps 10, August keeps 1.
        Posting[] account = [Credit(1, 10, July1), Credit(2, 5, August1), Debit(3, 4, related: 2)];

        Assert.Equal([(1L, 10L), (2L, 1L)], Due(account, August1));
    }

    [Fact]
    public void DueLots_ReversalLargerThanItsLot_TakesTheRestOldestFirst()
    {
        // The August lot (5) cannot cover 7: it is emptied and the other 2 come from the July lot.
        Posting[] account = [Credit(1, 10, July1), Credit(2, 5, August1), Debit(3, 7, related: 2)];

        Assert.Equal([(1L, 8L)], Due(account, August1));
    }

    [Fact]
    public void DueLots_DebitRelatedToAPostingThatIsNoLot_TakesOldestFirst()
    {
        Posting[] account = [Credit(1, 10, July1), Credit(2, 5, August1), Debit(3, 4, related: 99)];

        Assert.Equal([(1L, 6L), (2L, 5L)], Due(account, August1));
    }

    [Fact]
    public void DueLots_DebitOfLongMinValue_SpendsEveryLotWithoutOverflowing()
    {
        Posting[] account = [Credit(1, 10, July1), Credit(2, 5, August1), Debit(3, 0) with { Points = long.MinValue }];

        Assert.Empty(Due(account, August1));
    }

    [Fact]
    public void DueLots_CreditsAfterAFullySpendingDebit_AreNewLots()
    {
        // The debit comes before the second credit, so it cannot take from it.
        Posting[] account = [Credit(1, 10, July1), Debit(2, 10), Credit(3, 5, July1)];

        Assert.Equal([(3L, 5L)], Due(account, July1));
    }

    [Fact]
    public void DueLots_ZeroPointPosting_IsNeitherALotNorADebit()
    {
        Posting[] account = [Credit(1, 0, July1), Credit(2, 5, July1)];

        Assert.Equal([(2L, 5L)], Due(account, July1));
    }

    [Fact]
    public void NextExpiry_LotsDueAndNotDue_IsTheEarliestNotYetDue()
    {
        var september1 = Instant.FromUtc(2026, 9, 1, 0, 0);
        Posting[] account = [Credit(1, 10, July1), Credit(2, 5, september1), Credit(3, 5, August1)];

        Assert.Equal(August1, ExpiryCalculator.NextExpiry(account, July1));
    }

    [Fact]
    public void NextExpiry_SpentLot_IsSkipped()
    {
        Posting[] account = [Credit(1, 10, August1), Credit(2, 5, Instant.FromUtc(2026, 9, 1, 0, 0)), Debit(3, 10)];

        Assert.Equal(Instant.FromUtc(2026, 9, 1, 0, 0), ExpiryCalculator.NextExpiry(account, July1));
    }

    [Fact]
    public void NextExpiry_OnlyLotExpiresExactlyNow_IsNone()
    {
        Posting[] account = [Credit(1, 10, July1), Credit(2, 3, null)];

        Assert.Null(ExpiryCalculator.NextExpiry(account, July1));
    }
}
