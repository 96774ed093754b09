namespace HrKit.Points;

/// <summary>Which ledger store <c>AddHrKitPoints</c> registers.</summary>
public enum PointsStoreKind
{
    /// <summary>Embedded SQLite file (the default).</summary>
    Sqlite = 0,

    /// <summary>PostgreSQL server.</summary>
    PostgreSql = 1,

    /// <summary>Process memory; for tests.</summary>
    InMemory = 2,
}
