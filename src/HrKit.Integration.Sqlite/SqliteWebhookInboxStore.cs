using HrKit.Integration.Sqlite;

namespace HrKit.Integration.Webhooks.Inbox;

/// <summary>Creates the SQLite webhook inbox; <c>AddHrKitIntegrationSqlite</c> registers it for DI.</summary>
public static class SqliteWebhookInboxStore
{
    /// <summary>
    /// A SQLite file in WAL mode with <c>synchronous=FULL</c>, created with its table <c>hrkit_webhook_inbox</c> on
    /// first use: a delivery the inbox accepted survives a killed process and a power cut. One process at a time.
    /// </summary>
    /// <param name="path">The database file, e.g. <c>hrkit-webhook-inbox.db</c>; its folder must exist.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    public static IWebhookInboxStore Create(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new SqliteWebhookInboxTable(path);
    }
}
