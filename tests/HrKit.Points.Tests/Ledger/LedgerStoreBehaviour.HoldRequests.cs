using HrKit.Points.Catalog;
using HrKit.Points.Ledger;
using HrKit.Points.Ledger.Holds;
using HrKit.Points.Tests.Support;
using NodaTime;

namespace HrKit.Points.Tests.Ledger;

/// <summary>Hold requests: their ids checked first, a request id bound to what it first redeemed, the sweep's one instant.</summary>
public abstract partial class LedgerStoreBehaviour
{
    [Fact]
    public async Task HoldCalls_NullOrEmptyIds_RefusedAsArgumentsBeforeAnythingIsRead()
    {
        await HoldPenAsync();

        await Assert.ThrowsAsync<ArgumentNullException>(() => Store.HoldAsync(null!, HoldTimeout));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.HoldAsync(new RedemptionRequest("", "A", "pen"), HoldTimeout));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.GetHoldAsync(""));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.FulfilAsync(""));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.VoidAsync("", "cancel"));

        Assert.Equal((HoldState.Held, 70L), ((await Store.GetHoldAsync("r1"))!.State, await BalanceAsync("A")));
    }

    [Fact]
    public async Task HoldAsync_NewHold_IsHeldAndNotSettled()
    {
        var hold = await HoldPenAsync();

        Assert.Equal((HoldState.Held, (Instant?)null, "pen"), (hold.State, hold.SettledAt, hold.ItemId));
        Assert.Equal(hold, await Store.GetHoldAsync("r1"));
    }

    [Fact]
    public async Task HoldAsync_RequestIdAlreadyRedeemedForAnotherItem_KeepsTheItemItRedeemed()
    {
        await Store.AppendAsync([TestData.Award("e1", "A", 100)]);
        await Store.SaveItemAsync(new CatalogItem("pen", "Pen", CatalogItemKind.Welfare, 30, Stock: 2));
        await Store.SaveItemAsync(new CatalogItem("book", "Book", CatalogItemKind.Welfare, 50, Stock: 2));
        await RedeemAsync("r1", "A", "pen");

        var hold = await Store.HoldAsync(new RedemptionRequest("r1", "A", "book"), HoldTimeout);

        // The request id is the redemption: it stays the pen's 30 points, and no book is taken.
        Assert.Equal((HoldState.Fulfilled, "pen", 30L), (hold.State, hold.ItemId, hold.Points));
        Assert.Equal(70, await BalanceAsync("A"));
        Assert.Equal([2, 1], (await Store.GetItemsAsync()).Select(i => i.Stock));
    }

    [Fact]
    public async Task ExpireHoldsAsync_HoldLongPastItsDeadlineWhileTheClockMoves_ExpiresItAtTheSweepsInstant()
    {
        await HoldPenAsync();
        Clock.Advance(HoldTimeout + Duration.FromHours(1));
        var sweep = Clock.GetCurrentInstant();
        Clock.AutoAdvance = Duration.FromSeconds(1);

        var count = await Store.ExpireHoldsAsync();

        Clock.AutoAdvance = Duration.Zero;
        var hold = (await Store.GetHoldAsync("r1"))!;
        Assert.Equal(1, count);
        Assert.Equal((HoldState.Expired, (Instant?)sweep, "expired"), (hold.State, hold.SettledAt, hold.Reason));
        Assert.Equal(100, await BalanceAsync("A"));
    }

    [Fact]
    public async Task VoidAsync_FulfilledHold_SaysWhichPostingToReverseInstead()
    {
        var hold = await HoldPenAsync();
        await Store.FulfilAsync("r1");

        var ex = await Assert.ThrowsAsync<PointsLedgerException>(() => Store.VoidAsync("r1", "cancel"));

        Assert.Equal($"Hold 'r1' is fulfilled; it can no longer be voided. Reverse posting {hold.PostingId} to refund a fulfilled redemption.", ex.Message);
    }
}
