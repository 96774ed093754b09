using HrKit.Points.Catalog;
using HrKit.Points.Ledger;
using HrKit.Points.Ledger.Holds;
using HrKit.Points.Model;
using HrKit.Points.Tests.Support;
using HrKit.Tests.Shared;
using NodaTime;

namespace HrKit.Points.Tests.Ledger;

/// <summary>
/// The store never resumes on its caller's synchronization context: a host that blocks on it from a UI thread or a
/// classic ASP.NET request would otherwise deadlock. Only a store whose I/O really waits (PostgreSQL) can show it;
/// the in-memory and SQLite stores complete synchronously and pass trivially.
/// </summary>
public abstract partial class LedgerStoreBehaviour
{
    [Fact]
    public async Task EveryOperation_CalledUnderASynchronizationContext_NeverResumesOnIt()
    {
        await Store.SaveItemAsync(new CatalogItem("pen", "Pen", CatalogItemKind.Welfare, 5, Stock: 10));
        var context = new CountingSynchronizationContext();
        var budget = new PostingBudget(TestData.Monday9am, TestData.Monday9am + Duration.FromDays(1), 100);
        var expires = TestData.Monday9am + Duration.FromDays(1);

        await context.RunAsCaller(() =>
        {
            // Blocking on purpose: a continuation posted to the context would run elsewhere and be counted.
            Store.AppendAsync(
            [
                TestData.Award("e1", "A", 100, expiresAt: expires) with { CapKey = "Share@day", CapLimit = 500, Budget = budget },
                TestData.Award("late", "A", -1),
            ]).GetAwaiter().GetResult();
            Store.RedeemAsync(new RedemptionRequest("r1", "A", "pen")).GetAwaiter().GetResult();
            Store.HoldAsync(new RedemptionRequest("h1", "A", "pen"), Duration.FromMinutes(30)).GetAwaiter().GetResult();
            Store.HoldAsync(new RedemptionRequest("h2", "A", "pen"), Duration.FromMinutes(30)).GetAwaiter().GetResult();
            Store.HoldAsync(new RedemptionRequest("h3", "A", "pen"), Duration.FromMinutes(30)).GetAwaiter().GetResult();
            Store.FulfilAsync("h1").GetAwaiter().GetResult();
            Store.VoidAsync("h2", "provider failed").GetAwaiter().GetResult();
            Store.GetHoldAsync("h3").GetAwaiter().GetResult();
            var adjustment = Store.AdjustAsync(new PointsAdjustment("adj-1", "A", "general", 5, "gate broken")).GetAwaiter().GetResult();
            Store.ReverseAsync(adjustment.Id).GetAwaiter().GetResult();
            Store.GetBalancesAsync("A").GetAwaiter().GetResult();
            Store.GetBalancesAsOfAsync("A", TestData.Monday9am).GetAwaiter().GetResult();
            Store.GetPostingsAsync(new PostingQuery { EmployeeId = "A" }).GetAwaiter().GetResult();
            Store.GetLifetimeEarnedAsync("A").GetAwaiter().GetResult();
            Store.GetLeaderboardAsync(new LeaderboardQuery(June, 10)).GetAwaiter().GetResult();
            Store.GetActivityAsync("A", "t", June).GetAwaiter().GetResult();
            Store.GetItemsAsync().GetAwaiter().GetResult();
            Clock.Advance(Duration.FromDays(2));
            Store.ExpireHoldsAsync().GetAwaiter().GetResult();
            Store.ExpireAsync().GetAwaiter().GetResult();
        });

        Assert.Equal(0, context.Continuations);
        Assert.Equal(HoldState.Expired, (await Store.GetHoldAsync("h3"))!.State);
    }
}
