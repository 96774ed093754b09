using System.Diagnostics.Metrics;
using HrKit.Integration.CrashProbe;
using HrKit.Integration.Tests.Fakes;
using HrKit.Integration.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace HrKit.Integration.Tests.Diagnostics;

/// <summary>Under DI the receivers and the inbox count on the host's <see cref="IMeterFactory"/>, so a host (and its tests) sees its own measurements only.</summary>
public sealed class IntegrationMetricsTests
{
    [Fact]
    public async Task ReceiveAsync_ReceiverFromAddHrKitIntegration_ReportsAcceptedAndRejectedToTheHostsMeterFactory()
    {
        await using var sp = IntegrationHarness.Build(o => o.SignedWebhook.Secret = ProbeDelivery.Secret, more: s => s.AddMetrics(), startHostedServices: false);
        var factory = sp.GetRequiredService<IMeterFactory>();
        using var accepted = new MetricCollector<long>(factory, IntegrationTelemetry.Name, "hrkit.integration.webhooks_accepted");
        using var rejected = new MetricCollector<long>(factory, IntegrationTelemetry.Name, "hrkit.integration.webhooks_rejected");
        var receiver = sp.GetRequiredService<SignedWebhookReceiver>();
        var good = ProbeDelivery.Request("m-1", IntegrationHarness.Now);
        var forged = good with { Body = good.Body.Replace("E1", "E2", StringComparison.Ordinal) };   // signature no longer matches

        Assert.Equal(200, (await receiver.ReceiveAsync(good)).StatusCode);
        Assert.Equal(401, (await receiver.ReceiveAsync(forged)).StatusCode);

        var acceptedOnce = Assert.Single(accepted.GetMeasurementSnapshot());
        Assert.Equal((1L, "signed"), (acceptedOnce.Value, acceptedOnce.Tags["source"]));
        Assert.Equal(1, rejected.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Equal(("{message}", "{request}"), (accepted.Instrument!.Unit, rejected.Instrument!.Unit));
    }
}
