using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Tests.Support;
using NodaTime;

namespace HrKit.Points.Tests.Ledger;

/// <summary>The append batch at its edges: when credited totals are read, credits adding up inside one batch, expiries a penalty meets.</summary>
public abstract partial class LedgerStoreBehaviour
{
    [Fact]
    public async Task AppendAsync_FirstPostingsOfANewLedger_AreNumberedFromOneOnEveryStore()
    {
        var result = await Store.AppendAsync([TestData.Award("e1", "A", 5), TestData.Award("e2", "B", 7)]);

        Assert.Equal([1L, 2L], (await Store.GetPostingsAsync(new PostingQuery())).Select(p => p.Id).Order());
        Assert.Equal([1L, 2L], result.Posted.Select(p => p.Id).Order());
    }

    [Fact]
    public async Task AppendAsync_LedgerAndBatchExactlyAtTheTotalsThreshold_DoesNotReadTotalsOneAboveDoes()
    {
        // The ledger's largest id (the bound on its postings the store reads) + one request. Totals are read only when
        // that is above the threshold, so at the threshold the credit past MaxBalance is not checked (no real ledger
        // can get there below a billion postings), one below it is refused. The bound is the id, not a count.
        await WriteUncheckedAsync(Legacy("old", "A", PointsBounds.MaxBalance - 5));
        var store = (LedgerStore)Store;
        var bound = Assert.Single(await Store.GetPostingsAsync(new PostingQuery())).Id + 1;

        store.TotalsAbovePostings = bound - 1;
        var ex = await Assert.ThrowsAsync<PointsLedgerException>(() => Store.AppendAsync([TestData.Award("e1", "A", 6)]));
        store.TotalsAbovePostings = bound;
        var unchecked_ = await Store.AppendAsync([TestData.Award("e1", "A", 6)]);

        Assert.Equal(PointsLedgerError.BalanceLimitExceeded, ex.Error);
        Assert.Equal(6, Assert.Single(unchecked_.Posted).Points);
    }

    [Fact]
    public async Task AppendAsync_TwoCreditsInOneBatchTogetherPastMaxBalance_RefusedWithNothingWritten()
    {
        // MaxBalance - 5 + 3 = MaxBalance - 2 fits; + 3 more is MaxBalance + 1.
        await WriteUncheckedAsync(Legacy("old", "A", PointsBounds.MaxBalance - 5));
        ((LedgerStore)Store).TotalsAbovePostings = 0;

        var ex = await Assert.ThrowsAsync<PointsLedgerException>(() => Store.AppendAsync([TestData.Award("e1", "A", 3), TestData.Award("e2", "A", 3)]));
        var fits = await Store.AppendAsync([TestData.Award("e1", "A", 3), TestData.Award("e2", "A", 2)]);

        Assert.Equal(PointsLedgerError.BalanceLimitExceeded, ex.Error);
        // The account holds what the ledger had plus the batch's first credit: 999 999 999 999 995 + 3.
        Assert.Equal(
            "Posting 'e2/r' would take employee 'A' past 1,000,000,000,000,000 general points (PointsBounds.MaxBalance; the account holds 999,999,999,999,998); nothing of the batch was recorded. Redeem or reverse points first.",
            ex.Message);
        Assert.Equal([3L, 2], fits.Posted.Select(p => p.Points));
        Assert.Equal(PointsBounds.MaxBalance, await BalanceAsync("A"));
    }

    [Fact]
    public async Task AppendAsync_PenaltyTakingTheCreditBackInTheSameBatch_LetsALaterCreditFitUnderMaxBalance()
    {
        // MaxBalance - 5, + 5 = MaxBalance, penalty -5 = MaxBalance - 5, + 5 = MaxBalance again: every step fits
        // only if the batch's running total includes the penalty.
        await WriteUncheckedAsync(Legacy("old", "A", PointsBounds.MaxBalance - 5));
        ((LedgerStore)Store).TotalsAbovePostings = 0;

        var result = await Store.AppendAsync([TestData.Award("e1", "A", 5), TestData.Award("late", "A", -5), TestData.Award("e2", "A", 5)]);

        Assert.Equal([5L, -5, 5], result.Posted.Select(p => p.Points));
        Assert.Equal(PointsBounds.MaxBalance, await BalanceAsync("A"));
    }

    [Fact]
    public async Task AppendAsync_PenaltyAfterThePointsExpired_WritesTheExpiryAndTakesNothing()
    {
        await Store.AppendAsync([TestData.Award("e1", "A", 10, expiresAt: TestData.Monday9am + Duration.FromDays(1))]);
        Clock.Advance(Duration.FromDays(1));

        var result = await Store.AppendAsync([TestData.Award("late", "A", -4, at: TestData.Monday9am + Duration.FromDays(1))]);

        Assert.Equal(0, Assert.Single(result.Posted).Points);
        var expiry = Assert.Single(await Store.GetPostingsAsync(new PostingQuery { Kind = PostingKind.Expiry }));
        Assert.Equal(-10, expiry.Points);
        Assert.Equal(0, await BalanceAsync("A"));
    }

    [Theory]
    [InlineData("expire:1", "s1")]
    [InlineData("k", "redeem:r1")]
    [InlineData("reverse:1", "s1")]
    [InlineData("adjust:a1", "s1")]
    public async Task AppendAsync_KeyOrSourceShapedLikeTheLedgersOwn_RefusedAndNothingRecorded(string key, string source)
    {
        // Lot 1's expiry is written as expire:1: a request keyed so would be skipped as already recorded, or block it.
        var expires = TestData.Monday9am + Duration.FromDays(1);
        await Store.AppendAsync([TestData.Award("lot", "A", 10, expiresAt: expires)]);
        var request = new PostingRequest(source, key, "A", "general", 5, TestData.Monday9am) { RuleName = "r" };

        var ex = await Assert.ThrowsAsync<PointsInputException>(() => Store.AppendAsync([TestData.Award("e1", "A", 1), request]));

        Assert.Equal(key, ex.Target?.Record);
        Assert.Equal(key.Contains(':', StringComparison.Ordinal) ? "idempotencyKey" : "sourceId", ex.Target?.Field);
        Assert.Contains("expire:, redeem:, reverse: or adjust:", ex.Message, StringComparison.Ordinal);
        Assert.Equal(10, await BalanceAsync("A"));
        Clock.Advance(Duration.FromDays(1));
        Assert.Equal(1, await Store.ExpireAsync());
        Assert.Equal(0, await BalanceAsync("A"));
    }

    [Fact]
    public async Task AppendAsync_ExpiryDateOnACappedToZeroAwardOrAPenalty_IsNotStored()
    {
        var expires = TestData.Monday9am + Duration.FromDays(7);
        await Store.AppendAsync([TestData.Award("e1", "A", 10, expiresAt: expires)]);

        var result = await Store.AppendAsync(
        [
            TestData.Award("e2", "A", 4) with { CapKey = "Share@2025-06-02", CapLimit = 4 },
            TestData.Award("e3", "A", 4, expiresAt: expires) with { CapKey = "Share@2025-06-02", CapLimit = 4 },
            TestData.Award("late", "A", -3, expiresAt: expires),
        ]);

        Assert.Equal([(4L, (Instant?)null), (0L, null), (-3L, null)], result.Posted.Select(p => (p.Points, p.ExpiresAt)));
        Assert.Equal(expires, (await Store.GetPostingsAsync(new PostingQuery { SourceId = "e1" })).Single().ExpiresAt);
    }
}
