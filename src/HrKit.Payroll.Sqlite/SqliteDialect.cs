using System.Data.Common;
using HrKit.Payroll.Periods.Sql;
using HrKit.Sqlite;
using Microsoft.Data.Sqlite;

namespace HrKit.Payroll.Sqlite;

/// <summary>
/// SQLite: WAL journal, synchronous=FULL and one IMMEDIATE transaction per write, so a run is durable whole or absent
/// after a crash. An in-process gate queues writers instead of letting them hit SQLITE_BUSY; the busy timeout covers
/// other processes.
/// </summary>
internal sealed class SqliteDialect(string connectionString) : SqlPeriodDialect, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public override string IdColumn => "INTEGER PRIMARY KEY AUTOINCREMENT";

    public override async Task<DbConnection> OpenAsync(CancellationToken ct) =>
        await DurableSqliteConnection.OpenAsync(connectionString, ct).ConfigureAwait(false);

    public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, string lockKey, CancellationToken ct) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override async Task PrepareDatabaseAsync(DbConnection connection, CancellationToken ct)
    {
        using var wal = connection.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode=WAL";
        await wal.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public override async Task<IDisposable?> EnterAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        return new Release(_gate);
    }

    public override ValueTask DisposeAsync()
    {
        // Release this file's pooled handles so callers can move or delete it; other stores' pools are left alone.
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        Dispose();
        return base.DisposeAsync();
    }

    public void Dispose() => _gate.Dispose();

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
