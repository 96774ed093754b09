using HrKit.Integration.PostgreSql;

namespace HrKit.Integration.Webhooks.Inbox;

/// <summary>Creates the PostgreSQL webhook inbox; <c>AddHrKitIntegrationPostgreSql</c> registers it for DI.</summary>
public static class PostgreSqlWebhookInboxStore
{
    /// <summary>
    /// A PostgreSQL table <c>hrkit_webhook_inbox</c>, created on first use in the connection's search path. Claims skip
    /// rows another processor has locked, so several hosts behind a load balancer can share one inbox.
    /// </summary>
    /// <param name="connectionString">An Npgsql connection string, e.g. <c>Host=db;Database=hrkit;Username=hrkit</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="connectionString"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is empty, white space or not a valid Npgsql connection string.</exception>
    public static IWebhookInboxStore Create(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new PostgreSqlWebhookInboxTable(connectionString);
    }
}
