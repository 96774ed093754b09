using HrKit.Points.Catalog;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Tests.Support;
using NodaTime;

namespace HrKit.Points.Tests.Ledger;

/// <summary>
/// A reversal takes back what is left of its posting after that posting's own expiries, and needs a balance of at least
/// that much: exactly enough is enough.
/// </summary>
public abstract partial class LedgerStoreBehaviour
{
    [Fact]
    public async Task ReverseAsync_AwardsPartlyAndWhollyExpired_TakeBackOnlyWhatIsLeftOfEach()
    {
        var t0 = TestData.Monday9am;
        var day30 = t0 + Duration.FromDays(30);
        await Store.SaveItemAsync(new CatalogItem("book", "E-book", CatalogItemKind.Material, 8));
        var x = (await Store.AppendAsync([TestData.Award("x", "A", 10, at: t0, expiresAt: day30)])).Posted.Single();
        var y = (await Store.AppendAsync([TestData.Award("y", "A", 6, at: t0 + Duration.FromHours(1), expiresAt: day30)])).Posted.Single();
        await Store.AppendAsync([TestData.Award("z", "A", 20, at: t0 + Duration.FromHours(2))]);
        Clock.Reset(t0 + Duration.FromDays(25));
        await RedeemAsync("r1", "A", "book"); // the oldest credit pays: 8 of x's 10
        Clock.Reset(day30 + Duration.FromDays(1));
        Assert.Equal(2, await Store.ExpireAsync()); // x's last 2 and all 6 of y

        var xBack = await Store.ReverseAsync(x.Id);
        var yBack = await Store.ReverseAsync(y.Id);

        // Hand-worked: x had 10, 2 of them expired (its own expiry; y's 6 are not x's) and 8 were spent, so 8 are left to
        // take back; y expired whole, so 0. Balance: 10 + 6 + 20 - 8 - 2 - 6 = 20, then 20 - 8 = 12.
        Assert.Equal((-8L, (Instant?)null), (xBack.Points, xBack.ExpiresAt));
        Assert.Equal((0L, (Instant?)null), (yBack.Points, yBack.ExpiresAt));
        Assert.Equal(12, await BalanceAsync("A"));
    }

    [Fact]
    public async Task ReverseAsync_BalanceExactlyTheAmount_AllowedAndOneShort_Refused()
    {
        await Store.SaveItemAsync(new CatalogItem("pen", "Pen", CatalogItemKind.Welfare, 1));
        var exact = (await Store.AppendAsync([TestData.Award("e1", "A", 10)])).Posted.Single();
        var short1 = (await Store.AppendAsync([TestData.Award("e2", "B", 10)])).Posted.Single();
        await RedeemAsync("r1", "B", "pen");

        var reversal = await Store.ReverseAsync(exact.Id);
        var ex = await Assert.ThrowsAsync<PointsLedgerException>(() => Store.ReverseAsync(short1.Id));

        Assert.Equal((-10L, PostingKind.Reversal), (reversal.Points, reversal.Kind));
        Assert.Equal(0, await BalanceAsync("A"));
        Assert.Equal(PointsLedgerError.InsufficientPoints, ex.Error);
        Assert.Equal(9, await BalanceAsync("B"));
    }
}
