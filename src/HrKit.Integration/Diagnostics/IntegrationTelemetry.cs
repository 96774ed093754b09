using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace HrKit.Integration;

/// <summary>The activity source and meter, both named <c>HrKit.Integration</c>, for hosts to subscribe to.</summary>
public static class IntegrationTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "HrKit.Integration";

    internal static readonly ActivitySource Source = new(Name);
    internal static readonly Meter Meter = new(Name);
    internal static readonly Counter<long> TokenRefreshes = Meter.CreateCounter<long>("hrkit.integration.token_refreshes");
    internal static readonly Counter<long> VendorErrors = Meter.CreateCounter<long>("hrkit.integration.vendor_errors");
    internal static readonly Counter<long> RecordsRead = Meter.CreateCounter<long>("hrkit.integration.records_read");
    internal static readonly Counter<long> RecordsRejected = Meter.CreateCounter<long>("hrkit.integration.records_rejected");
    internal static readonly Counter<long> WebhooksRejected = Meter.CreateCounter<long>("hrkit.integration.webhooks_rejected");
    internal static readonly Counter<long> WebhooksAccepted = Meter.CreateCounter<long>("hrkit.integration.webhooks_accepted");
}
