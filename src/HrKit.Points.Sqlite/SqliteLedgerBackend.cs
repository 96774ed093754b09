using System.Data.Common;
using HrKit.Points.Ledger.Sql;
using HrKit.Sqlite;
using Microsoft.Data.Sqlite;

namespace HrKit.Points.Ledger.Sqlite;

/// <summary>
/// Embedded SQLite: WAL journal, synchronous=FULL and one IMMEDIATE transaction per operation, so a batch is
/// durable as a whole or absent after a crash. An in-process gate queues writers instead of letting them hit
/// SQLITE_BUSY; the busy timeout covers other processes. Behind the gate every session uses one open connection
/// and its prepared statements, so a posting costs a statement execution rather than a parse.
/// </summary>
internal sealed class SqliteLedgerBackend(string connectionString) : ILedgerBackend
{
    // SQLite has no row-level security: the tenant is enforced by every statement's tenant_id condition.
    private static readonly SchemaDialect Dialect = new(
        "INTEGER PRIMARY KEY AUTOINCREMENT",
        "",
        [],
        e => $"CAST(MAX(MIN(TOTAL({e}), 9223372036854775807.0), -9223372036854775808.0) AS INTEGER)",
        t => $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{t}'",
        _ => [],
        (_, _) => [],
        [],
        // Floor to whole seconds first: integer division truncates towards zero, which is up for an instant before 1970.
        t => $"(CAST(strftime('%s', ({t} - ((({t} % 10000000) + 10000000) % 10000000)) / 10000000, 'unixepoch', 'start of month') AS INTEGER) * 10000000)",
        // Text compares byte by byte already (the BINARY collation).
        (_, _) => []);

    private readonly AccountIdCache _accountIds = new();
    private readonly CommittedReportMonths _reportMonths = new();
    private readonly SqliteLastPostings _lastPostings = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
    private SqliteConnection? _connection;
    private SqliteRawStatements? _raw;

    public async Task InitializeAsync(CancellationToken ct)
    {
        using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL", ct).ConfigureAwait(false);
        // IMMEDIATE: the upgrade holds the write lock from its first read, so two processes cannot both upgrade.
        using var transaction = connection.BeginTransaction(deferred: false);
        await LedgerSchema.MigrateAsync(connection, transaction, Dialect, ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }

    public async Task<LedgerSession> BeginAsync(string tenant, CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            _connection ??= await OpenAsync(ct).ConfigureAwait(false);
            _raw ??= new SqliteRawStatements(_connection);
            var transaction = _connection.BeginTransaction(deferred: false);
            try
            {
                // Inside the transaction, so no other connection can commit between this read and the session's writes.
                _lastPostings.Validate(_raw.Get("PRAGMA data_version").ExecuteInt64());
            }
            catch
            {
                transaction.Dispose();
                throw;
            }

            return new SqliteLedgerSession(_connection, transaction, _commands, _raw, tenant, _accountIds, _reportMonths, _lastPostings, new Release(_gate));
        }
        catch
        {
            _gate.Release();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        _commands.Clear();
        _raw?.Dispose();
        _raw = null;
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
            _connection = null;
        }

        _gate.Dispose();
        // Release this file's pooled handles so callers can move or delete it; other stores' pools are left alone.
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }

    // The durable settings (busy timeout, synchronous=FULL) are the shared ones of every HrKit SQLite store; the ledger
    // adds a 64 MB page cache and checkpoints every 8 192 pages, as its batches dirty many pages each.
    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = await DurableSqliteConnection.OpenAsync(connectionString, ct).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, "PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=8192", ct).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
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
