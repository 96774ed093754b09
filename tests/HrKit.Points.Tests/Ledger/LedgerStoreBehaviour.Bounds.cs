using HrKit;
using HrKit.Points;
using HrKit.Points.Catalog;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Tests.Support;

namespace HrKit.Points.Tests.Ledger;

/// <summary>
/// Issue 10: points bounds. No sum over a ledger may throw <see cref="OverflowException"/> — not even over postings
/// written before the bounds existed, which these tests write straight to the backend — and no credit may take an
/// account past <see cref="PointsBounds.MaxBalance"/>.
/// </summary>
public abstract partial class LedgerStoreBehaviour
{
    private async Task WriteUncheckedAsync(params Posting[] postings)
    {
        var backend = Backend();
        await backend.InitializeAsync(default);
        var session = await backend.BeginAsync(LedgerTenant.Default, default);
        await using (session)
        {
            await session.InsertManyAsync(postings, default);
            await session.CommitAsync(default);
        }

        if (!ReferenceEquals(backend, Backend()))
        {
            await backend.DisposeAsync();
        }
    }

    private static Posting Legacy(string key, string employee, long points, string? capKey = null) =>
        new(0, key, key, employee, "general", points, PostingKind.Award, TestData.Monday9am, TestData.Monday9am) { RuleName = "r", CapKey = capKey };

    [Fact]
    public async Task GetBalancesAsync_LegacyPostingOfLongMaxValue_ReadsExactlyInsteadOfThrowing()
    {
        await WriteUncheckedAsync(Legacy("old-1", "A", long.MaxValue), Legacy("old-2", "A", 5));
        await Store.SaveItemAsync(new CatalogItem("pen", "Pen", CatalogItemKind.Welfare, 10));

        var before = await BalanceAsync("A");
        await RedeemAsync("r1", "A", "pen");

        // long.MaxValue + 5 saturates; after spending 10 the exact total, long.MaxValue - 5, fits again.
        Assert.Equal((long.MaxValue, long.MaxValue - 5), (before, await BalanceAsync("A")));
    }

    [Fact]
    public async Task AppendAsync_CapBucketHoldingLegacyHugeSum_CapsToZeroInsteadOfThrowing()
    {
        await WriteUncheckedAsync(Legacy("old-1", "A", long.MaxValue, "Share@2025-06-02"), Legacy("old-2", "A", long.MaxValue, "Share@2025-06-02"));

        var result = await Store.AppendAsync([TestData.Award("e1", "B", 1) with { CapKey = "Share@2025-06-02", CapLimit = 6 }, TestData.Award("e2", "A", 1) with { CapKey = "Share@2025-06-02", CapLimit = 6 }]);

        Assert.Equal([1L, 0L], result.Posted.Select(p => p.Points));
    }

    [Fact]
    public async Task AppendAsync_CreditPastMaxBalance_RefusedWithNothingOfTheBatchWritten()
    {
        await WriteUncheckedAsync(Legacy("old", "A", PointsBounds.MaxBalance - 5));
        // Below a billion postings no account can reach the bound, so totals are not read; pretend the ledger is that big.
        ((LedgerStore)Store).TotalsAbovePostings = 0;

        var ex = await Assert.ThrowsAsync<PointsLedgerException>(() => Store.AppendAsync([TestData.Award("e1", "B", 3), TestData.Award("e2", "A", 6)]));
        var atBound = await Store.AppendAsync([TestData.Award("e3", "A", 5)]);

        Assert.Equal(PointsLedgerError.BalanceLimitExceeded, ex.Error);
        Assert.Contains("e2/r", ex.Message, StringComparison.Ordinal);
        Assert.Empty(await Store.GetPostingsAsync(new PostingQuery { EmployeeId = "B" }));
        Assert.Equal(PointsBounds.MaxBalance, await BalanceAsync("A"));
        Assert.Single(atBound.Posted);
    }

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    [InlineData(PointsBounds.MaxPointsPerPosting + 1)]
    public async Task AppendAsync_PointsOutsidePostingBound_RefusedWithNothingWritten(long points)
    {
        var ex = await Assert.ThrowsAsync<PointsInputException>(() => Store.AppendAsync([TestData.Award("ok", "A", 1), TestData.Award("huge", "A", points)]));

        Assert.Contains("PointsBounds.MaxPointsPerPosting", ex.Message, StringComparison.Ordinal);
        Assert.Equal(("PointsInputInvalid", "points"), (ex.ErrorCode, ex.Target?.Field));
        Assert.Empty(await Store.GetPostingsAsync(new PostingQuery()));
    }

