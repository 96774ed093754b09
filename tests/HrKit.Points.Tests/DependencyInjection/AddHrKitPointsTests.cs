using System.Diagnostics.Metrics;
using HrKit.Points.Analytics;
using HrKit.Points.Diagnostics;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Points.Tests.DependencyInjection;

public sealed class AddHrKitPointsTests
{
    [Fact]
    public async Task AddHrKitPoints_InMemoryWithFakeClock_ResolvesWorkingService()
    {
        var clock = new FakeClock(TestData.Monday9am);
        var services = new ServiceCollection().AddSingleton<IClock>(clock);
        services.AddHrKitPoints().AddHrKitPointsInMemory();
        await using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<PointsService>().ProcessAsync(TestData.Event("x", "E1", "checkIn"));

        Assert.Equal(clock.GetCurrentInstant(), Assert.Single(result.Posted).RecordedAt);
        Assert.NotNull(provider.GetRequiredService<PointsAnalytics>());
        Assert.NotNull(provider.GetRequiredService<LearningBonusCalculator>());
    }

    [Fact]
    public void AddHrKitPoints_BadOptions_FailValidationWithFixes()
    {
        var services = new ServiceCollection();
        services.AddHrKitPoints(o =>
        {
            o.TimeZoneId = "Mars/Olympus";
            o.MaxLearningBonusFactor = 2m;
            o.PolicyPath = "/nonexistent/policy.json";
        });
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PointsOptions>>().Value);

        Assert.Equal(3, ex.Failures.Count());
        Assert.Contains(ex.Failures, f => f.Contains("Asia/Shanghai", StringComparison.Ordinal));
    }

    [Fact]
    public void AddHrKitPoints_InvalidPolicyFile_ValidationNamesTheRule()
    {
        var path = TestData.TempPath(".json");
        File.WriteAllText(path, """{ "WorkflowName": "W", "Rules": [ { "RuleName": "Bad", "Expression": "e.Nope", "Properties": { "points": 1 } } ] }""");
        using var provider = new ServiceCollection().AddHrKitPoints(o => o.PolicyPath = path).BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PointsOptions>>().Value);

        Assert.Contains("rule 'Bad': Expression", Assert.Single(ex.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void AddHrKitPoints_CalledTwice_RegistersOnce()
    {
        var services = new ServiceCollection().AddHrKitPoints().AddHrKitPoints();

        Assert.Single(services, d => d.ServiceType == typeof(PointsService));
        Assert.Single(services, d => d.ServiceType == typeof(IPointsLedgerStore));
    }

    [Fact]
    public async Task ProcessAsync_Telemetry_CountsEventsAndPoints()
    {
        long events = 0, points = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (i, l) =>
        {
            if (i.Meter.Name == PointsTelemetry.Name)
            {
                l.EnableMeasurementEvents(i);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, value, _, _) =>
        {
            if (i.Name == "hrkit.points.events_evaluated") Interlocked.Add(ref events, value);
            if (i.Name == "hrkit.points.points_awarded") Interlocked.Add(ref points, value);
        });
        listener.Start();
        var service = new PointsService(new HrKit.Points.Policies.StaticPointsPolicySource(HrKit.Points.Policies.PointsPolicyLoader.LoadDefault()),
            PointsLedgerStores.InMemory(new FakeClock(TestData.Monday9am)), new PointsOptions());

        await service.ProcessBatchAsync([TestData.Event("tel-1", "T", "performanceReview") with { Score = 99 }, TestData.Event("tel-2", "T", "comment")]);

        // Other tests run in parallel and report too, so at least this batch: 2 events, 20 + 1 points.
        Assert.True(events >= 2 && points >= 21, $"events {events}, points {points}");
    }

    [Fact]
    public void AddHrKitPoints_PolicyLimitsOutOfRange_FailValidationSayingTheRange()
    {
        using var provider = new ServiceCollection()
            .AddHrKitPoints(o => o.PolicyLimits = new HrKit.Points.Policies.PointsPolicyLimits { MaxExpressionNesting = 1_000 })
            .BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PointsOptions>>().Value);

        Assert.Contains("PointsPolicyLimits.MaxExpressionNesting is 1000; set it between 1 and 64", Assert.Single(ex.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void AddHrKitPoints_ExpireAfterBeyondBound_FailsValidation()
    {
        using var provider = new ServiceCollection()
            .AddHrKitPoints(o => o.ExpireAfter = Duration.FromDays(40_000))
            .BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PointsOptions>>().Value);

        Assert.Contains("PointsBounds.MaxExpireAfter", Assert.Single(ex.Failures), StringComparison.Ordinal);
    }
}
