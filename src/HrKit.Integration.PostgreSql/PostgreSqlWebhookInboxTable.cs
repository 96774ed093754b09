using System.Data.Common;
using HrKit.Integration.Webhooks.Inbox;
using Npgsql;

namespace HrKit.Integration.PostgreSql;

/// <summary>
/// The inbox in PostgreSQL. Claims skip rows another processor has locked, so several hosts can share one inbox
/// without taking the same message.
/// </summary>
internal sealed class PostgreSqlWebhookInboxTable(string connectionString) : SqlWebhookInboxStore
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    protected override string SchemaSql { get; } = SchemaSqlWith("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "BIGINT");

    protected override string ClaimSql { get; } = ClaimSqlWith("FOR UPDATE SKIP LOCKED");

    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _dataSource.Dispose();
        }

        base.Dispose(disposing);
    }
}
