using System.Data.Common;

namespace HrKit.Payroll.Periods.Sql;

/// <summary>What differs between the databases behind the period stores; everything else is the same SQL.</summary>
internal abstract class SqlPeriodDialect
{
    /// <summary>Column definition of an auto-numbered primary key.</summary>
    public abstract string IdColumn { get; }

    /// <summary>Opens a connection ready for use.</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>
    /// Starts a write transaction that excludes every other writer of <paramref name="lockKey"/> until it ends
    /// (SQLite: an IMMEDIATE transaction; PostgreSQL: a transaction-scoped advisory lock).
    /// </summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, string lockKey, CancellationToken ct);

    /// <summary>Runs once before the schema is created (SQLite switches to WAL here).</summary>
    public virtual Task PrepareDatabaseAsync(DbConnection connection, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Returns an in-process write slot, when the database needs one (SQLite); null otherwise.</summary>
    public virtual Task<IDisposable?> EnterAsync(CancellationToken ct) => Task.FromResult<IDisposable?>(null);

    /// <summary>Releases what the dialect holds (SQLite: the connection pool of its file).</summary>
    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
