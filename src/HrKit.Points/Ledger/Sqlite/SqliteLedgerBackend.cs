using HrKit.Points.Ledger.Sql;
using Microsoft.Data.Sqlite;

namespace HrKit.Points.Ledger.Sqlite;

/// <summary>
/// Embedded SQLite: WAL journal, synchronous=FULL and one IMMEDIATE transaction per operation, so a batch is
/// durable as a whole or absent after a crash. An in-process gate queues writers instead of letting them hit
/// SQLITE_BUSY; the busy timeout covers other processes.
/// </summary>
internal sealed class SqliteLedgerBackend(string connectionString) : ILedgerBackend
{
    private static readonly SqlDialect Dialect = new(LedgerSchema.Create("INTEGER PRIMARY KEY AUTOINCREMENT"), null, "");
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task InitializeAsync(CancellationToken ct)
    {
        using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL", ct).ConfigureAwait(false);
        foreach (var statement in Dialect.Schema)
        {
            await ExecuteAsync(connection, statement, ct).ConfigureAwait(false);
        }
    }

    public async Task<LedgerSession> BeginAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var connection = await OpenAsync(ct).ConfigureAwait(false);
            var transaction = connection.BeginTransaction(deferred: false);
            return new SqlLedgerSession(connection, transaction, Dialect, new Release(_gate));
        }
        catch
        {
            _gate.Release();
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        _gate.Dispose();
        // Release this file's pooled handles so callers can move or delete it; other stores' pools are left alone.
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await ExecuteAsync(connection, "PRAGMA busy_timeout=10000; PRAGMA synchronous=FULL", ct).ConfigureAwait(false);
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
