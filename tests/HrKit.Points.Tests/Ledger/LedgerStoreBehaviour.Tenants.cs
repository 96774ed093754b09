using HrKit.Points.Catalog;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Tests.Support;
using NodaTime;

namespace HrKit.Points.Tests.Ledger;

/// <summary>Issue 14: two companies in one ledger see nothing of each other; balances come from the account rows.</summary>
public abstract partial class LedgerStoreBehaviour
{
    [Fact]
    public async Task ForTenant_SameEventIdsInTwoTenants_EachAwardedAndKeptApart()
    {
        var acme = Store.ForTenant("acme");

        await Store.AppendAsync([TestData.Award("e1", "A", 10)]);
        var other = await acme.AppendAsync([TestData.Award("e1", "A", 7)]);

        // The same source and idempotency key are new in the second tenant: unique keys include the tenant.
        Assert.Equal([7L], other.Posted.Select(p => p.Points));
        Assert.Equal(10, await BalanceAsync("A"));
        Assert.Equal(7, (await acme.GetBalancesAsync("A")).Single().Points);
        Assert.Single(await acme.GetPostingsAsync(new PostingQuery { EmployeeId = "A" }));
        Assert.Equal((LedgerTenant.Default, "acme"), (Store.TenantId, acme.TenantId));
    }

    [Fact]
    public async Task ForTenant_OtherTenantsPostingsItemsAndHolds_AreInvisible()
    {
        var acme = Store.ForTenant("acme");
        await Store.AppendAsync([TestData.Award("e1", "A", 50)]);
        await Store.SaveItemAsync(new CatalogItem("pen", "Pen", CatalogItemKind.Welfare, 10, Stock: 3));
        var hold = await Store.HoldAsync(new RedemptionRequest("r1", "A", "pen"), Duration.FromHours(1));
        var award = (await Store.GetPostingsAsync(new PostingQuery()))[0];

        var reverse = await Assert.ThrowsAsync<PointsLedgerException>(() => acme.ReverseAsync(award.Id));
        var redeem = await Assert.ThrowsAsync<PointsLedgerException>(() => acme.RedeemAsync(new RedemptionRequest("r2", "A", "pen")));
        var fulfil = await Assert.ThrowsAsync<PointsLedgerException>(() => acme.FulfilAsync(hold.RequestId));

        Assert.Equal((PointsLedgerError.UnknownPosting, PointsLedgerError.UnknownItem, PointsLedgerError.UnknownHold), (reverse.Error, redeem.Error, fulfil.Error));
        Assert.Empty(await acme.GetItemsAsync());
        Assert.Empty(await acme.GetPostingsAsync(new PostingQuery()));
        Assert.Empty(await acme.GetBalancesAsync("A"));
        Assert.Equal(0, await acme.ExpireAsync());
    }

    [Fact]
    public async Task ForTenant_InvalidTenantId_Refused()
    {
        Assert.Throws<ArgumentException>(() => Store.ForTenant(""));
        var control = Assert.Throws<ArgumentException>(() => Store.ForTenant("a\nb"));
        var tooLong = Assert.Throws<ArgumentException>(() => Store.ForTenant(new string('t', PointsBounds.MaxIdLength + 1)));

        // The text names the id (cut at 80 characters), the bound and the parameter.
        Assert.Equal(("Tenant id 'a\nb' must be 1 to 256 characters without control characters. (Parameter 'tenantId')", "tenantId"), (control.Message, control.ParamName));
        Assert.StartsWith($"Tenant id '{new string('t', 80)}' must be", tooLong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TenantAndIds_OfExactly256Characters_Accepted257Refused()
    {
        var longest = new string('t', PointsBounds.MaxIdLength);
        var tenant = Store.ForTenant(longest);
        await tenant.AdjustAsync(new PointsAdjustment(longest, longest, "general", 5, "opening balance"));

        var ex = await Assert.ThrowsAsync<PointsInputException>(() => tenant.GetHoldAsync(longest + "t"));

        Assert.Equal(longest, tenant.TenantId);
        Assert.Equal(5, (await tenant.GetBalancesAsync(longest)).Single().Points);
        Assert.Equal("requestId", ex.Target?.Field);
        Assert.Null(await tenant.GetHoldAsync(longest));
    }

    [Fact]
    public async Task GetBalancesAsync_CreditPastExpiryNotYetWrittenOff_LeavesTheBalanceRowForTheExactSum()
    {
        await Store.AppendAsync([TestData.Award("e1", "A", 10, expiresAt: TestData.Monday9am + Duration.FromDays(1)), TestData.Award("e2", "A", 5)]);
        Assert.Equal(15, await BalanceAsync("A"));

        Clock.AdvanceDays(2);

        // The row still holds 15 (no expiry posting yet); its watermark says an expiry may be due, so 5 is computed.
        Assert.Equal(5, await BalanceAsync("A"));
        Assert.Equal(1, await Store.ExpireAsync());
        Assert.Equal(5, await BalanceAsync("A"));
        Assert.Equal([new AccountRow("general", 5, 15, null)], await AccountRowsAsync("A"));
    }

    [Fact]
    public async Task AccountRow_AfterAwardsRedemptionPenaltyAndReversal_EqualsTheSumOfPostings()
    {
        await Store.AppendAsync([TestData.Award("e1", "A", 40), TestData.Award("e2", "A", 25), TestData.Award("e3", "A", 3, "learning")]);
        await Store.SaveItemAsync(new CatalogItem("pen", "Pen", CatalogItemKind.Welfare, 30));
        await RedeemAsync("r1", "A", "pen");
        await Store.AppendAsync([TestData.Award("late", "A", -4)]);
        var award = (await Store.GetPostingsAsync(new PostingQuery { SourceId = "e2" })).Single();
        await Store.ReverseAsync(award.Id);

        // general: 40 + 25 - 30 - 4 - 25 = 6; earned: 40 + 25 - 25 = 40 (spending and the penalty do not lower it).
        Assert.Equal([new AccountRow("general", 6, 40, null), new AccountRow("learning", 3, 3, null)], await AccountRowsAsync("A"));
        Assert.Equal(6, await BalanceAsync("A"));
        Assert.Equal(43, await Store.GetLifetimeEarnedAsync("A"));
        Assert.Equal(3, await Store.GetLifetimeEarnedAsync("A", "learning"));
    }

    private async Task<IReadOnlyList<AccountRow>> AccountRowsAsync(string employee)
    {
        var backend = Backend();
        var session = await backend.BeginAsync(LedgerTenant.Default, default);
        try
        {
            return await session.GetAccountsAsync(employee, default);
        }
        finally
        {
            await session.DisposeAsync();
            if (!ReferenceEquals(backend, Backend()))
            {
                await backend.DisposeAsync();
            }
        }
    }
}
