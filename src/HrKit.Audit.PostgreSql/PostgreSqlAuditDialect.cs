using System.Data.Common;
using HrKit.Audit.Sql;
using HrKit.Localization;
using Npgsql;

namespace HrKit.Audit.PostgreSql;

/// <summary>
/// PostgreSQL: each append takes a transaction-scoped lock on the table (other appenders on any server wait, readers
/// do not), and a trigger refuses any UPDATE or DELETE of it.
/// </summary>
internal sealed class PostgreSqlAuditDialect(NpgsqlDataSource dataSource) : AuditSqlDialect
{
    public override LocalMessage Describe =>
        CoreText.Of("Audit.Store.PostgreSql", dataSource.ConnectionString.Split(';').FirstOrDefault(p => p.StartsWith("Database", StringComparison.OrdinalIgnoreCase)) ?? "?");

    public override IReadOnlyList<string> SchemaStatements { get; } =
    [
        """
        CREATE TABLE IF NOT EXISTS audit_log (
            seq BIGINT PRIMARY KEY, at_ticks BIGINT NOT NULL, kind TEXT NOT NULL, actor TEXT NOT NULL, subject TEXT NOT NULL,
            summary TEXT NOT NULL, data_hash TEXT NOT NULL, previous_hash TEXT NOT NULL, hash TEXT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS audit_log_actor ON audit_log (actor, seq)",
        "CREATE INDEX IF NOT EXISTS audit_log_kind ON audit_log (kind, seq)",
        "CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log (at_ticks)",
        """
        CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$
        """,
        "CREATE OR REPLACE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    ];

    public override async Task<DbConnection> OpenAsync(CancellationToken ct) => await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);

    public override async Task<DbTransaction> BeginAppendAsync(DbConnection connection, CancellationToken ct)
    {
        var tx = await ((NpgsqlConnection)connection).BeginTransactionAsync(ct).ConfigureAwait(false);
        try
        {
            var command = new NpgsqlCommand("LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE", (NpgsqlConnection)connection, tx);
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }

            return tx;
        }
        catch
        {
            await tx.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
