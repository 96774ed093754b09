using System.Data.Common;
using HrKit.Payroll.Periods.Sql;
using Npgsql;

namespace HrKit.Payroll.PostgreSql;

/// <summary>
/// PostgreSQL: one transaction per write holding a transaction-scoped advisory lock on the company, so writers of one
/// company queue (in any process) while other companies proceed; pooled connections from one data source.
/// </summary>
internal sealed class PostgreSqlDialect(NpgsqlDataSource dataSource, bool ownsDataSource) : SqlPeriodDialect
{
    public override string IdColumn => "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";

    public override async Task<DbConnection> OpenAsync(CancellationToken ct) => await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, string lockKey, CancellationToken ct)
    {
        var transaction = await ((NpgsqlConnection)connection).BeginTransactionAsync(ct).ConfigureAwait(false);
        try
        {
            var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended(@k, 0))", (NpgsqlConnection)connection, transaction);
            await using (command.ConfigureAwait(false))
            {
                command.Parameters.AddWithValue("k", lockKey);
                await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                return transaction;
            }
        }
        catch
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (ownsDataSource)
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
        }

        await base.DisposeAsync().ConfigureAwait(false);
    }
}
