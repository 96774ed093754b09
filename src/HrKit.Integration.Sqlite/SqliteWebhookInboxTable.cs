using System.Data.Common;
using HrKit.Integration.Webhooks.Inbox;
using Microsoft.Data.Sqlite;

namespace HrKit.Integration.Sqlite;

/// <summary>The inbox in a SQLite file, in WAL mode with <c>synchronous=FULL</c>: a returned call survives a crash and a power cut.</summary>
internal sealed class SqliteWebhookInboxTable(string path) : SqlWebhookInboxStore
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();

    protected override string SchemaSql { get; } = "PRAGMA journal_mode = WAL;\n" + SchemaSqlWith("INTEGER PRIMARY KEY AUTOINCREMENT", "INTEGER");

    protected override string ClaimSql { get; } = ClaimSqlWith("");

    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // Per connection: FULL syncs the WAL on every commit, so an acknowledged delivery survives a power cut too.
            var pragma = connection.CreateCommand();
            await using (pragma.ConfigureAwait(false))
            {
                pragma.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000;";
                await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
