using HrKit.Points.Catalog;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Tests.Support;

namespace HrKit.Points.Tests.Ledger;

/// <summary>What must hold after a <see cref="LegacyLedger"/> is opened by today's store: the same numbers, ids and keys.</summary>
internal static class LedgerUpgradeChecks
{
    public static async Task AssertUpgradedAsync(IPointsLedgerStore store)
    {
        // Balances: A general 100 - 30, learning 20 (expires in 30 days); B 7. Lifetime earned A: 120.
        Assert.Equal([new CategoryBalance("general", 70), new CategoryBalance("learning", 20)], await store.GetBalancesAsync("A"));
        Assert.Equal([new CategoryBalance("general", 7)], await store.GetBalancesAsync("B"));
        Assert.Equal(120, await store.GetLifetimeEarnedAsync("A"));
        Assert.Equal([1L, 2, 3], (await store.GetPostingsAsync(new PostingQuery { EmployeeId = "A" })).Select(p => p.Id));
        Assert.Equal(4, (await store.GetItemsAsync()).Single().Stock);

        // Idempotency survived: the old event and redemption are recognised, and new ids continue after the old ones.
        var replay = await store.AppendAsync([TestData.Award("e1", "A", 100)]);
        Assert.Empty(replay.Posted);
        Assert.Equal(["e1"], replay.DuplicateSources);
        Assert.Equal(3, (await store.RedeemAsync(new RedemptionRequest("r1", "A", "pen"))).Id);
        var added = await store.AppendAsync([TestData.Award("e4", "A", 5)]);
        Assert.Equal(5, added.Posted.Single().Id);
        Assert.Equal(75, (await store.GetBalancesAsync("A"))[0].Points);
        var reversal = await store.ReverseAsync(3);
        Assert.Equal((PostingKind.Reversal, 30L), (reversal.Kind, reversal.Points));
        Assert.Equal(5, (await store.GetItemsAsync()).Single().Stock);
    }
}
