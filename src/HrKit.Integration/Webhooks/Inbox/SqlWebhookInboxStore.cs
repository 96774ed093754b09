using System.Data;
using System.Data.Common;
using NodaTime;

namespace HrKit.Integration.Webhooks.Inbox;

/// <summary>
/// The inbox in one SQL table, shared by the SQLite and PostgreSQL stores: the unique (source, message_id) key is the
/// de-duplication, every statement is one auto-committed statement, so a call that returned is on disk. Instants are
/// stored as Unix milliseconds.
/// </summary>
internal abstract class SqlWebhookInboxStore : IWebhookInboxStore
{
    protected const string Table = "hrkit_webhook_inbox";
    private const string Columns = "source, message_id, event_type, payload, received_at, state, attempts, next_attempt_at, last_error, seq";
    private readonly SemaphoreSlim _init = new(1, 1);
    private volatile bool _ready;

    /// <summary>Creates the table and index if missing; run once per store, before the first statement.</summary>
    protected abstract string SchemaSql { get; }

    /// <summary>The claim statement: parameters @now, @until, @max; returns <see cref="Columns"/>.</summary>
    protected abstract string ClaimSql { get; }

    /// <summary>The table in a dialect: its identity column and its 64-bit integer type.</summary>
    protected static string SchemaSqlWith(string identity, string bigint) => $"""
        CREATE TABLE IF NOT EXISTS {Table} (
            seq {identity},
            source TEXT NOT NULL, message_id TEXT NOT NULL, event_type TEXT, payload TEXT NOT NULL,
            received_at {bigint} NOT NULL, state INTEGER NOT NULL, attempts INTEGER NOT NULL,
            next_attempt_at {bigint} NOT NULL, last_error TEXT, done_at {bigint},
            UNIQUE (source, message_id));
        CREATE INDEX IF NOT EXISTS {Table}_due ON {Table} (state, next_attempt_at);
        """;

    protected static string ClaimSqlWith(string lockClause) => $"""
        UPDATE {Table} SET attempts = attempts + 1, next_attempt_at = @until
        WHERE seq IN (SELECT seq FROM {Table} WHERE state = 0 AND next_attempt_at <= @now ORDER BY seq LIMIT @max {lockClause})
        RETURNING {Columns}
        """;

