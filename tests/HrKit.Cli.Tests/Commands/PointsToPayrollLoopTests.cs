using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Points;
using HrKit.Points.Ledger;
using NodaTime;

namespace HrKit.Cli.Tests.Commands;

/// <summary>The closed loop "points → performance → pay", end to end on a real SQLite ledger.</summary>
public sealed class PointsToPayrollLoopTests
{
    [Fact]
    public async Task LearningPoints_FeedPerformanceBonus_OnThePayslip()
    {
        var db = Path.Combine(Path.GetTempPath(), $"hrkit-loop-{Guid.NewGuid():N}.db");
        PointsDemoResult points;
        await using (var demo = SqlitePointsLedgerStore.Create(db, SystemClock.Instance))
        {
            points = await PointsSamples.RunDemoAsync(demo);
        }

        var e002 = points.LearningBonuses.Single(b => b.EmployeeId == "E002");

        var slip = new PayrollEngineBuilder().Build().Calculate(new EmployeeMonthInput
        {
            EmployeeId = "E002",
            Period = new YearMonth(2025, 6),
            City = "shanghai",
            BaseSalary = 32_000m,
            Performance = new PerformanceInput("S", 5_000m, e002.Factor),
            HireDate = new LocalDate(2025, 6, 1),
        });

        // E002's only learning event is a 180-minute course: 15 points under the default policy (≥ 120 minutes).
        // Default target 50 points, cap 10 %:
        // min(15 / 50, 1) × 0.10 = 0.03. Grade S: 5 000 × 1.5 = 7 500; learning bonus 7 500 × 3 % = 225.00.
        Assert.Equal(15, e002.LearningPoints);
        Assert.Equal(0.03m, e002.Factor);
        Assert.Equal(7_500m, slip.Line("PERF_BONUS")!.Amount);
        Assert.Equal(225.00m, slip.Line("LEARNING_BONUS")!.Amount);
    }
}
