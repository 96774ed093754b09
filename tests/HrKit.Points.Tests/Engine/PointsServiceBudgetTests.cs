using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using HrKit.Points.Tests.Support;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Engine;

/// <summary>Issue 14: <c>dailyBudget</c> / <c>monthlyBudget</c> from the policy to the ledger, in the policy time zone (Shanghai).</summary>
public sealed class PointsServiceBudgetTests
{
    private readonly IPointsLedgerStore _store = PointsLedgerStores.InMemory(new FakeClock(TestData.Monday9am));

    private PointsService Create(string properties, IPointsLedgerStore? store = null) =>
        new(
            new StaticPointsPolicySource(PointsPolicyLoader.Parse($$"""
                { "WorkflowName": "T", "Rules": [ { "RuleName": "Share", "Expression": "e.Type == \"share\"", "Properties": { {{properties}} } } ] }
                """)),
            store ?? _store,
            Options.Create(new PointsOptions()));

    private static PointsEvent Share(string id, string employee, Instant? at = null) => TestData.Event(id, employee, "share", at);

    private static IEnumerable<long> Points(AppendResult result) => result.Posted.Select(p => p.Points);

    [Fact]
    public async Task ProcessBatchAsync_DailyBudgetTenThreeEmployeesFourEach_FourFourTwoThenZeroAndResetsNextLocalDay()
    {
        var service = Create("\"points\": 4, \"dailyBudget\": 10");
        // 23:30 Monday in Shanghai is still Monday; 00:30 Tuesday (16:30 UTC Monday) is the next budget day.
        var lateMonday = Instant.FromUtc(2025, 6, 2, 15, 30);
        var earlyTuesday = Instant.FromUtc(2025, 6, 2, 16, 30);

        var monday = await service.ProcessBatchAsync([Share("s1", "E1"), Share("s2", "E2"), Share("s3", "E3")]);
        var spent = await service.ProcessAsync(Share("s4", "E4", lateMonday));
        var tuesday = await service.ProcessAsync(Share("s5", "E4", earlyTuesday));

        Assert.Equal([4L, 4, 2], Points(monday));
        Assert.Equal([0L], Points(spent));
        Assert.Equal([4L], Points(tuesday));
    }

    [Fact]
    public async Task ProcessBatchAsync_MonthlyBudgetAcrossLocalMonthEnd_NewMonthStartsAtLocalMidnight()
    {
        var service = Create("\"points\": 3, \"monthlyBudget\": 5");
        // 2025-06-30 23:30 and 23:45 in Shanghai are June; 2025-07-01 00:30 local is July although UTC is still June 30.
        var june = Instant.FromUtc(2025, 6, 30, 15, 30);
        var july = Instant.FromUtc(2025, 6, 30, 16, 30);

        var result = await service.ProcessBatchAsync([Share("s1", "E1", june), Share("s2", "E2", june + Duration.FromMinutes(15)), Share("s3", "E3", july), Share("s4", "E1", july)]);

        Assert.Equal([3L, 2, 3, 2], Points(result));
    }

    [Fact]
    public async Task ProcessBatchAsync_CapAndBudgetOnOneRule_CapFirstPerEmployeeThenTheBudget()
    {
        var service = Create("\"points\": 4, \"dailyCap\": 6, \"dailyBudget\": 10");

        var result = await service.ProcessBatchAsync([Share("s1", "E1"), Share("s2", "E1"), Share("s3", "E1"), Share("s4", "E2"), Share("s5", "E2"), Share("s6", "E3")]);

        // E1: 4, 2 (cap), 0 (cap) = 6 of the budget; E2: 4 (the budget's last 4), then 0; E3: 0.
        Assert.Equal([4L, 2, 0, 4, 0, 0], Points(result));
    }

    [Fact]
    public async Task ProcessBatchAsync_DocsExampleCapEightBudgetTen_E1GetsFourFourZeroE2GetsTwo()
    {
        // docs/points-policy.md, "Budgets": 4 points, dailyCap 8, dailyBudget 10, a campaign window.
        var service = Create("\"points\": 4, \"dailyCap\": 8, \"dailyBudget\": 10, \"validFrom\": \"2025-06-02\", \"validTo\": \"2025-06-06\"");

        var result = await service.ProcessBatchAsync([Share("s1", "E1"), Share("s2", "E1"), Share("s3", "E1"), Share("s4", "E2"), Share("s5", "E3")]);

        Assert.Equal([4L, 4, 0, 2, 0], Points(result));
    }

    [Fact]
    public async Task ProcessAsync_BudgetRaisedMidDay_AllowsOnlyTheDifferenceThatDay()
    {
        await Create("\"points\": 10, \"dailyBudget\": 10").ProcessAsync(Share("s1", "E1"));

        var raised = await Create("\"points\": 10, \"dailyBudget\": 15").ProcessAsync(Share("s2", "E2"));

        Assert.Equal([5L], Points(raised));
    }

    [Fact]
    public async Task ProcessBatchAsync_MultiplierBeforeBudget_BudgetCountsTheMultipliedPoints()
    {
        var service = Create("\"points\": 2, \"multiplier\": 3, \"dailyBudget\": 10");

        var result = await service.ProcessBatchAsync([Share("s1", "E1"), Share("s2", "E2")]);

        Assert.Equal([6L, 4], Points(result));
    }

    [Fact]
    public async Task ProcessBatchAsync_SameEventsSentTwice_BudgetSpentOnce()
    {
        var service = Create("\"points\": 4, \"dailyBudget\": 10");

        await service.ProcessBatchAsync([Share("s1", "E1"), Share("s2", "E2")]);
        var again = await service.ProcessBatchAsync([Share("s1", "E1"), Share("s2", "E2")]);
        var third = await service.ProcessAsync(Share("s3", "E3"));

        Assert.Empty(again.Posted);
        Assert.Equal([2L], Points(third));
    }

    [Fact]
    public async Task ProcessBatchAsync_TwoTenants_EachHasTheWholeBudget()
    {
        var acme = Create("\"points\": 4, \"dailyBudget\": 10", _store.ForTenant("acme"));
        var home = Create("\"points\": 4, \"dailyBudget\": 10");

        var here = await home.ProcessBatchAsync([Share("s1", "E1"), Share("s2", "E2"), Share("s3", "E3")]);
        var there = await acme.ProcessBatchAsync([Share("s1", "E1"), Share("s2", "E2"), Share("s3", "E3")]);

        Assert.Equal([4L, 4, 2], Points(here));
        Assert.Equal([4L, 4, 2], Points(there));
    }

    [Fact]
    public void BuildRequests_RuleWithoutBudget_RequestsCarryNone()
    {
        var service = Create("\"points\": 4, \"dailyCap\": 6");

        var request = Assert.Single(service.BuildRequests([Share("s1", "E1")]));

        Assert.Null(request.Budget);
    }
}
