using Microsoft.Extensions.Options;
using HrKit.Points.Analytics;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using HrKit.Points.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Analytics;

public sealed class LearningBonusTests
{
    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(25, 0.05)]
    [InlineData(50, 0.10)]
    [InlineData(80, 0.10)]
    [InlineData(-4, 0.0)]
    [InlineData(1, 0.002)]
    public void Factor_TargetFiftyMaxTenPercent_IsCappedShare(long points, double expected)
    {
        Assert.Equal((decimal)expected, LearningBonusCalculator.Factor(points, 50, 0.10m));
    }

    [Fact]
    public void Factor_ThirdOfTarget_RoundsToFourDecimals()
    {
        // 10 / 30 × 0.10 = 0.03333… → 0.0333
        Assert.Equal(0.0333m, LearningBonusCalculator.Factor(10, 30, 0.10m));
    }

    /// <summary>
    /// The closed loop points → performance → pay: learning events become learning points, the month's points
    /// become a factor, and the factor raises a performance bonus exactly as payroll will apply it.
    /// </summary>
    [Fact]
    public async Task PointsToPay_MayCoursesAndSharing_RaiseBonusByHandComputedAmount()
    {
        var clock = new FakeClock(Instant.FromUtc(2025, 6, 1, 0, 0));
        var options = new PointsOptions { LearningTargetPoints = 40, MaxLearningBonusFactor = 0.10m };
        var store = PointsLedgerStores.InMemory(clock);
        var service = new PointsService(new StaticPointsPolicySource(PointsPolicyLoader.LoadDefault()), store, Options.Create(options));
        var may = Instant.FromUtc(2025, 5, 12, 2, 0);
        await service.ProcessBatchAsync([
            TestData.Event("c1", "E9", "trainingCompleted", may) with { Minutes = 150 },           // 15 learning
            TestData.Event("c2", "E9", "trainingCompleted", may + Duration.FromDays(1)) with { Minutes = 45 }, // 10 learning
            TestData.Event("s1", "E9", "shareArticle", may),                                         // 2 learning
            TestData.Event("k1", "E9", "checkIn", may),                                              // general: not learning
            // 2025-05-31 16:30 UTC is 1 June 00:30 in Shanghai: June, not May.
            TestData.Event("c3", "E9", "trainingCompleted", Instant.FromUtc(2025, 5, 31, 16, 30)) with { Minutes = 60 },
        ]);
        var reversed = (await store.GetPostingsAsync(new PostingQuery { SourceId = "c2" })).Single();
        await store.ReverseAsync(reversed.Id); // the 45-minute course was recorded in error

        var bonus = await new LearningBonusCalculator(store, Options.Create(options)).GetAsync("E9", new YearMonth(2025, 5));

        // May learning: 15 + 2 = 17 (10 reversed, the June course excluded). Factor = 17 / 40 × 0.10 = 0.0425.
        Assert.Equal(new LearningBonus("E9", new YearMonth(2025, 5), 17, 0.0425m), bonus);
        // Payroll: a 6 000 performance bonus × (1 + 0.0425) = 6 255.
        Assert.Equal(6255.00m, Math.Round(6000m * (1 + bonus.Factor), 2));
    }

    [Fact]
    public async Task GetAsync_NoLearning_ZeroFactor()
    {
        var store = PointsLedgerStores.InMemory(new FakeClock(TestData.Monday9am));

        var bonus = await new LearningBonusCalculator(store, Options.Create(new PointsOptions())).GetAsync("nobody", new YearMonth(2025, 6));

        Assert.Equal(new LearningBonus("nobody", new YearMonth(2025, 6), 0, 0m), bonus);
    }
}
