using System.Diagnostics.Metrics;
using HrKit.Points.Catalog;
using HrKit.Points.Diagnostics;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Diagnostics;

/// <summary>Under DI the service and the ledger count on the host's <see cref="IMeterFactory"/>, so a host (and its tests) sees its own measurements only.</summary>
public sealed class PointsMetricsTests
{
    [Fact]
    public async Task ProcessBatchAndRedeem_ServicesFromAddHrKitPoints_ReportToTheHostsMeterFactory()
    {
        await using var provider = new ServiceCollection()
            .AddMetrics()
            .AddSingleton<IClock>(new FakeClock(TestData.Monday9am))
            .AddHrKitPoints(o => o.PolicyPath = null)
            .AddHrKitPointsInMemory()
            .BuildServiceProvider();
        var factory = provider.GetRequiredService<IMeterFactory>();
        using var evaluated = new MetricCollector<long>(factory, PointsTelemetry.Name, "hrkit.points.events_evaluated");
        using var awarded = new MetricCollector<long>(factory, PointsTelemetry.Name, "hrkit.points.points_awarded");
        using var redemptions = new MetricCollector<long>(factory, PointsTelemetry.Name, "hrkit.points.redemptions");

        // The default policy: a review scoring 90 or more earns 20 points, a comment 1 (docs/points-policy.md).
        await provider.GetRequiredService<PointsService>().ProcessBatchAsync(
            [TestData.Event("m-1", "T", "performanceReview") with { Score = 99 }, TestData.Event("m-2", "T", "comment")]);
        var ledger = provider.GetRequiredService<IPointsLedgerStore>();
        await ledger.SaveItemAsync(new CatalogItem("mug", "Mug", CatalogItemKind.Welfare, 5));
        await ledger.AppendAsync([new PostingRequest("seed", "seed/1", "U", "general", 10, TestData.Monday9am)]);
        await ledger.RedeemAsync(new RedemptionRequest("r-1", "U", "mug"));

        Assert.Equal(2, evaluated.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Equal(21, awarded.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Equal(1, redemptions.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Equal(("{point}", "{redemption}"), (awarded.Instrument!.Unit, redemptions.Instrument!.Unit));
    }
}
