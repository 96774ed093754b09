using System.Diagnostics.Metrics;
using HrKit.Diagnostics;

namespace HrKit.Integration;

/// <summary>The instruments of one <c>HrKit.Integration</c> meter: the host's (from its <see cref="IMeterFactory"/>) or the process-wide one.</summary>
internal sealed class IntegrationMetrics
{
    public IntegrationMetrics(IMeterFactory? factory)
    {
        var meter = PackageMeter.Create(factory, IntegrationTelemetry.Name, IntegrationTelemetry.Version);
        TokenRefreshes = meter.CreateCounter<long>("hrkit.integration.token_refreshes", "{refresh}", "Vendor access tokens fetched or refreshed.");
        VendorErrors = meter.CreateCounter<long>("hrkit.integration.vendor_errors", "{request}", "Vendor and provider requests answered with an error or not answered.");
        RecordsRead = meter.CreateCounter<long>("hrkit.integration.records_read", "{record}", "Check-in records read from every source by syncs.");
        RecordsRejected = meter.CreateCounter<long>("hrkit.integration.records_rejected", "{record}", "Check-in records a sync rejected with a reason.");
        WebhooksRejected = meter.CreateCounter<long>("hrkit.integration.webhooks_rejected", "{request}", "Webhook deliveries answered with a 4xx or 5xx.");
        WebhooksAccepted = meter.CreateCounter<long>("hrkit.integration.webhooks_accepted", "{message}", "Webhook messages stored in the inbox and acknowledged.");
    }

    public Counter<long> TokenRefreshes { get; }

    public Counter<long> VendorErrors { get; }

    public Counter<long> RecordsRead { get; }

    public Counter<long> RecordsRejected { get; }

    public Counter<long> WebhooksRejected { get; }

    public Counter<long> WebhooksAccepted { get; }

    /// <summary>The host's meter when its container provides an <see cref="IMeterFactory"/>, else the process-wide one.</summary>
    public static IntegrationMetrics For(IServiceProvider services) =>
        services.GetService(typeof(IMeterFactory)) is IMeterFactory factory ? new IntegrationMetrics(factory) : IntegrationTelemetry.Metrics;
}