    [Fact]
    public async Task AppendAsync_OccurredOutsideEventTimes_Refused()
    {
        var ex = await Assert.ThrowsAsync<PointsInputException>(() => Store.AppendAsync([TestData.Award("old", "A", 1, at: NodaTime.Instant.FromUtc(1, 1, 1, 0, 0))]));

        Assert.Contains("PointsBounds.EventTimes", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(PointsBounds.MaxPointsPerPosting + 1)]
    public async Task SaveItemAsync_PriceOutsideBound_Refused(long price)
    {
        var ex = await Assert.ThrowsAsync<PointsInputException>(() => Store.SaveItemAsync(new CatalogItem("x", "X", CatalogItemKind.Welfare, price)));

        Assert.Equal(new HrKitErrorTarget(Record: "x", Field: "price"), ex.Target);
    }

    [Fact]
    public async Task SaveItemAsync_StockAboveBound_Refused()
    {
        var ex = await Assert.ThrowsAsync<PointsInputException>(() => Store.SaveItemAsync(new CatalogItem("x", "X", CatalogItemKind.Welfare, 1, Stock: int.MaxValue)));

        Assert.Contains("PointsBounds.MaxCatalogQuantity", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 0, "perEmployeeLimit")]
    [InlineData(0, 0, "perEmployeeLimit")]
    [InlineData(PointsBounds.MaxCatalogQuantity, 0, "perEmployeeLimit")]
    [InlineData(-1, 1, "stock")]
    [InlineData(PointsBounds.MaxCatalogQuantity + 1, 1, "stock")]
    [InlineData(1, PointsBounds.MaxCatalogQuantity + 1, "perEmployeeLimit")]
    public async Task SaveItemAsync_StockOrLimitOutsideItsBound_RefusedNamingTheFieldOutside(int? stock, int limit, string field)
    {
        var ex = await Assert.ThrowsAsync<PointsInputException>(() => Store.SaveItemAsync(new CatalogItem("x", "X", CatalogItemKind.Welfare, 1, stock, limit)));

        Assert.Equal(new HrKitErrorTarget(Record: "x", Field: field), ex.Target);
        Assert.Empty(await Store.GetItemsAsync());
    }

    [Fact]
    public async Task RedeemAndSaveItem_NullOrEmptyIds_RefusedNamingTheField()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => Store.RedeemAsync(null!));
        Assert.Equal("RequestId", (await Assert.ThrowsAsync<ArgumentException>(() => Store.RedeemAsync(new RedemptionRequest("", "A", "pen")))).ParamName);
        Assert.Equal("EmployeeId", (await Assert.ThrowsAsync<ArgumentException>(() => Store.RedeemAsync(new RedemptionRequest("r1", "", "pen")))).ParamName);
        Assert.Equal("ItemId", (await Assert.ThrowsAsync<ArgumentException>(() => Store.RedeemAsync(new RedemptionRequest("r1", "A", "")))).ParamName);
        await Assert.ThrowsAsync<ArgumentNullException>(() => Store.SaveItemAsync(null!));
        Assert.Equal("Id", (await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveItemAsync(new CatalogItem("", "X", CatalogItemKind.Welfare, 1)))).ParamName);
        await Assert.ThrowsAsync<ArgumentNullException>(() => Store.SaveItemAsync(new CatalogItem("x", null!, CatalogItemKind.Welfare, 1)));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveItemAsync(new CatalogItem("x", "X", CatalogItemKind.Welfare, 1) { Category = "" }));

        Assert.Empty(await Store.GetItemsAsync());
    }

    [Fact]
    public async Task SaveItemAsync_LimitsOfOneTwoAndTheBound_Accepted()
    {
        await Store.SaveItemAsync(new CatalogItem("a", "A", CatalogItemKind.Welfare, 1, PointsBounds.MaxCatalogQuantity, PerEmployeeLimit: 1));
        await Store.SaveItemAsync(new CatalogItem("b", "B", CatalogItemKind.Welfare, 1, 0, PerEmployeeLimit: 2));
        await Store.SaveItemAsync(new CatalogItem("c", "C", CatalogItemKind.Welfare, 1, null, PerEmployeeLimit: PointsBounds.MaxCatalogQuantity));

        await Store.SaveItemAsync(new CatalogItem("d", "D", CatalogItemKind.Welfare, PointsBounds.MaxPointsPerPosting));
        var price = await Assert.ThrowsAsync<PointsInputException>(() => Store.SaveItemAsync(new CatalogItem("e", "E", CatalogItemKind.Welfare, PointsBounds.MaxPointsPerPosting + 1)));

        Assert.Equal([1, 2, PointsBounds.MaxCatalogQuantity, null], (await Store.GetItemsAsync()).Select(i => i.PerEmployeeLimit));
        Assert.Equal("price", price.Target?.Field);
        await Assert.ThrowsAsync<ArgumentNullException>(() => Store.GetPostingsAsync(null!));
    }

    [Fact]
    public async Task ReverseAsync_RedemptionRestockedToTheBound_StockStaysAtTheBound()
    {
        await Store.AppendAsync([TestData.Award("e1", "A", 10)]);
        var item = new CatalogItem("pen", "Pen", CatalogItemKind.Welfare, 1, Stock: PointsBounds.MaxCatalogQuantity);
        await Store.SaveItemAsync(item);
        var redemption = await RedeemAsync("r1", "A", "pen");
        await Store.SaveItemAsync(item); // restocked to the bound meanwhile

        await Store.ReverseAsync(redemption.Id);

        Assert.Equal(PointsBounds.MaxCatalogQuantity, (await Store.GetItemsAsync()).Single().Stock);
    }

    [Theory]
    [InlineData(null, "E1", "pen")]
    [InlineData("r", "E1", null)]
    [InlineData("r", "", "pen")]
    [InlineData("r", "E1", "")]
    public async Task RedeemAsync_MissingId_ThrowsArgumentException(string? request, string? employee, string? item)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.RedeemAsync(new RedemptionRequest(request!, employee!, item!)));
    }

    [Fact]
    public async Task RedeemAsync_IdLongerThanBound_ThrowsPointsInputExceptionNamingTheBound()
    {
        var ex = await Assert.ThrowsAsync<PointsInputException>(() => Store.RedeemAsync(new RedemptionRequest(new string('r', 100_000), "E1", "pen")));

        Assert.Contains("PointsBounds.MaxIdLength", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetBalancesAsync_IdLongerThanBound_ThrowsPointsInputException()
    {
        await Assert.ThrowsAsync<PointsInputException>(() => Store.GetBalancesAsync(new string('e', 1_000)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)] // one past the only posting
    [InlineData(-1)]
    [InlineData(long.MinValue)]
    [InlineData(long.MaxValue)]
    public async Task ReverseAsync_IdThatCannotExist_ThrowsUnknownPosting(long id)
    {
        await Store.AppendAsync([TestData.Award("e1", "A", 10)]);

        var ex = await Assert.ThrowsAsync<PointsLedgerException>(() => Store.ReverseAsync(id));

        Assert.Equal(PointsLedgerError.UnknownPosting, ex.Error);
    }
}
