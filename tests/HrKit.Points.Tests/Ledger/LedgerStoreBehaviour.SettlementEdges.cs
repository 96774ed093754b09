using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Tests.Support;
using NodaTime;

namespace HrKit.Points.Tests.Ledger;

/// <summary>
/// Settling an account inside an append: the expiry postings it writes, the running totals it must keep, caps that
/// never apply to a penalty, a zero-point budgeted request, and a failed batch leaving nothing behind.
/// </summary>
public abstract partial class LedgerStoreBehaviour
{
    [Fact]
    public async Task ExpireAsync_DueLot_WritesAnExpiryNamingItsLotItsRuleAndTheExpiryInstant()
    {
        var expires = TestData.Monday9am + Duration.FromDays(1);
        var lot = Assert.Single((await Store.AppendAsync([TestData.Award("e1", "A", 10, expiresAt: expires)])).Posted);
        Clock.Advance(Duration.FromDays(2));

        Assert.Equal(1, await Store.ExpireAsync());

        var expiry = Assert.Single(await Store.GetPostingsAsync(new PostingQuery { Kind = PostingKind.Expiry }));
        // Its key is derived from the lot, so a replay of ExpireAsync finds it instead of expiring the lot twice.
        var key = "expire:" + lot.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((key, key, (long?)lot.Id, "r", -10L, expires), (expiry.SourceId, expiry.IdempotencyKey, expiry.RelatedPostingId, expiry.RuleName, expiry.Points, expiry.OccurredAt));
        Assert.Equal(0, await Store.ExpireAsync());
        Assert.Equal(0, await BalanceAsync("A"));
    }

    [Fact]
    public async Task ExpireAsync_TwoEmployeesDue_WritesTheirExpiriesInOrdinalEmployeeOrder()
    {
        // "B" < "a" ordinally; the second employee's expiry gets the later id whatever order they were awarded in.
        var expires = TestData.Monday9am + Duration.FromDays(1);
        await Store.AppendAsync([TestData.Award("e1", "a", 1, expiresAt: expires), TestData.Award("e2", "B", 2, expiresAt: expires)]);
        Clock.Advance(Duration.FromDays(1));

        Assert.Equal(2, await Store.ExpireAsync());

        var expiries = (await Store.GetPostingsAsync(new PostingQuery { Kind = PostingKind.Expiry })).OrderBy(p => p.Id);
        Assert.Equal(["B", "a"], expiries.Select(p => p.EmployeeId));
    }

    [Fact]
    public async Task AppendAsync_PenaltyWritesAnExpiry_ALaterCreditIsCheckedAgainstTheTotalAfterIt()
    {
        // The account holds MaxBalance - 15 that never expire and a lot of 10 that has expired: MaxBalance - 5 on the
        // ledger, MaxBalance - 15 once the expiry is written. The penalty writes the expiry and takes 1
        // (MaxBalance - 16); a credit of 16 then reaches MaxBalance exactly and fits, but only if the batch's running
        // total counted the expiry (MaxBalance - 6 + 16 would be 10 past it).
        await WriteUncheckedAsync(Legacy("old", "A", PointsBounds.MaxBalance - 15));
        await Store.AppendAsync([TestData.Award("lot", "A", 10, expiresAt: TestData.Monday9am + Duration.FromDays(1))]);
        Clock.Advance(Duration.FromDays(1));
        ((LedgerStore)Store).TotalsAbovePostings = 0;
        var later = TestData.Monday9am + Duration.FromDays(1);

        var result = await Store.AppendAsync([TestData.Award("late", "A", -1, at: later), TestData.Award("e2", "A", 16, at: later)]);

        Assert.Equal([-1L, 16], result.Posted.Select(p => p.Points));
        Assert.Equal(-10, Assert.Single(await Store.GetPostingsAsync(new PostingQuery { Kind = PostingKind.Expiry })).Points);
        Assert.Equal(PointsBounds.MaxBalance, await BalanceAsync("A"));
    }

    [Fact]
    public async Task AppendAsync_PenaltyCarryingACap_StillTakesOnlyWhatTheAccountHolds()
    {
        // A cap limits credits; a penalty of 50 on an account of 10 takes 10 whether or not the request names a cap.
        await Store.AppendAsync([TestData.Award("e1", "A", 10)]);

        var result = await Store.AppendAsync([TestData.Award("late", "A", -50) with { CapKey = "Late@2025-06-02", CapLimit = 100 }]);

        Assert.Equal(-10, Assert.Single(result.Posted).Points);
        Assert.Equal(0, await BalanceAsync("A"));
    }

    [Fact]
    public async Task AppendAsync_ZeroPointRequestOfAnotherBudgetedRule_IsRecordedAsZeroBesideASpendingOne()
    {
        // Only requests that could spend lock their budget; a zero-point request of rule "Quiz" must not look for one.
        var result = await Store.AppendAsync([Budgeted("s1", "A", 4), Budgeted("s2", "B", 0, rule: "Quiz")]);

        Assert.Equal([4L, 0], result.Posted.Select(p => p.Points));
        var next = await Store.AppendAsync([Budgeted("s3", "C", 10), Budgeted("s4", "D", 10, rule: "Quiz")]);
        // Share had 10 - 4 = 6 left; Quiz spent nothing, so all 10 of its budget remain.
        Assert.Equal([6L, 10], next.Posted.Select(p => p.Points));
    }

