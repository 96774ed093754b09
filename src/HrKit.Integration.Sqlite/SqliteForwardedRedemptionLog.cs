using HrKit.Integration.Sqlite;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Integration.Outbound;

/// <summary>
/// A durable <see cref="IForwardedRedemptionLog"/> in a SQLite file (it may be the points ledger's own file; the table
/// is <c>hrkit_forwarded_redemptions</c>). Each record is one committed insert, so a crash leaves a redemption either
/// recorded or pending, never half-recorded.
/// </summary>
public sealed class SqliteForwardedRedemptionLog : IForwardedRedemptionLog, IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS hrkit_forwarded_redemptions (
            redemption_id TEXT NOT NULL PRIMARY KEY,
            idempotency_key TEXT NOT NULL,
            outcome TEXT NOT NULL,
            receiver_ref TEXT NULL,
            forwarded_at TEXT NOT NULL)
        """;

    private readonly SqliteSchemaFile _file;

    /// <summary>Uses the SQLite database at <paramref name="connectionString"/>; the table is created on first use.</summary>
    /// <param name="connectionString">E.g. <c>hrkit-points.db</c> or <c>Data Source=hrkit-points.db</c>.</param>
    public SqliteForwardedRedemptionLog(string connectionString)
    {
        _file = new SqliteSchemaFile(connectionString, Schema);
    }

    /// <inheritdoc />
    public async Task<IReadOnlySet<string>> GetForwardedAsync(CancellationToken cancellationToken = default)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT redemption_id FROM hrkit_forwarded_redemptions";
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <inheritdoc />
    public async Task RecordAsync(string redemptionId, OutboundDelivery delivery, Instant forwardedAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(redemptionId);
        ArgumentNullException.ThrowIfNull(delivery);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO hrkit_forwarded_redemptions (redemption_id, idempotency_key, outcome, receiver_ref, forwarded_at)
            VALUES ($id, $key, $outcome, $ref, $at) ON CONFLICT (redemption_id) DO NOTHING
            """;
        command.Parameters.AddWithValue("$id", redemptionId);
        command.Parameters.AddWithValue("$key", delivery.IdempotencyKey);
        command.Parameters.AddWithValue("$outcome", delivery.Outcome.ToString());
        command.Parameters.AddWithValue("$ref", (object?)delivery.ReceiverReference ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", InstantPattern.ExtendedIso.Format(forwardedAt));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Releases this file's pooled connections so the file can be moved or deleted.</summary>
    public void Dispose() => _file.Dispose();

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _file.OpenAsync(cancellationToken);
}
