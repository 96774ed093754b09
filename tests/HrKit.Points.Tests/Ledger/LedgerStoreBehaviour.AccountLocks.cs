using HrKit.Points.Catalog;
using HrKit.Points.Ledger;
using HrKit.Points.Ledger.Holds;
using HrKit.Points.Model;
using HrKit.Points.Tests.Support;
using NodaTime;

namespace HrKit.Points.Tests.Ledger;

/// <summary>
/// The account lock each writing operation takes, seen from concurrent callers. SQLite and the in-memory store
/// serialise whole transactions, so these pass there with or without the lock; on PostgreSQL (read committed) only the
/// lock stops two transactions from working from the same balance or the same "not done yet".
/// </summary>
public abstract partial class LedgerStoreBehaviour
{
    [Fact]
    public async Task RedeemAsync_ManyConcurrentOfDifferentItemsOnOneAccount_NeverOverdraws()
    {
        await SixteenTenPointItemsAndFiftyFivePointsForAAsync();

        var attempts = Enumerable.Range(0, 16).Select(i => Task.Run(() => SucceedsUnlessTooFewPointsAsync(() => RedeemAsync($"r{i}", "A", $"item{i}"))));
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(5, outcomes.Count(ok => ok));
        Assert.Equal(5, await BalanceAsync("A"));
    }

    [Fact]
    public async Task AdjustAsync_ManyConcurrentDebitsOnOneAccount_NeverOverdraw()
    {
        await Store.AppendAsync([TestData.Award("e1", "A", 10)]);

        var attempts = Enumerable.Range(0, 12).Select(i => Task.Run(() => SucceedsUnlessTooFewPointsAsync(() => Store.AdjustAsync(new PointsAdjustment($"fine-{i}", "A", "general", -3, "late return")))));
        var outcomes = await Task.WhenAll(attempts);

        // 10 points pay three debits of 3; 1 point remains.
        Assert.Equal(3, outcomes.Count(ok => ok));
        Assert.Equal(1, await BalanceAsync("A"));
    }

    [Fact]
    public async Task HoldAsync_ManyConcurrentOfDifferentItemsOnOneAccount_NeverOverdraws()
    {
        await SixteenTenPointItemsAndFiftyFivePointsForAAsync();

        var attempts = Enumerable.Range(0, 16).Select(i => Task.Run(() => SucceedsUnlessTooFewPointsAsync(() => Store.HoldAsync(new RedemptionRequest($"h{i}", "A", $"item{i}"), Duration.FromMinutes(30)))));
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(5, outcomes.Count(ok => ok));
        Assert.Equal(5, await BalanceAsync("A"));
    }

    [Fact]
    public async Task VoidAsync_SameHoldFromManyThreads_GivesThePointsBackOnce()
    {
        // Eight holds, each voided by eight callers at once: every caller gets the voided hold, each refund is written once.
        await Store.AppendAsync([TestData.Award("e1", "A", 80)]);
        foreach (var i in Enumerable.Range(0, 8))
        {
            await Store.SaveItemAsync(new CatalogItem($"item{i}", $"Item {i}", CatalogItemKind.Welfare, 10, Stock: 1));
            await Store.HoldAsync(new RedemptionRequest($"h{i}", "A", $"item{i}"), Duration.FromMinutes(30));
        }

        var voided = await AllAtOnceAsync(Enumerable.Range(0, 8).SelectMany(i => Enumerable.Repeat(() => Store.VoidAsync($"h{i}", "provider failed"), 8)));

        Assert.All(voided, hold => Assert.Equal(HoldState.Voided, hold.State));
        Assert.Equal(80, await BalanceAsync("A"));
        Assert.Equal(8, (await Store.GetPostingsAsync(new PostingQuery { Kind = PostingKind.Reversal })).Count);
    }

    [Fact]
    public async Task ReverseAsync_SamePostingFromManyThreads_ReversesOnceAndEveryCallerGetsThatReversal()
    {
        // Eight awards, each reversed by eight callers at once: 64 transactions racing, so a missing lock shows.
        var awards = (await Store.AppendAsync([.. Enumerable.Range(0, 8).Select(i => TestData.Award($"e{i}", "A", 10 + i))])).Posted;

        var reversals = await AllAtOnceAsync(awards.SelectMany(award => Enumerable.Repeat(() => Store.ReverseAsync(award.Id), 8)));

        foreach (var award in awards)
        {
            var ofAward = reversals.Where(r => r.RelatedPostingId == award.Id).ToList();
            Assert.Equal(8, ofAward.Count);
            Assert.Single(ofAward.Select(r => r.Id).Distinct());
            Assert.Equal(-award.Points, ofAward[0].Points);
        }

        Assert.Equal(0, await BalanceAsync("A"));
        Assert.Equal(8, (await Store.GetPostingsAsync(new PostingQuery { Kind = PostingKind.Reversal })).Count);
    }

    [Fact]
    public async Task ExpireAsync_SeveralRunsAtOnce_ExpireEachLotOnce()
    {
        var expires = TestData.Monday9am + Duration.FromDays(1);
        await Store.AppendAsync([.. Enumerable.Range(0, 6).Select(i => TestData.Award($"e{i}", $"E{i % 3}", 10 + i, expiresAt: expires))]);
        Clock.Advance(Duration.FromDays(2));

        var counts = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => Store.ExpireAsync())));

        // Six lots: together the runs write six expiries, whichever run wrote each.
        Assert.Equal(6, counts.Sum());
        Assert.Equal(6, (await Store.GetPostingsAsync(new PostingQuery { Kind = PostingKind.Expiry })).Count);
        Assert.Equal((0L, 0L, 0L), (await BalanceAsync("E0"), await BalanceAsync("E1"), await BalanceAsync("E2")));
    }

    // Different items, so no item row serialises their redemptions: 55 points buy exactly five of the sixteen.
    private async Task SixteenTenPointItemsAndFiftyFivePointsForAAsync()
    {
        foreach (var i in Enumerable.Range(0, 16))
        {
            await Store.SaveItemAsync(new CatalogItem($"item{i}", $"Item {i}", CatalogItemKind.Welfare, 10, Stock: 1));
        }

        await Store.AppendAsync([TestData.Award("e1", "A", 55)]);
    }

    // Every operation on a pool thread, all released at the same moment, so their transactions overlap.
    private static async Task<T[]> AllAtOnceAsync<T>(IEnumerable<Func<Task<T>>> operations)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racing = operations.Select(operation => Task.Run(async () =>
        {
            await start.Task;
            return await operation();
        })).ToList();
        start.SetResult();
        return await Task.WhenAll(racing);
    }
}
