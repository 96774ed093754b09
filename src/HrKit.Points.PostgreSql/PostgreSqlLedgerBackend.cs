using HrKit.Points.Ledger.Sql;
using Npgsql;

namespace HrKit.Points.Ledger.PostgreSql;

/// <summary>
/// PostgreSQL for servers: read-committed transactions serialised per account by a transaction-scoped advisory
/// lock and per item by SELECT … FOR UPDATE, so concurrent redemptions on one account cannot overdraw it, even
/// from several application servers.
/// </summary>
internal sealed class PostgreSqlLedgerBackend(string connectionString) : ILedgerBackend
{
    private static readonly string[] Schema = LedgerSchema.Create("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY");

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public async Task InitializeAsync(CancellationToken ct)
    {
        using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        // Serialise schema creation: concurrent CREATE TABLE IF NOT EXISTS can still collide in pg_type.
        using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        foreach (var statement in Schema.Prepend("SELECT pg_advisory_xact_lock(7261)"))
        {
            using var cmd = new NpgsqlCommand(statement, connection, tx);
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    public async Task<LedgerSession> BeginAsync(CancellationToken ct)
    {
        var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        try
        {
            var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            return new PostgreSqlLedgerSession(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
