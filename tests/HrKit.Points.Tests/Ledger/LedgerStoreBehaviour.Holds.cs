using HrKit.Points.Catalog;
using HrKit.Points.Ledger;
using HrKit.Points.Ledger.Holds;
using HrKit.Points.Model;
using HrKit.Points.Tests.Support;
using NodaTime;

namespace HrKit.Points.Tests.Ledger;

/// <summary>Issue 14: two-phase redemptions, reasoned adjustments, balances as of a date.</summary>
public abstract partial class LedgerStoreBehaviour
{
    private static readonly Duration HoldTimeout = Duration.FromMinutes(30);

    private async Task<RedemptionHold> HoldPenAsync(string request = "r1", int? stock = 2)
    {
        await Store.AppendAsync([TestData.Award("e1", "A", 100)]);
        await Store.SaveItemAsync(new CatalogItem("pen", "Pen", CatalogItemKind.Welfare, 30, Stock: stock));
        return await Store.HoldAsync(new RedemptionRequest(request, "A", "pen"), HoldTimeout);
    }

    private async Task<int?> StockAsync() => (await Store.GetItemsAsync()).Single().Stock;

    [Fact]
    public async Task HoldAsync_TakesPointsAndStockAtOnce_FulfilKeepsThem()
    {
        var hold = await HoldPenAsync();

        Assert.Equal((HoldState.Held, 30L, TestData.Monday9am + HoldTimeout), (hold.State, hold.Points, hold.ExpiresAt));
        Assert.Equal((70L, 1), (await BalanceAsync("A"), await StockAsync()));

        var fulfilled = await Store.FulfilAsync("r1");
        var again = await Store.FulfilAsync("r1");

        Assert.Equal((HoldState.Fulfilled, TestData.Monday9am), (fulfilled.State, fulfilled.SettledAt));
        Assert.Equal(fulfilled, again);
        Assert.Equal((70L, 1), (await BalanceAsync("A"), await StockAsync()));
    }

    [Fact]
    public async Task VoidAsync_ProviderFailed_GivesPointsAndStockBackOnce()
    {
        await HoldPenAsync();

        var voided = await Store.VoidAsync("r1", "provider returned 503");
        var again = await Store.VoidAsync("r1", "retry");

        Assert.Equal((HoldState.Voided, "provider returned 503"), (voided.State, voided.Reason));
        Assert.Equal(voided, again);
        Assert.Equal((100L, 2), (await BalanceAsync("A"), await StockAsync()));
        var refund = Assert.Single(await Store.GetPostingsAsync(new PostingQuery { Kind = PostingKind.Reversal }));
        Assert.Equal(voided.RefundPostingId, refund.Id);
        Assert.Equal(voided.PostingId, refund.RelatedPostingId);
        Assert.Equal((30L, "provider returned 503"), (refund.Points, refund.Reason));
        var ex = await Assert.ThrowsAsync<PointsLedgerException>(() => Store.FulfilAsync("r1"));
        Assert.Equal(PointsLedgerError.HoldNotPending, ex.Error);
    }

    [Fact]
    public async Task ExpireHoldsAsync_PastTimeout_GivesPointsBackAndOnlyThen()
    {
        await HoldPenAsync();
        Clock.Advance(HoldTimeout - Duration.FromSeconds(1));
        Assert.Equal(0, await Store.ExpireHoldsAsync());

        Clock.Advance(Duration.FromSeconds(1));

        Assert.Equal(1, await Store.ExpireHoldsAsync());
        Assert.Equal(0, await Store.ExpireHoldsAsync());
        Assert.Equal(HoldState.Expired, (await Store.GetHoldAsync("r1"))!.State);
        Assert.Equal((100L, 2), (await BalanceAsync("A"), await StockAsync()));
    }

    [Fact]
    public async Task FulfilAsync_AfterDeadline_ExpiresGivesBackAndSaysSo()
    {
        await HoldPenAsync();
        Clock.Advance(HoldTimeout);

        var ex = await Assert.ThrowsAsync<PointsLedgerException>(() => Store.FulfilAsync("r1"));

        Assert.Equal(PointsLedgerError.HoldExpired, ex.Error);
        Assert.Equal(HoldState.Expired, (await Store.GetHoldAsync("r1"))!.State);
        Assert.Equal(100, await BalanceAsync("A"));
    }

    [Fact]
    public async Task VoidAsync_FulfilledOrUnknown_RefusedWithTheReason()
    {
        await HoldPenAsync();
        await Store.FulfilAsync("r1");

        var fulfilled = await Assert.ThrowsAsync<PointsLedgerException>(() => Store.VoidAsync("r1", "cancel"));
        var unknown = await Assert.ThrowsAsync<PointsLedgerException>(() => Store.VoidAsync("nope", "cancel"));
        await Assert.ThrowsAsync<PointsInputException>(() => Store.VoidAsync("r1", " "));

        Assert.Equal((PointsLedgerError.HoldNotPending, PointsLedgerError.UnknownHold), (fulfilled.Error, unknown.Error));
        Assert.Contains("Reverse posting", fulfilled.Message, StringComparison.Ordinal);
        Assert.Equal(70, await BalanceAsync("A"));
    }

