using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace HrKit.Integration;

/// <summary>The activity source and meter, both named <c>HrKit.Integration</c>, for hosts to subscribe to.</summary>
public static class IntegrationTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "HrKit.Integration";

    // The package version, so that a trace or a dashboard tells which release produced the data.
    private static string? Version => typeof(IntegrationTelemetry).Assembly.GetName().Version?.ToString();

    internal static readonly ActivitySource Source = new(Name, Version);
    internal static readonly Meter Meter = new(Name, Version);
    internal static readonly Counter<long> TokenRefreshes = Meter.CreateCounter<long>("hrkit.integration.token_refreshes", "{refresh}", "Vendor access tokens fetched or refreshed.");
    internal static readonly Counter<long> VendorErrors = Meter.CreateCounter<long>("hrkit.integration.vendor_errors", "{request}", "Vendor and provider requests answered with an error or not answered.");
    internal static readonly Counter<long> RecordsRead = Meter.CreateCounter<long>("hrkit.integration.records_read", "{record}", "Check-in records read from every source by syncs.");
    internal static readonly Counter<long> RecordsRejected = Meter.CreateCounter<long>("hrkit.integration.records_rejected", "{record}", "Check-in records a sync rejected with a reason.");
    internal static readonly Counter<long> WebhooksRejected = Meter.CreateCounter<long>("hrkit.integration.webhooks_rejected", "{request}", "Webhook deliveries answered with a 4xx or 5xx.");
    internal static readonly Counter<long> WebhooksAccepted = Meter.CreateCounter<long>("hrkit.integration.webhooks_accepted", "{message}", "Webhook messages stored in the inbox and acknowledged.");
}
