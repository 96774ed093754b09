namespace HrKit.Integration.Webhooks.Inbox;

/// <summary>Creates inbox stores; <c>AddHrKitIntegration</c> picks one from <c>IntegrationOptions.WebhookInbox</c>.</summary>
public static class WebhookInboxStores
{
    /// <summary>A SQLite file; created with its table on first use. The folder must exist.</summary>
    public static IWebhookInboxStore Sqlite(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new SqliteWebhookInboxStore(path);
    }

    /// <summary>A PostgreSQL database; the table <c>hrkit_webhook_inbox</c> is created on first use in the connection's search path.</summary>
    public static IWebhookInboxStore PostgreSql(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new PostgreSqlWebhookInboxStore(connectionString);
    }

    /// <summary>Process memory; lost with the process. For tests.</summary>
    public static IWebhookInboxStore InMemory() => new InMemoryWebhookInboxStore();
}
