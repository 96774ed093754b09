using System.Data.Common;
using HrKit.Audit.Sql;
using HrKit.Localization;
using HrKit.Sqlite;
using Microsoft.Data.Sqlite;

namespace HrKit.Audit.Sqlite;

/// <summary>
/// SQLite: WAL, synchronous=FULL, one IMMEDIATE transaction per append (which also serialises other processes), and
/// triggers that abort any UPDATE or DELETE of the table.
/// </summary>
internal sealed class SqliteAuditDialect(string path) : AuditSqlDialect
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();

    public override LocalMessage Describe => CoreText.Of("Audit.Store.Sqlite", path);

    public override IReadOnlyList<string> SchemaStatements { get; } =
    [
        "PRAGMA journal_mode=WAL",
        """
        CREATE TABLE IF NOT EXISTS audit_log (
            seq INTEGER PRIMARY KEY, at_ticks INTEGER NOT NULL, kind TEXT NOT NULL, actor TEXT NOT NULL, subject TEXT NOT NULL,
            summary TEXT NOT NULL, data_hash TEXT NOT NULL, previous_hash TEXT NOT NULL, hash TEXT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS audit_log_actor ON audit_log (actor, seq)",
        "CREATE INDEX IF NOT EXISTS audit_log_kind ON audit_log (kind, seq)",
        "CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log (at_ticks)",
        "CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
        "CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    ];

    public override async Task<DbConnection> OpenAsync(CancellationToken ct) =>
        await DurableSqliteConnection.OpenAsync(_connectionString, ct).ConfigureAwait(false);

    public override Task<DbTransaction> BeginAppendAsync(DbConnection connection, CancellationToken ct) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override ValueTask DisposeAsync()
    {
        // Release this file's pooled handles so callers can move or delete it.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }
}
