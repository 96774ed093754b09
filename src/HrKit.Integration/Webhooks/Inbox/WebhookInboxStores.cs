namespace HrKit.Integration.Webhooks.Inbox;

/// <summary>
/// Creates the in-memory inbox store, the default of <c>AddHrKitIntegration</c>. The durable ones are in their own
/// packages: <c>SqliteWebhookInboxStore.Create</c> (HrKit.Integration.Sqlite) and <c>PostgreSqlWebhookInboxStore.Create</c>
/// (HrKit.Integration.PostgreSql).
/// </summary>
public static class WebhookInboxStores
{
    /// <summary>Process memory; lost with the process, so a delivery acknowledged just before a crash is lost. For tests and trials.</summary>
    public static IWebhookInboxStore InMemory() => new InMemoryWebhookInboxStore();
}
