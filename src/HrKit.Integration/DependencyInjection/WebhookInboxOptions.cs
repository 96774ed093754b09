using NodaTime;

namespace HrKit.Integration;

/// <summary>
/// The durable webhook inbox: a delivery is committed here before the sender gets its answer, and processed from here
/// by <c>WebhookInboxProcessor</c>, so a delivery acknowledged just before the process dies is still processed after
/// the restart, once. The store is process memory unless a store package replaces it: <c>AddHrKitIntegrationSqlite</c>
/// (HrKit.Integration.Sqlite) or <c>AddHrKitIntegrationPostgreSql</c> (HrKit.Integration.PostgreSql).
/// </summary>
public sealed class WebhookInboxOptions
{
    /// <summary>Processing attempts of one message before it is set aside as poison (default 5, 1 to 100).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after the first failed attempt; the n-th wait is n times as long (default 30 seconds).</summary>
    public Duration RetryDelay { get; set; } = Duration.FromSeconds(30);

    /// <summary>How often the processor looks for due messages when no new delivery wakes it (default 5 seconds).</summary>
    public Duration PollInterval { get; set; } = Duration.FromSeconds(5);

    /// <summary>
    /// How long a claimed message is left to its processor before another may take it; a processor that died holding
    /// it is covered by this (default 5 minutes). Must exceed the slowest handler.
    /// </summary>
    public Duration ProcessingLease { get; set; } = Duration.FromMinutes(5);
}
