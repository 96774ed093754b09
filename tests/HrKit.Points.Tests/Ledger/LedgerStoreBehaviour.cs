using HrKit;
using HrKit.Points;
using HrKit.Points.Catalog;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Ledger;

/// <summary>The behaviour every ledger store must have; each store's test class derives from this.</summary>
public abstract partial class LedgerStoreBehaviour : IAsyncLifetime
{
    private static readonly Duration ThirtyDays = Duration.FromDays(30);

    protected FakeClock Clock { get; } = new(TestData.Monday9am);

    protected IPointsLedgerStore Store { get; private set; } = null!;

    /// <summary>A fresh, empty store.</summary>
    protected abstract IPointsLedgerStore CreateStore(IClock clock, Duration? expireAfter);

    /// <summary>The backend under <see cref="Store"/> (or one on the same database), to write what the store would refuse.</summary>
    private protected abstract ILedgerBackend Backend();

    public async Task InitializeAsync()
    {
        Store = CreateStore(Clock, ThirtyDays);
        await Store.InitializeAsync();
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();

    private async Task<long> BalanceAsync(string employee, string category = "general") =>
        (await Store.GetBalancesAsync(employee)).SingleOrDefault(b => b.Category == category).Points;

    private Task<Posting> RedeemAsync(string request, string employee, string item) =>
        Store.RedeemAsync(new RedemptionRequest(request, employee, item));

    // True when the operation succeeded, false when it was refused for too few points; any other error fails the test.
    private static async Task<bool> SucceedsUnlessTooFewPointsAsync(Func<Task> operation)
    {
        try
        {
            await operation();
            return true;
        }
        catch (PointsLedgerException ex) when (ex.Error == PointsLedgerError.InsufficientPoints)
        {
            return false;
        }
    }

    [Fact]
    public async Task AppendAsync_SameSourceTwice_AwardsOnce()
    {
        await Store.AppendAsync([TestData.Award("e1", "A", 10)]);
        var again = await Store.AppendAsync([TestData.Award("e1", "A", 10)]);

        Assert.Empty(again.Posted);
        Assert.Equal(["e1"], again.DuplicateSources);
        Assert.Equal(10, await BalanceAsync("A"));
    }

    [Fact]
    public async Task AppendAsync_SameSourceTwiceInOneBatch_AwardsOnce()
    {
        var result = await Store.AppendAsync([TestData.Award("e1", "A", 10), TestData.Award("e2", "A", 1), TestData.Award("e1", "A", 10)]);

        Assert.Equal(2, result.Posted.Count);
        Assert.Equal(11, await BalanceAsync("A"));
    }

    [Fact]
    public async Task AppendAsync_EventRedeliveredBackToBackInOneBatch_AwardsOnceAndReportsIt()
    {
        PostingRequest Second(PostingRequest r) => r with { IdempotencyKey = "e1/second-rule", Points = 3 };
        var first = TestData.Award("e1", "A", 10);

        var result = await Store.AppendAsync([first, Second(first), first, Second(first)]);

        Assert.Equal([10L, 3], result.Posted.Select(p => p.Points));
        Assert.Equal(["e1"], result.DuplicateSources);
        Assert.Equal(13, await BalanceAsync("A"));
    }

    [Fact]
    public async Task AppendAsync_SourceSplitByAnotherInOneBatch_AwardsEveryPosting()
    {
        // Issue 19: a later, separated request of a source already seen in the batch was skipped without a word.
        var first = TestData.Award("e1", "A", 10);
        var second = first with { IdempotencyKey = "e1/second-rule", Points = 3 };

        var result = await Store.AppendAsync([first, TestData.Award("e2", "A", 1), second]);

        Assert.Equal([10L, 1, 3], result.Posted.Select(p => p.Points));
        Assert.Empty(result.DuplicateSources);
        Assert.Equal(14, await BalanceAsync("A"));
    }

    [Fact]
    public async Task AppendAsync_SourceRedeliveredAfterAnotherInOneBatch_SkipsTheWholeReplay()
    {
        var first = TestData.Award("e1", "A", 10);
        var third = first with { IdempotencyKey = "e1/rule-of-a-reloaded-policy", Points = 5 };

        var result = await Store.AppendAsync([first, TestData.Award("e2", "A", 1), first, third]);

        Assert.Equal([10L, 1], result.Posted.Select(p => p.Points));
        Assert.Equal(["e1"], result.DuplicateSources);
        Assert.Equal(11, await BalanceAsync("A"));
    }

    [Fact]
    public async Task AppendAsync_CappedRequests_ClampToRemainingAndRecordZero()
    {
        PostingRequest Share(string id) => TestData.Award(id, "A", 4, "learning") with { CapKey = "Share@2025-06-02", CapLimit = 6 };

        var result = await Store.AppendAsync([Share("s1"), Share("s2"), Share("s3")]);

        Assert.Equal([4L, 2, 0], result.Posted.Select(p => p.Points));
        Assert.Equal(6, await BalanceAsync("A", "learning"));
    }

    [Fact]
    public async Task AppendAsync_SameEventFromManyThreads_AwardsOnce()
    {
        var tasks = Enumerable.Range(0, 12).Select(_ => Task.Run(() => Store.AppendAsync([TestData.Award("e1", "A", 10)])));

        var results = await Task.WhenAll(tasks);

        Assert.Equal(1, results.Sum(r => r.Posted.Count));
        Assert.Equal(11, results.Sum(r => r.DuplicateSources.Count));
        Assert.Equal(10, await BalanceAsync("A"));
    }

    [Fact]
    public async Task AppendAsync_ConcurrentCappedAwards_NeverExceedCap()
    {
        var tasks = Enumerable.Range(0, 10).Select(i => Task.Run(() =>
            Store.AppendAsync([TestData.Award($"s{i}", "A", 2, "learning") with { CapKey = "Share@2025-06-02", CapLimit = 6 }])));

        await Task.WhenAll(tasks);

        Assert.Equal(6, await BalanceAsync("A", "learning"));
    }

    [Fact]
    public async Task AppendAsync_PenaltyLargerThanBalance_StopsAtZero()
    {
        await Store.AppendAsync([TestData.Award("e1", "A", 3)]);

        var result = await Store.AppendAsync([TestData.Award("late", "A", -5)]);

        Assert.Equal(-3, Assert.Single(result.Posted).Points);
        Assert.Equal(0, await BalanceAsync("A"));
    }

    [Fact]
    public async Task AppendAsync_CapPartlyUsedByEarlierBatch_ClampsToWhatIsLeft()
    {
        PostingRequest Share(string id, long points) => TestData.Award(id, "A", points, "learning") with { CapKey = "Share@2025-06-02", CapLimit = 10 };
        await Store.AppendAsync([Share("s1", 4), TestData.Award("other", "B", 4, "learning") with { CapKey = "Share@2025-06-02", CapLimit = 10 }]);

        // 4 of A's 10 are used; B's postings share the cap key but are B's own bucket.
        var result = await Store.AppendAsync([Share("s2", 5), Share("s3", 5), Share("s4", 5)]);

        Assert.Equal([5L, 1, 0], result.Posted.Select(p => p.Points));
        Assert.Equal(10, await BalanceAsync("A", "learning"));
    }

    [Fact]
    public async Task AppendAsync_PenaltyAfterCreditsInSameBatch_SeesThoseCredits()
    {
        await Store.AppendAsync([TestData.Award("e1", "A", 2)]);

        // 2 already held + 5 and 1 credited earlier in this batch = 8; the penalty of 10 takes exactly 8.
        var result = await Store.AppendAsync([TestData.Award("e2", "A", 5), TestData.Award("e3", "B", 7), TestData.Award("e4", "A", 1), TestData.Award("late", "A", -10), TestData.Award("e5", "A", 3)]);

        Assert.Equal([5L, 7, 1, -8, 3], result.Posted.Select(p => p.Points));
        Assert.Equal(3, await BalanceAsync("A"));
        Assert.Equal(7, await BalanceAsync("B"));
    }

    [Fact]
    public async Task AppendAsync_Batch_ReturnsStoredPostingsWithTheirIdsInRequestOrder()
    {
        var batch = Enumerable.Range(0, 25).Select(i => TestData.Award($"e{i}", $"E{(i * 7) % 5}", i + 1)).ToList();

        var posted = (await Store.AppendAsync(batch)).Posted;

        var stored = await Store.GetPostingsAsync(new PostingQuery());
        Assert.Equal(batch.Select(r => (r.SourceId, r.EmployeeId, r.Points)), posted.Select(p => (p.SourceId, p.EmployeeId, p.Points)));
        Assert.Equal(stored.Select(p => (p.Id, p.SourceId)), posted.Select(p => (p.Id, p.SourceId)));
    }

    [Fact]
    public async Task AppendAsync_ConcurrentOverlappingBatchesInOppositeOrders_EachEventOnce()
    {
        // Eight writers post the same 20 events over five accounts, half of them in reverse order: none may deadlock
        // and every event is recorded exactly once.
        var events = Enumerable.Range(0, 20).Select(i => TestData.Award($"e{i}", $"E{i % 5}", 1 + (i % 3))).ToList();
        var tasks = Enumerable.Range(0, 8).Select(w => Task.Run(() => Store.AppendAsync(w % 2 == 0 ? events : events.AsEnumerable().Reverse().ToList())));

        var results = await Task.WhenAll(tasks);

        Assert.Equal(20, results.Sum(r => r.Posted.Count));
        Assert.Equal(20, (await Store.GetPostingsAsync(new PostingQuery())).Count);
        Assert.Equal(1 + 3 + 2 + 1, await BalanceAsync("E0")); // events 0, 5, 10, 15 award 1, 3, 2, 1
    }

    [Fact]
    public async Task AppendAsync_InvalidRequestMidBatch_RecordsNothing()
    {
        await Assert.ThrowsAsync<PointsInputException>(() => Store.AppendAsync([TestData.Award("e1", "A", 10), TestData.Award("e2", "B", 5), TestData.Award("e3", "", 5)]));

        Assert.Empty(await Store.GetPostingsAsync(new PostingQuery()));
        var retry = await Store.AppendAsync([TestData.Award("e1", "A", 10)]);
        Assert.Single(retry.Posted);
    }

    [Fact]
    public async Task GetBalancesAsync_TwoCategories_ReportsEachSortedByName()
    {
        await Store.AppendAsync([TestData.Award("1", "A", 7, "learning"), TestData.Award("2", "A", 5), TestData.Award("3", "A", 2, "learning"), TestData.Award("4", "B", 1)]);

        Assert.Equal([new CategoryBalance("general", 5), new CategoryBalance("learning", 9)], await Store.GetBalancesAsync("A"));
    }

    [Fact]
    public async Task GetPostingsAsync_PeriodAndCategory_FiltersHalfOpen()
    {
        var june1 = Instant.FromUtc(2025, 6, 1, 0, 0);
        var july1 = Instant.FromUtc(2025, 7, 1, 0, 0);
        await Store.AppendAsync([
            TestData.Award("may", "A", 1, at: june1 - Duration.FromTicks(1)),
            TestData.Award("june-start", "A", 2, at: june1),
            TestData.Award("june-learning", "A", 4, "learning", june1 + Duration.FromDays(3)),
            TestData.Award("july", "A", 8, at: july1)]);

        var june = await Store.GetPostingsAsync(new PostingQuery { EmployeeId = "A", From = june1, To = july1, Category = "general" });

        Assert.Equal(["june-start"], june.Select(p => p.SourceId));
    }

    [Fact]
    public async Task ReverseAsync_Award_TakesPointsBackOnce()
    {
        var award = (await Store.AppendAsync([TestData.Award("e1", "A", 10), TestData.Award("e2", "A", 4)])).Posted[0];

        var first = await Store.ReverseAsync(award.Id);
        var second = await Store.ReverseAsync(award.Id);

        Assert.Equal((-10L, PostingKind.Reversal, award.Id), (first.Points, first.Kind, first.RelatedPostingId!.Value));
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(4, await BalanceAsync("A"));
    }

    [Fact]
    public async Task ReverseAsync_AwardAlreadySpent_RefusedAndNothingChanges()
    {
        await Store.SaveItemAsync(new CatalogItem("gym", "Gym card", CatalogItemKind.Welfare, 8));
        var award = (await Store.AppendAsync([TestData.Award("e1", "A", 10)])).Posted[0];
        await RedeemAsync("r1", "A", "gym");

        var ex = await Assert.ThrowsAsync<PointsLedgerException>(() => Store.ReverseAsync(award.Id));

        Assert.Equal(PointsLedgerError.InsufficientPoints, ex.Error);
        Assert.Equal(2, await BalanceAsync("A"));
    }

    [Fact]
    public async Task ReverseAsync_UnknownOrReversal_Refused()
    {
        var award = (await Store.AppendAsync([TestData.Award("e1", "A", 10)])).Posted[0];
        var reversal = await Store.ReverseAsync(award.Id);

        Assert.Equal(PointsLedgerError.UnknownPosting, (await Assert.ThrowsAsync<PointsLedgerException>(() => Store.ReverseAsync(999_999))).Error);
        Assert.Equal(PointsLedgerError.NotReversible, (await Assert.ThrowsAsync<PointsLedgerException>(() => Store.ReverseAsync(reversal.Id))).Error);
    }

    [Fact]
    public async Task RedeemAsync_EnoughPoints_DebitsAndTakesStock()
    {
        await Store.SaveItemAsync(new CatalogItem("movie", "Movie ticket", CatalogItemKind.Welfare, 30, Stock: 2));
        await Store.AppendAsync([TestData.Award("e1", "A", 50)]);

        var posting = await RedeemAsync("r1", "A", "movie");

        Assert.Equal((-30L, PostingKind.Redemption, "movie"), (posting.Points, posting.Kind, posting.ItemId!));
        Assert.Equal(20, await BalanceAsync("A"));
        Assert.Equal(1, (await Store.GetItemsAsync()).Single().Stock);
    }

    [Fact]
    public async Task RedeemAsync_SameRequestTwice_RedeemsOnce()
    {
        await Store.SaveItemAsync(new CatalogItem("pdf", "Handbook", CatalogItemKind.Material, 5));
        await Store.AppendAsync([TestData.Award("e1", "A", 50)]);

        var first = await RedeemAsync("r1", "A", "pdf");
        var second = await RedeemAsync("r1", "A", "pdf");

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(45, await BalanceAsync("A"));
    }

    [Fact]
    public async Task RedeemAsync_InsufficientPoints_ChangesNothing()
    {
        await Store.SaveItemAsync(new CatalogItem("movie", "Movie ticket", CatalogItemKind.Welfare, 30, Stock: 2));
        await Store.AppendAsync([TestData.Award("e1", "A", 29)]);

        var ex = await Assert.ThrowsAsync<PointsLedgerException>(() => RedeemAsync("r1", "A", "movie"));

        Assert.Equal(PointsLedgerError.InsufficientPoints, ex.Error);
        Assert.Contains("costs 30", ex.Message, StringComparison.Ordinal);
        Assert.Equal(29, await BalanceAsync("A"));
        Assert.Equal(2, (await Store.GetItemsAsync()).Single().Stock);
    }

    [Fact]
    public async Task RedeemAsync_OutOfStockUnknownOrOverLimit_ClearErrors()
    {
        await Store.SaveItemAsync(new CatalogItem("sold-out", "Concert", CatalogItemKind.Welfare, 1, Stock: 0));
        await Store.SaveItemAsync(new CatalogItem("course", "Excel course", CatalogItemKind.TrainingCourse, 1, PerEmployeeLimit: 1));
        await Store.AppendAsync([TestData.Award("e1", "A", 10)]);
        await RedeemAsync("r1", "A", "course");

        Assert.Equal(PointsLedgerError.OutOfStock, (await Assert.ThrowsAsync<PointsLedgerException>(() => RedeemAsync("r2", "A", "sold-out"))).Error);
        Assert.Equal(PointsLedgerError.UnknownItem, (await Assert.ThrowsAsync<PointsLedgerException>(() => RedeemAsync("r3", "A", "nope"))).Error);
        Assert.Equal(PointsLedgerError.LimitReached, (await Assert.ThrowsAsync<PointsLedgerException>(() => RedeemAsync("r4", "A", "course"))).Error);
        Assert.Equal(9, await BalanceAsync("A"));
    }

    [Fact]
    public async Task RedeemAsync_LimitPerEmployee_OthersRedemptionsAndAReversedOneDoNotCount()
    {
        await Store.SaveItemAsync(new CatalogItem("course", "Excel course", CatalogItemKind.TrainingCourse, 1, PerEmployeeLimit: 1));
        await Store.AppendAsync([TestData.Award("e1", "A", 10), TestData.Award("e2", "B", 10)]);
        await RedeemAsync("b1", "B", "course");
        var reversed = await RedeemAsync("a1", "A", "course");
        await Store.ReverseAsync(reversed.Id);

        // B's redemption is B's, and A's reversed one gives A's place back: A may redeem once more, then not again.
        await RedeemAsync("a2", "A", "course");

        Assert.Equal(PointsLedgerError.LimitReached, (await Assert.ThrowsAsync<PointsLedgerException>(() => RedeemAsync("a3", "A", "course"))).Error);
        Assert.Equal((9L, 9L), (await BalanceAsync("A"), await BalanceAsync("B")));
    }

    [Fact]
    public async Task RedeemAsync_ManyConcurrentOnOneAccount_NeverOverdraws()
    {
        await Store.SaveItemAsync(new CatalogItem("tea", "Milk tea", CatalogItemKind.Welfare, 10, Stock: 100));
        await Store.AppendAsync([TestData.Award("e1", "A", 55)]);

        var attempts = Enumerable.Range(0, 16).Select(i => Task.Run(() => SucceedsUnlessTooFewPointsAsync(() => RedeemAsync($"r{i}", "A", "tea"))));
        var outcomes = await Task.WhenAll(attempts);

        // 55 points buy exactly five 10-point teas; 5 points remain.
        Assert.Equal(5, outcomes.Count(ok => ok));
        Assert.Equal(5, await BalanceAsync("A"));
        Assert.Equal(95, (await Store.GetItemsAsync()).Single().Stock);
    }

    [Fact]
    public async Task ReverseAsync_Redemption_RefundsAndRestocks()
    {
        await Store.SaveItemAsync(new CatalogItem("gym", "Gym card", CatalogItemKind.Welfare, 40, Stock: 1, PerEmployeeLimit: 1));
        await Store.AppendAsync([TestData.Award("e1", "A", 50)]);
        var redemption = await RedeemAsync("r1", "A", "gym");

        var refund = await Store.ReverseAsync(redemption.Id);

        Assert.Equal(40, refund.Points);
        Assert.Equal(50, await BalanceAsync("A"));
        Assert.Equal(1, (await Store.GetItemsAsync()).Single().Stock);
        await RedeemAsync("r2", "A", "gym"); // the limit counts only redemptions still standing
    }

    [Fact]
    public async Task ExpireAsync_OldestPointsSpentFirst_OnlyUnspentRemainderExpires()
    {
        var t0 = TestData.Monday9am;
        await Store.SaveItemAsync(new CatalogItem("book", "E-book", CatalogItemKind.Material, 8));
        await Store.AppendAsync([TestData.Award("old", "A", 10, at: t0, expiresAt: t0 + ThirtyDays)]);
        await Store.AppendAsync([TestData.Award("new", "A", 5, at: t0 + Duration.FromDays(20), expiresAt: t0 + Duration.FromDays(50))]);
        Clock.Reset(t0 + Duration.FromDays(25));
        await RedeemAsync("r1", "A", "book"); // takes 8 of the old 10

        Clock.Reset(t0 + Duration.FromDays(31));
        Assert.Equal(5, await BalanceAsync("A")); // 2 old points are past their date even before the job runs
        var expired = await Store.ExpireAsync();

        Assert.Equal(1, expired);
        var expiry = (await Store.GetPostingsAsync(new PostingQuery { EmployeeId = "A", Kind = PostingKind.Expiry })).Single();
        Assert.Equal((-2L, t0 + ThirtyDays), (expiry.Points, expiry.OccurredAt));
        Assert.Equal(5, await BalanceAsync("A"));
        Assert.Equal(0, await Store.ExpireAsync());
    }

    [Fact]
    public async Task RedeemAsync_AfterExpiryDate_CannotSpendExpiredPoints()
    {
        var t0 = TestData.Monday9am;
        await Store.SaveItemAsync(new CatalogItem("book", "E-book", CatalogItemKind.Material, 8));
        await Store.AppendAsync([TestData.Award("old", "A", 10, at: t0, expiresAt: t0 + ThirtyDays)]);
        Clock.Reset(t0 + ThirtyDays);

        var ex = await Assert.ThrowsAsync<PointsLedgerException>(() => RedeemAsync("r1", "A", "book"));

        Assert.Equal(PointsLedgerError.InsufficientPoints, ex.Error);
        Assert.Equal(0, await BalanceAsync("A"));
    }
}
