using HrKit.Points.Catalog;
using HrKit.Points.Ledger;
using HrKit.Points.Ledger.Holds;
using HrKit.Points.Model;
using HrKit.Points.Tests.Support;
using NodaTime;

namespace HrKit.Points.Tests.Ledger;

/// <summary>Holds at their edges: the timeout bound, the deadline instant, a page of due holds, settling twice.</summary>
public abstract partial class LedgerStoreBehaviour
{
    [Fact]
    public async Task HoldAsync_TimeoutZeroNegativeOrPastNinetyDays_RefusedAndNothingTaken()
    {
        await Store.AppendAsync([TestData.Award("e1", "A", 100)]);
        await Store.SaveItemAsync(new CatalogItem("pen", "Pen", CatalogItemKind.Welfare, 30, Stock: 2));
        var request = new RedemptionRequest("r1", "A", "pen");

        foreach (var timeout in new[] { Duration.Zero, -Duration.Epsilon, PointsBounds.MaxHoldTimeout + Duration.Epsilon })
        {
            var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.HoldAsync(request, timeout));
            Assert.Equal("timeout", ex.ParamName);
            Assert.Contains("at most 90 days", ex.Message, StringComparison.Ordinal);
        }

        Assert.Null(await Store.GetHoldAsync("r1"));
        Assert.Equal(100, await BalanceAsync("A"));
    }

    [Fact]
    public async Task HoldAsync_TimeoutOneTickOrExactlyNinetyDays_Accepted()
    {
        await Store.AppendAsync([TestData.Award("e1", "A", 100)]);
        await Store.SaveItemAsync(new CatalogItem("pen", "Pen", CatalogItemKind.Welfare, 30, Stock: 2));

        var shortest = await Store.HoldAsync(new RedemptionRequest("r1", "A", "pen"), Duration.Epsilon);
        var longest = await Store.HoldAsync(new RedemptionRequest("r2", "A", "pen"), Duration.FromDays(90));

        Assert.Equal(TestData.Monday9am + Duration.Epsilon, shortest.ExpiresAt);
        Assert.Equal(TestData.Monday9am + Duration.FromDays(90), longest.ExpiresAt);
        Assert.Equal(40, await BalanceAsync("A"));
    }

    [Fact]
    public async Task HoldAsync_RequestAlreadyRedeemedAtOnce_IsRecordedFulfilledAndTakesNothingMore()
    {
        await Store.AppendAsync([TestData.Award("e1", "A", 100)]);
        await Store.SaveItemAsync(new CatalogItem("pen", "Pen", CatalogItemKind.Welfare, 30, Stock: 2));
        var redeemed = await RedeemAsync("r1", "A", "pen");
        Clock.Advance(Duration.FromMinutes(1));

        var hold = await Store.HoldAsync(new RedemptionRequest("r1", "A", "pen"), HoldTimeout);

        Assert.Equal((HoldState.Fulfilled, redeemed.Id, 30L), (hold.State, hold.PostingId, hold.Points));
        Assert.Equal(TestData.Monday9am + Duration.FromMinutes(1), hold.SettledAt);
        Assert.Equal((70L, 1), (await BalanceAsync("A"), await StockAsync()));
        Assert.Equal(0, await Store.ExpireHoldsAsync());
    }

    [Fact]
    public async Task VoidAsync_AtTheDeadline_ExpiresInsteadAndSaysExpired()
    {
        await HoldPenAsync();
        Clock.Advance(HoldTimeout);

        var hold = await Store.VoidAsync("r1", "customer cancelled");
        var again = await Store.VoidAsync("r1", "again");

        Assert.Equal((HoldState.Expired, "expired", TestData.Monday9am + HoldTimeout), (hold.State, hold.Reason, hold.SettledAt));
        Assert.Equal(hold, again);
        Assert.Equal((100L, 2), (await BalanceAsync("A"), await StockAsync()));
        var refund = Assert.Single(await Store.GetPostingsAsync(new PostingQuery { Kind = PostingKind.Reversal }));
        Assert.Equal((hold.RefundPostingId, "expired"), (refund.Id, refund.Reason));
    }

    [Fact]
    public async Task VoidAsync_OneTickBeforeTheDeadline_IsAVoidWithItsReason()
    {
        await HoldPenAsync();
        Clock.Advance(HoldTimeout - Duration.Epsilon);

        var hold = await Store.VoidAsync("r1", "customer cancelled");

        Assert.Equal((HoldState.Voided, "customer cancelled"), (hold.State, hold.Reason));
        Assert.Equal(0, await Store.ExpireHoldsAsync());
    }

    [Fact]
    public async Task FulfilAsync_VoidedHold_RefusedNamingBothStates()
    {
        await HoldPenAsync();
        await Store.VoidAsync("r1", "cancel");

        var ex = await Assert.ThrowsAsync<PointsLedgerException>(() => Store.FulfilAsync("r1"));

        Assert.Equal(PointsLedgerError.HoldNotPending, ex.Error);
        Assert.Equal("Hold 'r1' is voided; it can no longer be fulfilled.", ex.Message);
        Assert.Equal(100, await BalanceAsync("A"));
    }

    [Fact]
    public async Task FulfilAsync_ExpiredHold_RefusedAndVoidIsANoOp()
    {
        await HoldPenAsync();
        Clock.Advance(HoldTimeout);
        Assert.Equal(1, await Store.ExpireHoldsAsync());

        var ex = await Assert.ThrowsAsync<PointsLedgerException>(() => Store.FulfilAsync("r1"));
        var voided = await Store.VoidAsync("r1", "late cancel");

        Assert.Equal(PointsLedgerError.HoldNotPending, ex.Error);
        Assert.Equal("Hold 'r1' is expired; it can no longer be fulfilled.", ex.Message);
        Assert.Equal((HoldState.Expired, "expired"), (voided.State, voided.Reason));
        Assert.Single(await Store.GetPostingsAsync(new PostingQuery { Kind = PostingKind.Reversal }));
        Assert.Equal(100, await BalanceAsync("A"));
    }

    [Fact]
    public async Task FulfilAsync_AtTheDeadline_SaysWhenItExpiredAndWhichPostingGaveThePointsBack()
    {
        await HoldPenAsync();
        Clock.Advance(HoldTimeout);

        var ex = await Assert.ThrowsAsync<PointsLedgerException>(() => Store.FulfilAsync("r1"));
        var hold = (await Store.GetHoldAsync("r1"))!;

        Assert.Equal(
            $"Hold 'r1' expired at 2025-06-02T01:30:00Z before it was fulfilled; its 30 points were given back (posting {hold.RefundPostingId}).",
            ex.Message);
        Assert.Equal("r1", ex.Target?.Record);
    }

    [Fact]
    public async Task FulfilAsync_UnknownRequestId_SaysNoHoldHasIt()
    {
        var ex = await Assert.ThrowsAsync<PointsLedgerException>(() => Store.FulfilAsync("nope"));

        Assert.Equal((PointsLedgerError.UnknownHold, "No hold has request id 'nope'."), (ex.Error, ex.Message));
        Assert.Equal("nope", ex.Target?.Record);
    }

    [Fact]
    public async Task ExpireHoldsAsync_MoreDueHoldsThanOnePage_ExpiresEveryOne()
    {
        // Holds are read 500 at a time; 501 due holds need a second page.
        const int Holds = 501;
        await Store.AppendAsync([TestData.Award("e1", "A", Holds)]);
        await Store.SaveItemAsync(new CatalogItem("sticker", "Sticker", CatalogItemKind.Welfare, 1, Stock: null));
        for (var i = 0; i < Holds; i++)
        {
            await Store.HoldAsync(new RedemptionRequest($"r{i}", "A", "sticker"), HoldTimeout);
        }

        Assert.Equal(0, await BalanceAsync("A"));
        Clock.Advance(HoldTimeout);

        Assert.Equal(Holds, await Store.ExpireHoldsAsync());
        Assert.Equal(Holds, await BalanceAsync("A"));
        Assert.Equal(0, await Store.ExpireHoldsAsync());
    }
}
