using System.Data.Common;
using HrKit.Localization;
using System.Runtime.CompilerServices;
using NodaTime;

namespace HrKit.Audit.Sql;

/// <summary>
/// The audit chain in one SQL table, shared by the SQLite and PostgreSQL packages: append under the dialect's lock
/// (read the last hash, insert the next link, commit), read a page at a time by sequence number, verify by walking the
/// table in sequence order through <see cref="AuditChain.VerifyAsync"/>.
/// </summary>
internal sealed class SqlAuditLog(AuditSqlDialect dialect, IClock clock) : IAsyncDisposable
{
    private const int PageSize = 500;
    private const string Columns = "seq, at_ticks, kind, actor, subject, summary, data_hash, previous_hash, hash";

    public async Task InitializeAsync(CancellationToken ct)
    {
        await GuardAsync(async () =>
        {
            var c = await dialect.OpenAsync(ct).ConfigureAwait(false);
            await using (c.ConfigureAwait(false))
            {
                foreach (var sql in dialect.SchemaStatements)
                {
                    await ExecuteAsync(c, null, sql, ct).ConfigureAwait(false);
                }
            }

            return 0;
        }).ConfigureAwait(false);
    }

    public async Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.Validate();
        return await GuardAsync(async () =>
        {
            var c = await dialect.OpenAsync(ct).ConfigureAwait(false);
            await using (c.ConfigureAwait(false))
            {
                var tx = await dialect.BeginAppendAsync(c, ct).ConfigureAwait(false);
                await using (tx.ConfigureAwait(false))
                {
                    var (last, previous) = await LastAsync(c, tx, ct).ConfigureAwait(false);
                    var entry = AuditChain.Link(last + 1, clock.GetCurrentInstant(), record, previous);
                    using var insert = Command(c, tx, $"INSERT INTO audit_log ({Columns}) VALUES (@seq, @at, @kind, @actor, @subject, @summary, @data, @prev, @hash)");
                    Add(insert, "seq", entry.Sequence);
                    Add(insert, "at", entry.At.ToUnixTimeTicks());
                    Add(insert, "kind", entry.Kind);
                    Add(insert, "actor", entry.Actor);
                    Add(insert, "subject", entry.Subject);
                    Add(insert, "summary", entry.Summary);
                    Add(insert, "data", entry.DataHash);
                    Add(insert, "prev", entry.PreviousHash);
                    Add(insert, "hash", entry.Hash);
                    await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                    await tx.CommitAsync(ct).ConfigureAwait(false);
                    return entry;
                }
            }
        }).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<AuditEntry> ReadAsync(AuditQuery query, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var after = long.MinValue;
        while (true)
        {
            var page = await GuardAsync(() => PageAsync(query, after, ct)).ConfigureAwait(false);
            foreach (var e in page)
            {
                yield return e;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Sequence;
        }
    }

    public Task<AuditVerification> VerifyAsync(CancellationToken ct) => AuditChain.VerifyAsync(ReadAsync(new AuditQuery(), ct), ct);

    public ValueTask DisposeAsync() => dialect.DisposeAsync();

    private async Task<List<AuditEntry>> PageAsync(AuditQuery query, long after, CancellationToken ct)
    {
        var c = await dialect.OpenAsync(ct).ConfigureAwait(false);
        await using (c.ConfigureAwait(false))
        {
            var where = "seq > @after";
            using var cmd = Command(c, null, "");
            Add(cmd, "after", after);
            if (query.Actor is not null)
            {
                where += " AND actor = @actor";
                Add(cmd, "actor", query.Actor);
            }

            if (query.Kind is not null)
            {
                where += " AND kind = @kind";
                Add(cmd, "kind", query.Kind);
            }

            if (query.From is { } from)
            {
                where += " AND at_ticks >= @from";
                Add(cmd, "from", from.ToUnixTimeTicks());
            }

            if (query.To is { } to)
            {
                where += " AND at_ticks < @to";
                Add(cmd, "to", to.ToUnixTimeTicks());
            }

            cmd.CommandText = $"SELECT {Columns} FROM audit_log WHERE {where} ORDER BY seq LIMIT {PageSize}";
            var page = new List<AuditEntry>(PageSize);
            var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            await using (r.ConfigureAwait(false))
            {
                while (await r.ReadAsync(ct).ConfigureAwait(false))
                {
                    page.Add(new AuditEntry(r.GetInt64(0), Instant.FromUnixTimeTicks(r.GetInt64(1)), r.GetString(2), r.GetString(3), r.GetString(4),
                        r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8)));
                }
            }

            return page;
        }
    }

    private static async Task<(long Sequence, string Hash)> LastAsync(DbConnection c, DbTransaction tx, CancellationToken ct)
    {
        using var cmd = Command(c, tx, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await using (r.ConfigureAwait(false))
        {
            return await r.ReadAsync(ct).ConfigureAwait(false) ? (r.GetInt64(0), r.GetString(1)) : (0, AuditChain.GenesisHash);
        }
    }

    private static async Task ExecuteAsync(DbConnection c, DbTransaction? tx, string sql, CancellationToken ct)
    {
        using var cmd = Command(c, tx, sql);
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static DbCommand Command(DbConnection c, DbTransaction? tx, string sql)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
#pragma warning disable CA2100 // Built from constants and column names only; values go in parameters.
        cmd.CommandText = sql;
#pragma warning restore CA2100
        return cmd;
    }

    private static void Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }

    // A failing database becomes the documented AuditLogException naming the store; cancellation passes through.
    private async Task<T> GuardAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (DbException ex)
        {
            // The database's own text (ex.Message) is quoted as the driver gives it, in its language.
            throw new AuditLogException(AuditLogException.StoreFailedCode, CoreText.Of("Audit.StoreFailed", dialect.Describe, ex.Message), innerException: ex);
        }
    }
}