    [Fact]
    public async Task AppendAsync_FailingAfterPostingsWereWritten_LeavesNoneOfTheBatch()
    {
        // The penalty makes the batch write A's credit before it reads A's balance; B's credit then fails the bound.
        await WriteUncheckedAsync(Legacy("old", "B", PointsBounds.MaxBalance - 5));
        ((LedgerStore)Store).TotalsAbovePostings = 0;

        var ex = await Assert.ThrowsAsync<PointsLedgerException>(() =>
            Store.AppendAsync([TestData.Award("e1", "A", 5), TestData.Award("late", "A", -1), TestData.Award("e2", "B", 6)]));

        Assert.Equal(PointsLedgerError.BalanceLimitExceeded, ex.Error);
        Assert.Empty(await Store.GetPostingsAsync(new PostingQuery { EmployeeId = "A" }));
        Assert.Equal(0, await BalanceAsync("A"));
        var retried = await Store.AppendAsync([TestData.Award("e1", "A", 5), TestData.Award("late", "A", -1)]);
        Assert.Equal([5L, -1], retried.Posted.Select(p => p.Points));
    }

    [Fact]
    public async Task ReverseAsync_RedemptionAndAward_OnlyPointsGivenBackGetAFreshExpiry()
    {
        // Points given back are a new credit and expire 30 days after it (the store's expireAfter); taking an award
        // back is a debit and has no expiry.
        await Store.AppendAsync([TestData.Award("e1", "A", 100), TestData.Award("e2", "A", 10)]);
        await Store.SaveItemAsync(new HrKit.Points.Catalog.CatalogItem("pen", "Pen", HrKit.Points.Catalog.CatalogItemKind.Welfare, 30));
        var redemption = await RedeemAsync("r1", "A", "pen");
        var award = (await Store.GetPostingsAsync(new PostingQuery { SourceId = "e2" })).Single();
        Clock.Advance(Duration.FromDays(1));

        var refund = await Store.ReverseAsync(redemption.Id);
        var takenBack = await Store.ReverseAsync(award.Id);

        Assert.Equal((30L, (Instant?)(TestData.Monday9am + Duration.FromDays(31))), (refund.Points, refund.ExpiresAt));
        Assert.Equal((-10L, (Instant?)null), (takenBack.Points, takenBack.ExpiresAt));
        // 100 + 10 - 30 + 30 - 10.
        Assert.Equal(100, await BalanceAsync("A"));
    }

    [Fact]
    public async Task AppendAsync_CapOrBudgetLimitOfMaxBalance_AcceptedOneMoreRefusedNamingTheField()
    {
        var capped = TestData.Award("c1", "A", 5) with { CapKey = "Share@day", CapLimit = PointsBounds.MaxBalance };
        var budgeted = Budgeted("b1", "A", 5, budget: PointsBounds.MaxBalance);

        var result = await Store.AppendAsync([capped, budgeted]);
        var cap = await Assert.ThrowsAsync<PointsInputException>(() => Store.AppendAsync([capped with { SourceId = "c2", IdempotencyKey = "c2/r", CapLimit = PointsBounds.MaxBalance + 1 }]));
        var budget = await Assert.ThrowsAsync<PointsInputException>(() => Store.AppendAsync([Budgeted("b2", "A", 5, budget: PointsBounds.MaxBalance + 1)]));

        Assert.Equal([5L, 5], result.Posted.Select(p => p.Points));
        Assert.Equal(("c2/r", "capLimit"), (cap.Target?.Record, cap.Target?.Field));
        Assert.Equal(("b2/Share", "budget"), (budget.Target?.Record, budget.Target?.Field));
        Assert.Equal(10, await BalanceAsync("A"));
    }

    [Fact]
    public async Task ReverseAsync_PostingWhoseIdIsAnotherPostingsKey_WritesItsOwnReversal()
    {
        // Reversals are keyed reverse:<id>, apart from hosts' keys: the award keyed "1" is not posting 1's reversal.
        await Store.AppendAsync([new PostingRequest("1", "1", "A", "general", 10, TestData.Monday9am) { RuleName = "r" }]);
        var award = (await Store.GetPostingsAsync(new PostingQuery())).Single();

        var reversal = await Store.ReverseAsync(award.Id);

        Assert.Equal((PostingKind.Reversal, "reverse:" + award.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), -10L), (reversal.Kind, reversal.IdempotencyKey, reversal.Points));
        Assert.Equal(0, await BalanceAsync("A"));
    }

    [Fact]
    public async Task ReverseAsync_LegacyPostingOfLongMinValue_GivesBackLongMaxValueInsteadOfOverflowing()
    {
        // -(2^63) does not fit in a long; the nearest amount that does is 2^63 - 1.
        await WriteUncheckedAsync(Legacy("old", "A", long.MinValue));
        var legacy = (await Store.GetPostingsAsync(new PostingQuery())).Single();

        var reversal = await Store.ReverseAsync(legacy.Id);

        Assert.Equal(long.MaxValue, reversal.Points);
    }
}
