using HrKit.Points.Ledger;
using HrKit.Points.Tests.Support;
using NodaTime;

namespace HrKit.Points.Tests.Ledger;

/// <summary>Rule budgets at their edges: a reversal on the first and last instant of a period, and never below zero.</summary>
public abstract partial class LedgerStoreBehaviour
{
    [Fact]
    public async Task AppendAsync_OneRuleWithBudgetsSharingAStartOrAnEnd_SpendsEachBudgetOnItsOwn()
    {
        // A budget row is the rule and both ends of its period: Monday, the week from Monday, and the eight days to the
        // same end are three rows, and another rule's Monday is a fourth. Hand-worked: each award takes what is left of
        // its own row (5, 10, 3 and 4 of 10 asked), not of another's.
        var week = (Monday.Start, Monday.Start + Duration.FromDays(7));
        var eightDays = (Monday.Start - Duration.FromDays(1), week.Item2);

        var result = await Store.AppendAsync(
        [
            Budgeted("s1", "A", 10, budget: 5),
            Budgeted("s2", "A", 10, budget: 100, period: week),
            Budgeted("s3", "A", 10, budget: 3, period: eightDays),
            Budgeted("s4", "A", 10, budget: 4, rule: "Course"),
        ]);
        var again = await Store.AppendAsync([Budgeted("s5", "B", 10, budget: 5), Budgeted("s6", "B", 10, budget: 100, period: week)]);

        Assert.Equal([5L, 10, 3, 4], result.Posted.Select(p => p.Points));
        Assert.Equal([0L, 10], again.Posted.Select(p => p.Points));
    }

    [Fact]
    public async Task ReverseAsync_AwardAtThePeriodsFirstInstant_GivesItsPointsBackToThatPeriod()
    {
        var award = (await Store.AppendAsync([Budgeted("s1", "A", 10) with { OccurredAt = Monday.Start }])).Posted.Single();

        await Store.ReverseAsync(award.Id);
        var again = await Store.AppendAsync([Budgeted("s2", "B", 10)]);

        Assert.Equal(10, again.Posted.Single().Points);
    }

    [Fact]
    public async Task ReverseAsync_AwardAtThePeriodsLastTick_GivesItsPointsBackToThatPeriodOnly()
    {
        // Monday's last tick and Tuesday's first instant are one tick apart; each period has spent its 10.
        var monday = (await Store.AppendAsync([Budgeted("s1", "A", 10) with { OccurredAt = Monday.End - Duration.Epsilon }])).Posted.Single();
        var tuesday = (await Store.AppendAsync([Budgeted("s2", "A", 10, period: Tuesday) with { OccurredAt = Tuesday.Start }])).Posted.Single();
        Assert.Equal((10L, 10L), (monday.Points, tuesday.Points));

        await Store.ReverseAsync(monday.Id);
        var result = await Store.AppendAsync([Budgeted("s3", "B", 10), Budgeted("s4", "B", 10, period: Tuesday)]);

        // Monday's 10 came back, Tuesday's budget is still spent.
        Assert.Equal([10L, 0], result.Posted.Select(p => p.Points));
    }

    [Fact]
    public async Task ReverseAsync_AwardAtTheNextPeriodsFirstInstant_LeavesThePreviousPeriodSpent()
    {
        var monday = (await Store.AppendAsync([Budgeted("s1", "A", 10)])).Posted.Single();
        var tuesday = (await Store.AppendAsync([Budgeted("s2", "A", 10, period: Tuesday) with { OccurredAt = Tuesday.Start }])).Posted.Single();
        Assert.Equal((10L, 10L), (monday.Points, tuesday.Points));

        await Store.ReverseAsync(tuesday.Id);
        var result = await Store.AppendAsync([Budgeted("s3", "B", 10), Budgeted("s4", "B", 10, period: Tuesday)]);

        Assert.Equal([0L, 10], result.Posted.Select(p => p.Points));
    }

    [Fact]
    public async Task ReverseAsync_MoreThanTheBudgetRowHolds_LeavesTheRowAtZeroNotBelow()
    {
        // The rule awarded 5 without a budget, then 3 against a budget of 10 (row = 3). Reversing the 5 gives back 5 to
        // a row of 3: it stops at 0, so the budget allows 10 more and then nothing (a row of -2 would allow 12).
        var unbudgeted = (await Store.AppendAsync([Budgeted("s0", "A", 5) with { Budget = null }])).Posted.Single();
        await Store.AppendAsync([Budgeted("s1", "A", 3)]);

        await Store.ReverseAsync(unbudgeted.Id);
        var first = await Store.AppendAsync([Budgeted("s2", "B", 10)]);
        var second = await Store.AppendAsync([Budgeted("s3", "C", 1)]);

        Assert.Equal((10L, 0L), (first.Posted.Single().Points, second.Posted.Single().Points));
    }

    [Fact]
    public async Task AppendAsync_PenaltyWithABudget_TakesFromTheBalanceNotFromTheBudget()
    {
        await Store.AppendAsync([Budgeted("s1", "A", 6)]);

        var penalty = await Store.AppendAsync([Budgeted("late", "A", -4)]);
        var rest = await Store.AppendAsync([Budgeted("s2", "B", 10)]);

        Assert.Equal(-4, penalty.Posted.Single().Points);
        Assert.Equal(4, rest.Posted.Single().Points);
        Assert.Equal(2, await BalanceAsync("A"));
    }
}
