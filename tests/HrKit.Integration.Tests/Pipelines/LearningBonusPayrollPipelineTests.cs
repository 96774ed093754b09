using Microsoft.Extensions.Options;
using HrKit.Integration.Pipelines;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Points;
using HrKit.Points.Analytics;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Integration.Tests.Pipelines;

public sealed class LearningBonusPayrollPipelineTests
{
    private static readonly YearMonth June = new(2025, 6);

    private static Instant At(int month, int day) => new LocalDateTime(2025, month, day, 17, 0).InUtc().ToInstant();

    private static EmployeeMonthInput Input(string id, decimal staleFactor = 0m, YearMonth? period = null) => new()
    {
        EmployeeId = id,
        Period = period ?? June,
        City = "shanghai",
        BaseSalary = 32_000m,
        Performance = new PerformanceInput("S", 5_000m, staleFactor),
        HireDate = new LocalDate(2025, 6, 1),
    };

    [Fact]
    public async Task ApplyAsync_LearningPointsOfThePayMonth_SetEachFactorAndReachThePayslip()
    {
        var options = new PointsOptions();
        await using var store = PointsLedgerStores.InMemory(new FakeClock(At(7, 5)));
        var points = new PointsService(new StaticPointsPolicySource(PointsPolicyLoader.LoadDefault()), store, Options.Create(options));
        await points.ProcessBatchAsync(
        [
            new PointsEvent("c1", "E1", "trainingCompleted", At(6, 3)) { Minutes = 180 }, // 15 learning
            new PointsEvent("c2", "E1", "trainingCompleted", At(6, 17)) { Minutes = 60 }, // 10 learning
            new PointsEvent("a1", "E2", "shareArticle", At(6, 9)) { Subject = "kb-1" },   // 2 learning
            new PointsEvent("c3", "E1", "trainingCompleted", At(7, 2)) { Minutes = 180 }, // July: not this pay month
            new PointsEvent("k1", "E3", "checkIn", At(6, 9)),                             // general, not learning
        ]);
        var pipeline = new LearningBonusPayrollPipeline(new LearningBonusCalculator(store, Options.Create(options)));

        var result = await pipeline.ApplyAsync(June, [Input("E1"), Input("E2"), Input("E3", staleFactor: 0.08m)]);

        // Target 50 points for the full 10 %: E1 25 → 0.05, E2 2 → 0.004, E3 none → 0 (the stale 0.08 is replaced).
        Assert.Equal([("E1", 25L, 0.05m), ("E2", 2L, 0.004m), ("E3", 0L, 0m)], result.Bonuses.Select(b => (b.EmployeeId, b.LearningPoints, b.Factor)));
        Assert.Equal([0.05m, 0.004m, 0m], result.Inputs.Select(i => i.Performance.LearningBonusFactor));
        Assert.Equal(5_000m, result.Inputs[0].Performance.BonusBase);

        // Grade S: 5 000 × 1.5 = 7 500; E1's learning bonus 7 500 × 5 % = 375.00.
        var slip = new PayrollEngineBuilder().Build().Calculate(result.Inputs[0]);
        Assert.Equal(375.00m, slip.Line("LEARNING_BONUS")!.Amount);
    }

    [Fact]
    public void Apply_InputOfAnotherMonth_IsRefusedNamingTheEmployee()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            LearningBonusPayrollPipeline.Apply(June, [new LearningBonus("E1", June, 50, 0.1m)], [Input("E1"), Input("E7", period: new YearMonth(2025, 7))]));

        Assert.Contains("E7", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2025-07", ex.Message, StringComparison.Ordinal);
    }
}
