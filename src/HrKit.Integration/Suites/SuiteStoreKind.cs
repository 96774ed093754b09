namespace HrKit.Integration;

/// <summary>The built-in suite stores.</summary>
public enum SuiteStoreKind
{
    /// <summary>A SQLite file (<see cref="SuiteOptions.ConnectionString"/>): survives restarts; one host process at a time.</summary>
    Sqlite = 0,

    /// <summary>Process memory: tests, or hosts that accept re-authorisation after a restart.</summary>
    InMemory = 1,
}
