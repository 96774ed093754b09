using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Tests.Support;
using NodaTime;

namespace HrKit.Points.Tests.Ledger;

/// <summary>
/// Issue 14: a rule budget caps what one rule awards per period across all employees of a tenant; an award that would
/// cross it is cut to what is left, and no interleaving of appends overspends it.
/// </summary>
public abstract partial class LedgerStoreBehaviour
{
    /// <summary>Monday 2025-06-02 in Shanghai (UTC+8): from 2025-06-01T16:00Z to 2025-06-02T16:00Z.</summary>
    private static readonly (Instant Start, Instant End) Monday = (Instant.FromUtc(2025, 6, 1, 16, 0), Instant.FromUtc(2025, 6, 2, 16, 0));

    private static readonly (Instant Start, Instant End) Tuesday = (Monday.End, Instant.FromUtc(2025, 6, 3, 16, 0));

    private static PostingRequest Budgeted(string source, string employee, long points, long budget = 10, (Instant Start, Instant End)? period = null, string rule = "Share")
    {
        var (start, end) = period ?? Monday;
        return new PostingRequest(source, source + "/" + rule, employee, "general", points, start + Duration.FromHours(1))
        {
            RuleName = rule,
            Budget = new PostingBudget(start, end, budget),
        };
    }

    [Fact]
    public async Task AppendAsync_BudgetTenThreeEmployeesEarningFourEach_AwardsFourFourTwoThenZero()
    {
        var first = await Store.AppendAsync([Budgeted("s1", "A", 4), Budgeted("s2", "B", 4)]);
        var second = await Store.AppendAsync([Budgeted("s3", "C", 4)]);
        var third = await Store.AppendAsync([Budgeted("s4", "D", 4)]);

        Assert.Equal([4L, 4, 2, 0], first.Posted.Concat(second.Posted).Concat(third.Posted).Select(p => p.Points));
        // The cut award is recorded with what it got, so the history shows where the budget ran out.
        Assert.Equal(2, (await Store.GetPostingsAsync(new PostingQuery { SourceId = "s3" })).Single().Points);
        Assert.Equal(0, await BalanceAsync("D"));
    }

    [Fact]
    public async Task AppendAsync_BudgetSpentInOneBatch_CutsInRequestOrder()
    {
        var result = await Store.AppendAsync([Budgeted("s1", "A", 4), Budgeted("s2", "B", 4), Budgeted("s3", "C", 4), Budgeted("s4", "A", 1)]);

        Assert.Equal([4L, 4, 2, 0], result.Posted.Select(p => p.Points));
    }

    [Fact]
    public async Task AppendAsync_NextDay_BudgetStartsAgain()
    {
        await Store.AppendAsync([Budgeted("s1", "A", 10)]);

        var monday = await Store.AppendAsync([Budgeted("s2", "B", 4)]);
        var tuesday = await Store.AppendAsync([Budgeted("s3", "B", 4, period: Tuesday), Budgeted("s4", "C", 7, period: Tuesday)]);

        Assert.Equal([0L], monday.Posted.Select(p => p.Points));
        Assert.Equal([4L, 6], tuesday.Posted.Select(p => p.Points));
    }

    [Fact]
    public async Task AppendAsync_TwoRules_EachSpendsItsOwnBudget()
    {
        var result = await Store.AppendAsync([Budgeted("s1", "A", 8, rule: "Share"), Budgeted("s1", "A", 8, rule: "Comment"), Budgeted("s2", "B", 8, rule: "Share"), Budgeted("s2", "B", 8, rule: "Comment")]);

        Assert.Equal([8L, 8, 2, 2], result.Posted.Select(p => p.Points));
    }

    [Fact]
    public async Task AppendAsync_ReplayedEvents_DoNotSpendTheBudgetAgain()
    {
        await Store.AppendAsync([Budgeted("s1", "A", 4), Budgeted("s2", "B", 4)]);

        var replay = await Store.AppendAsync([Budgeted("s1", "A", 4), Budgeted("s2", "B", 4)]);
        var next = await Store.AppendAsync([Budgeted("s3", "C", 4)]);

        Assert.Empty(replay.Posted);
        Assert.Equal(["s1", "s2"], replay.DuplicateSources);
        // 10 - 8 = 2 left; counting the replay would have left nothing.
        Assert.Equal([2L], next.Posted.Select(p => p.Points));
    }

    [Fact]
    public async Task AppendAsync_CapThenBudget_CapCutsPerEmployeeBeforeTheBudgetCutsAcrossEmployees()
    {
        // Cap 6 a day per employee, budget 10 a day for the rule: A gets 4, 2 (cap), 0 (cap); B gets 4 (budget 10 - 6), then 0.
        PostingRequest Both(string source, string employee) => Budgeted(source, employee, 4) with { CapKey = "Share@2025-06-02", CapLimit = 6 };

        var result = await Store.AppendAsync([Both("s1", "A"), Both("s2", "A"), Both("s3", "A"), Both("s4", "B"), Both("s5", "B")]);

        Assert.Equal([4L, 2, 0, 4, 0], result.Posted.Select(p => p.Points));
    }

