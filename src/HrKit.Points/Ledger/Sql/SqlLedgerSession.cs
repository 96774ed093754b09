using System.Data.Common;
using System.Globalization;
using System.Text;
using HrKit.Points.Catalog;
using HrKit.Points.Model;
using NodaTime;

namespace HrKit.Points.Ledger.Sql;

/// <summary>A ledger transaction over ADO.NET; the SQL is portable between SQLite and PostgreSQL.</summary>
internal sealed class SqlLedgerSession(DbConnection connection, DbTransaction transaction, SqlDialect dialect, IDisposable? gate) : LedgerSession
{
    private const string Columns = "id, source_id, idempotency_key, employee_id, category, points, kind, occurred_at, recorded_at, rule_name, event_type, item_id, related_posting_id, expires_at, cap_key";

    public override async Task LockAccountsAsync(IReadOnlyList<string> sortedEmployeeIds, CancellationToken ct)
    {
        if (dialect.LockAccount is null)
        {
            return;
        }

        foreach (var employee in sortedEmployeeIds)
        {
            using var cmd = Command(dialect.LockAccount, ("employee", employee));
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    public override Task<IReadOnlyList<Posting>> QueryAsync(PostingQuery query, CancellationToken ct)
    {
        var sql = new StringBuilder($"SELECT {Columns} FROM points_postings WHERE 1 = 1");
        var args = new List<(string, object?)>();
        void Filter(string column, string name, object? value)
        {
            if (value is not null)
            {
                sql.Append(CultureInfo.InvariantCulture, $" AND {column} @{name}");
                args.Add((name, value));
            }
        }

        Filter("employee_id =", "employee", query.EmployeeId);
        Filter("category =", "category", query.Category);
        Filter("kind =", "kind", query.Kind is { } k ? (int)k : null);
        Filter("occurred_at >=", "from", query.From?.ToUnixTimeTicks());
        Filter("occurred_at <", "to", query.To?.ToUnixTimeTicks());
        Filter("cap_key =", "cap", query.CapKey);
        Filter("source_id =", "source", query.SourceId);
        sql.Append(" ORDER BY id");
        return ReadPostingsAsync(sql.ToString(), args, ct);
    }

    public override async Task<Posting?> GetPostingAsync(long id, CancellationToken ct) =>
        (await ReadPostingsAsync($"SELECT {Columns} FROM points_postings WHERE id = @id", [("id", id)], ct).ConfigureAwait(false)).FirstOrNull();

    public override async Task<Posting?> FindByKeyAsync(string idempotencyKey, CancellationToken ct) =>
        (await ReadPostingsAsync($"SELECT {Columns} FROM points_postings WHERE idempotency_key = @key", [("key", idempotencyKey)], ct).ConfigureAwait(false)).FirstOrNull();

    public override async Task<Posting> InsertAsync(Posting p, CancellationToken ct)
    {
        using var cmd = Command(
            """
            INSERT INTO points_postings (source_id, idempotency_key, employee_id, category, points, kind, occurred_at, recorded_at, rule_name, event_type, item_id, related_posting_id, expires_at, cap_key)
            VALUES (@source, @key, @employee, @category, @points, @kind, @occurred, @recorded, @rule, @type, @item, @related, @expires, @cap)
            RETURNING id
            """,
            ("source", p.SourceId), ("key", p.IdempotencyKey), ("employee", p.EmployeeId), ("category", p.Category), ("points", p.Points),
            ("kind", (int)p.Kind), ("occurred", p.OccurredAt.ToUnixTimeTicks()), ("recorded", p.RecordedAt.ToUnixTimeTicks()), ("rule", p.RuleName),
            ("type", p.EventType), ("item", p.ItemId), ("related", p.RelatedPostingId), ("expires", p.ExpiresAt?.ToUnixTimeTicks()), ("cap", p.CapKey));
        var id = Convert.ToInt64(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
        return p with { Id = id };
    }

    public override async Task<CatalogItem?> GetItemAsync(string id, CancellationToken ct) =>
        (await ReadItemsAsync("SELECT id, name, kind, price, stock, per_employee_limit, category FROM points_items WHERE id = @id" + dialect.ItemLockSuffix, [("id", id)], ct).ConfigureAwait(false)).FirstOrNull();

    public override async Task SaveItemAsync(CatalogItem item, CancellationToken ct)
    {
        using var cmd = Command(
            """
            INSERT INTO points_items (id, name, kind, price, stock, per_employee_limit, category)
            VALUES (@id, @name, @kind, @price, @stock, @limit, @category)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, price = excluded.price,
                stock = excluded.stock, per_employee_limit = excluded.per_employee_limit, category = excluded.category
            """,
            ("id", item.Id), ("name", item.Name), ("kind", (int)item.Kind), ("price", item.Price), ("stock", item.Stock), ("limit", item.PerEmployeeLimit), ("category", item.Category));
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public override Task<IReadOnlyList<CatalogItem>> ListItemsAsync(CancellationToken ct) =>
        ReadItemsAsync("SELECT id, name, kind, price, stock, per_employee_limit, category FROM points_items ORDER BY id", [], ct);

    public override Task<IReadOnlyList<string>> ListEmployeesAsync(CancellationToken ct) =>
        ReadAsync("SELECT DISTINCT employee_id FROM points_postings ORDER BY employee_id", [], r => r.GetString(0), ct);

    public override Task CommitAsync(CancellationToken ct) => transaction.CommitAsync(ct);

    public override async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync().ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);
        gate?.Dispose();
    }

    private DbCommand Command(string sql, params (string Name, object? Value)[] args)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        foreach (var (name, value) in args)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            cmd.Parameters.Add(p);
        }

        return cmd;
    }

    private Task<IReadOnlyList<Posting>> ReadPostingsAsync(string sql, List<(string, object?)> args, CancellationToken ct) =>
        ReadAsync(sql, args, ReadPosting, ct);

    private Task<IReadOnlyList<CatalogItem>> ReadItemsAsync(string sql, List<(string, object?)> args, CancellationToken ct) =>
        ReadAsync(sql, args, r => new CatalogItem(
            r.GetString(0), r.GetString(1), (CatalogItemKind)r.GetInt32(2), r.GetInt64(3),
            r.IsDBNull(4) ? null : r.GetInt32(4), r.IsDBNull(5) ? null : r.GetInt32(5))
        { Category = r.GetString(6) }, ct);

    private static Posting ReadPosting(DbDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt64(5), (PostingKind)r.GetInt32(6),
            Instant.FromUnixTimeTicks(r.GetInt64(7)), Instant.FromUnixTimeTicks(r.GetInt64(8)))
        {
            RuleName = r.IsDBNull(9) ? null : r.GetString(9),
            EventType = r.IsDBNull(10) ? null : r.GetString(10),
            ItemId = r.IsDBNull(11) ? null : r.GetString(11),
            RelatedPostingId = r.IsDBNull(12) ? null : r.GetInt64(12),
            ExpiresAt = r.IsDBNull(13) ? null : Instant.FromUnixTimeTicks(r.GetInt64(13)),
            CapKey = r.IsDBNull(14) ? null : r.GetString(14),
        };

    private async Task<IReadOnlyList<T>> ReadAsync<T>(string sql, List<(string, object?)> args, Func<DbDataReader, T> map, CancellationToken ct)
    {
        using var cmd = Command(sql, [.. args]);
        var result = new List<T>();
        var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await using (r.ConfigureAwait(false))
        {
            while (await r.ReadAsync(ct).ConfigureAwait(false))
            {
                result.Add(map(r));
            }
        }

        return result;
    }
}