    protected abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    public async Task<WebhookInboxAddResult> AddAsync(WebhookMessage message, int maxPending, Instant forgetDoneBefore, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return await RunAsync(async connection =>
        {
            var inserted = await ExecuteAsync(connection, $"""
            INSERT INTO {Table} (source, message_id, event_type, payload, received_at, state, attempts, next_attempt_at)
            SELECT @source, @id, @type, @payload, @received, 0, 0, @received
            WHERE (SELECT COUNT(*) FROM {Table} WHERE state = 0) < @max
            ON CONFLICT (source, message_id) DO UPDATE SET
                event_type = excluded.event_type, payload = excluded.payload, received_at = excluded.received_at,
                state = 0, attempts = 0, next_attempt_at = excluded.next_attempt_at, last_error = NULL, done_at = NULL
            WHERE {Table}.state = 1 AND {Table}.received_at < @forget
            """,
                c =>
                {
                    Key(c, message.Source, message.MessageId);
                    Add(c, "@type", message.EventType);
                    Add(c, "@payload", message.Payload);
                    Add(c, "@received", message.ReceivedAt.ToUnixTimeMilliseconds());
                    Add(c, "@max", (long)maxPending);
                    Add(c, "@forget", forgetDoneBefore.ToUnixTimeMilliseconds());
                },
                cancellationToken).ConfigureAwait(false);
            if (inserted == 1)
            {
                return WebhookInboxAddResult.Added;
            }

            return await GetAsync(connection, message.Source, message.MessageId, cancellationToken).ConfigureAwait(false) is null
                ? WebhookInboxAddResult.Full
                : WebhookInboxAddResult.Duplicate;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<WebhookInboxEntry>> ClaimDueAsync(Instant now, Instant claimUntil, int max, CancellationToken cancellationToken = default)
    {
        var claimed = await RunAsync(connection => QueryAsync(connection, ClaimSql, c =>
        {
            Add(c, "@now", now.ToUnixTimeMilliseconds());
            Add(c, "@until", claimUntil.ToUnixTimeMilliseconds());
            Add(c, "@max", (long)max);
        }, cancellationToken), cancellationToken).ConfigureAwait(false);
        // RETURNING gives no order; the processor works oldest first.
        return [.. claimed.OrderBy(e => e.Seq).Select(e => e.Entry)];
    }

    public async Task<bool> CompleteAsync(string source, string messageId, Instant at, CancellationToken cancellationToken = default)
    {
        return await RunAsync(connection => ExecuteAsync(connection, $"UPDATE {Table} SET state = 1, done_at = @at, last_error = NULL WHERE source = @source AND message_id = @id AND state = 0",
            c =>
            {
                Key(c, source, messageId);
                Add(c, "@at", at.ToUnixTimeMilliseconds());
            },
            cancellationToken), cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<bool> FailAsync(string source, string messageId, string error, Instant? retryAt, CancellationToken cancellationToken = default)
    {
        var set = retryAt is null ? "state = 2" : "next_attempt_at = @next";
        return await RunAsync(connection => ExecuteAsync(connection, $"UPDATE {Table} SET {set}, last_error = @error WHERE source = @source AND message_id = @id AND state = 0",
            c =>
            {
                Key(c, source, messageId);
                Add(c, "@error", error);
                if (retryAt is { } next)
                {
                    Add(c, "@next", next.ToUnixTimeMilliseconds());
                }
            },
            cancellationToken), cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<WebhookInboxEntry?> GetAsync(string source, string messageId, CancellationToken cancellationToken = default)
    {
        return await RunAsync(connection => GetAsync(connection, source, messageId, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<WebhookInboxEntry>> ListAsync(WebhookInboxState state, int max, CancellationToken cancellationToken = default)
    {
        var rows = await RunAsync(connection => QueryAsync(connection, $"SELECT {Columns} FROM {Table} WHERE state = @state ORDER BY seq LIMIT @max", c =>
        {
            Add(c, "@state", (long)state);
            Add(c, "@max", (long)max);
        }, cancellationToken), cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.Entry)];
    }

    public async Task<int> PurgeDoneAsync(Instant before, CancellationToken cancellationToken = default)
    {
        return await RunAsync(connection => ExecuteAsync(connection, $"DELETE FROM {Table} WHERE state = 1 AND received_at < @before",
            c => Add(c, "@before", before.ToUnixTimeMilliseconds()), cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public virtual ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _init.Dispose();
        }
    }

    private async Task<T> RunAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await work(connection).ConfigureAwait(false);
        }
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (_ready)
        {
            return connection;
        }

        try
        {
            await _init.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!_ready)
                {
                    await ExecuteAsync(connection, SchemaSql, _ => { }, cancellationToken).ConfigureAwait(false);
                    _ready = true;
                }
            }
            finally
            {
                _init.Release();
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<WebhookInboxEntry?> GetAsync(DbConnection connection, string source, string messageId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(connection, $"SELECT {Columns} FROM {Table} WHERE source = @source AND message_id = @id",
            c => Key(c, source, messageId), cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0].Entry;
    }

    private static async Task<int> ExecuteAsync(DbConnection connection, string sql, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = sql;
            bind(command);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<List<(long Seq, WebhookInboxEntry Entry)>> QueryAsync(
        DbConnection connection, string sql, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using var _ = command.ConfigureAwait(false);
        command.CommandText = sql;
        bind(command);
        var rows = new List<(long, WebhookInboxEntry)>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var message = new WebhookMessage(
                    reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3),
                    Instant.FromUnixTimeMilliseconds(reader.GetInt64(4)));
                rows.Add((reader.GetInt64(9), new WebhookInboxEntry(
                    message, (WebhookInboxState)reader.GetInt32(5), reader.GetInt32(6), Instant.FromUnixTimeMilliseconds(reader.GetInt64(7)),
                    reader.IsDBNull(8) ? null : reader.GetString(8))));
            }
        }

        return rows;
    }

    private static void Key(DbCommand command, string source, string messageId)
    {
        Add(command, "@source", source);
        Add(command, "@id", messageId);
    }

    // Typed parameters: PostgreSQL cannot infer the type of an untyped null in a SELECT list.
    private static void Add(DbCommand command, string name, string? value) => Add(command, name, DbType.String, value);

    private static void Add(DbCommand command, string name, long value) => Add(command, name, DbType.Int64, value);

    private static void Add(DbCommand command, string name, DbType type, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