    [Fact]
    public async Task ReverseAsync_BudgetedAward_GivesItsPointsBackToThatPeriodsBudget()
    {
        await Store.AppendAsync([Budgeted("s1", "A", 4), Budgeted("s2", "B", 4), Budgeted("s3", "C", 4)]);
        var first = (await Store.GetPostingsAsync(new PostingQuery { SourceId = "s1" })).Single();

        await Store.ReverseAsync(first.Id);
        var after = await Store.AppendAsync([Budgeted("s4", "D", 9), Budgeted("s5", "E", 9, period: Tuesday)]);

        // Monday: 4 + 4 + 2 - 4 = 6 spent, 4 left; Tuesday untouched.
        Assert.Equal([4L, 9], after.Posted.Select(p => p.Points));
    }

    [Fact]
    public async Task ReverseAsync_AwardWithoutBudget_LeavesOtherRulesBudgetsAlone()
    {
        await Store.AppendAsync([Budgeted("s1", "A", 10)]);
        await Store.AppendAsync([TestData.Award("plain", "A", 10) with { RuleName = "Other" }]);
        var plain = (await Store.GetPostingsAsync(new PostingQuery { SourceId = "plain" })).Single();

        await Store.ReverseAsync(plain.Id);

        Assert.Equal([0L], (await Store.AppendAsync([Budgeted("s2", "B", 1)])).Posted.Select(p => p.Points));
    }

    [Fact]
    public async Task AppendAsync_SameRuleInAnotherTenant_HasItsOwnBudget()
    {
        var acme = Store.ForTenant("acme");

        await Store.AppendAsync([Budgeted("s1", "A", 10)]);
        var other = await acme.AppendAsync([Budgeted("s1", "A", 7), Budgeted("s2", "B", 7)]);
        var here = await Store.AppendAsync([Budgeted("s2", "B", 7)]);

        Assert.Equal([7L, 3], other.Posted.Select(p => p.Points));
        Assert.Equal([0L], here.Posted.Select(p => p.Points));
    }

    [Fact]
    public async Task AppendAsync_BatchFailingAfterSpendingBudget_LeavesTheBudgetUnspent()
    {
        await WriteUncheckedAsync(Legacy("old", "A", PointsBounds.MaxBalance - 5));
        ((LedgerStore)Store).TotalsAbovePostings = 0;

        await Assert.ThrowsAsync<PointsLedgerException>(() => Store.AppendAsync([Budgeted("s1", "B", 4), Budgeted("s2", "A", 6)]));
        var after = await Store.AppendAsync([Budgeted("s3", "C", 10)]);

        Assert.Equal([10L], after.Posted.Select(p => p.Points));
    }

    [Fact]
    public async Task AppendAsync_BudgetWithoutRuleNameOrOutsideItsPeriod_RefusedWithNothingWritten()
    {
        var noRule = await Assert.ThrowsAsync<PointsInputException>(() => Store.AppendAsync([Budgeted("s1", "A", 4) with { RuleName = null }]));
        var outside = await Assert.ThrowsAsync<PointsInputException>(() => Store.AppendAsync([Budgeted("s2", "A", 4) with { OccurredAt = Tuesday.Start }]));
        var zero = await Assert.ThrowsAsync<PointsInputException>(() => Store.AppendAsync([Budgeted("s3", "A", 4, budget: 0)]));

        Assert.All([noRule, outside, zero], e => Assert.Equal("budget", e.Target?.Field));
        Assert.Empty(await Store.GetPostingsAsync(new PostingQuery()));
    }

    [Fact]
    public async Task AppendAsync_ParallelAppendsThroughSeveralStores_NeverExceedTheBudget()
    {
        // Four stores over the same database (separate connections in SQLite and PostgreSQL), three writers each, four
        // batches per writer of three awards of 3 points: 432 points asked of a budget of 100.
        const long budget = 100;
        var backends = Enumerable.Range(0, 4).Select(_ => Backend()).ToList();
        var stores = backends.Select(b => new LedgerStore(b, Clock, null)).ToList();
        try
        {
            await Task.WhenAll(stores.SelectMany((store, s) => Enumerable.Range(0, 3).Select(w => Task.Run(async () =>
            {
                for (var batch = 0; batch < 4; batch++)
                {
                    var id = $"{s}-{w}-{batch}";
                    await store.AppendAsync([Budgeted(id + "a", "A" + id, 3, budget), Budgeted(id + "b", "B" + id, 3, budget), Budgeted(id + "c", "C" + id, 3, budget)]);
                }
            }))));
        }
        finally
        {
            // The in-memory backend is the test's own (the same instance each time), which the test's store disposes.
            foreach (var store in ReferenceEquals(backends[0], backends[1]) ? [] : stores)
            {
                await store.DisposeAsync();
            }
        }

        var postings = await Store.GetPostingsAsync(new PostingQuery());
        Assert.Equal(4 * 3 * 4 * 3, postings.Count);
        Assert.All(postings, p => Assert.InRange(p.Points, 0, 3));
        Assert.Equal(budget, postings.Sum(p => p.Points));
    }
}