    [Fact]
    public async Task HoldAsync_SameRequestTwiceOrInsufficientPoints_HoldsOnceOrNothing()
    {
        var first = await HoldPenAsync();
        var again = await Store.HoldAsync(new RedemptionRequest("r1", "A", "pen"), HoldTimeout);
        await Store.HoldAsync(new RedemptionRequest("r2", "A", "pen"), HoldTimeout);

        var ex = await Assert.ThrowsAsync<PointsLedgerException>(() => Store.HoldAsync(new RedemptionRequest("r3", "A", "pen"), HoldTimeout));

        Assert.Equal(first, again);
        Assert.Equal(PointsLedgerError.OutOfStock, ex.Error);
        Assert.Equal(40, await BalanceAsync("A"));
        Assert.Null(await Store.GetHoldAsync("r3"));
    }

    [Fact]
    public async Task ReverseAsync_HeldRedemption_VoidsTheHold()
    {
        var hold = await HoldPenAsync();

        await Store.ReverseAsync(hold.PostingId);

        var voided = (await Store.GetHoldAsync("r1"))!;
        Assert.Equal((HoldState.Voided, "reversed", TestData.Monday9am), (voided.State, voided.Reason, voided.SettledAt));
        Assert.Equal(0, await Store.ExpireHoldsAsync());
        Assert.Equal(100, await BalanceAsync("A"));
    }

    [Fact]
    public async Task AdjustAsync_ReasonAndMetadata_RecordedOnceAndKept()
    {
        var adjustment = new PointsAdjustment("adj-1", "A", "general", 25, "Missing check-ins from the broken gate, 3-5 June")
        {
            Metadata = new Dictionary<string, string> { ["ticket"] = "HR-1234", ["approvedBy"] = "m.chen" },
        };

        var posting = await Store.AdjustAsync(adjustment);
        var again = await Store.AdjustAsync(adjustment);

        Assert.Equal(posting.Id, again.Id);
        var stored = Assert.Single(await Store.GetPostingsAsync(new PostingQuery { EmployeeId = "A" }));
        Assert.Equal((PostingKind.Adjustment, 25L, adjustment.Reason), (stored.Kind, stored.Points, stored.Reason));
        Assert.Equal(new Dictionary<string, string> { ["approvedBy"] = "m.chen", ["ticket"] = "HR-1234" }, stored.Metadata!.OrderBy(m => m.Key).ToDictionary());
        Assert.Equal(25, await BalanceAsync("A"));
        Assert.Equal(25, await Store.GetLifetimeEarnedAsync("A"));
    }

    [Fact]
    public async Task AdjustAsync_DebitBeyondBalanceOrNoReason_RefusedAndNothingRecorded()
    {
        await Store.AppendAsync([TestData.Award("e1", "A", 10)]);

        var debit = await Assert.ThrowsAsync<PointsLedgerException>(() => Store.AdjustAsync(new PointsAdjustment("adj-1", "A", "general", -11, "duplicate award")));
        await Assert.ThrowsAsync<PointsInputException>(() => Store.AdjustAsync(new PointsAdjustment("adj-2", "A", "general", 5, "")));
        await Assert.ThrowsAsync<PointsInputException>(() => Store.AdjustAsync(new PointsAdjustment("adj-3", "A", "general", 0, "nothing")));
        await Store.AdjustAsync(new PointsAdjustment("adj-4", "A", "general", -10, "duplicate award"));

        Assert.Equal(PointsLedgerError.InsufficientPoints, debit.Error);
        Assert.Equal(0, await BalanceAsync("A"));
        Assert.Equal(2, (await Store.GetPostingsAsync(new PostingQuery { EmployeeId = "A" })).Count);
    }

    [Fact]
    public async Task GetBalancesAsOfAsync_PastInstants_ShowTheBalanceThen()
    {
        var monday = TestData.Monday9am;
        await Store.AppendAsync([TestData.Award("e1", "A", 10, expiresAt: monday + Duration.FromDays(3))]);
        Clock.AdvanceDays(1);
        await Store.AppendAsync([TestData.Award("e2", "A", 5)]);
        Clock.AdvanceDays(1);
        await Store.SaveItemAsync(new CatalogItem("pen", "Pen", CatalogItemKind.Welfare, 4));
        await RedeemAsync("r1", "A", "pen");
        Clock.AdvanceDays(5);

        // Before anything: nothing; after day 1: 10 + 5; after the redemption: 11; on day 3 the 6 left of e1 expire: 5.
        Assert.Empty(await Store.GetBalancesAsOfAsync("A", monday - Duration.FromSeconds(1)));
        Assert.Equal(15, (await Store.GetBalancesAsOfAsync("A", monday + Duration.FromDays(1))).Single().Points);
        Assert.Equal(11, (await Store.GetBalancesAsOfAsync("A", monday + Duration.FromDays(2))).Single().Points);
        Assert.Equal(5, (await Store.GetBalancesAsOfAsync("A", monday + Duration.FromDays(3))).Single().Points);
        Assert.Equal(5, await BalanceAsync("A"));
    }
}
