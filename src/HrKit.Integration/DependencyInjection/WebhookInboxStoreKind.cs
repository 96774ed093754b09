namespace HrKit.Integration;

/// <summary>Where acknowledged webhook messages wait until they are processed.</summary>
public enum WebhookInboxStoreKind
{
    /// <summary>An embedded SQLite file (the default): survives a restart of a single-process host.</summary>
    Sqlite = 0,

    /// <summary>A PostgreSQL database: survives restarts and can be shared by several hosts behind a load balancer.</summary>
    PostgreSql = 1,

    /// <summary>Process memory: lost when the process dies; for tests only.</summary>
    InMemory = 2,
}
