using System.Data.Common;
using System.Globalization;
using System.Text;
using HrKit.Points.Catalog;
using HrKit.Points.Model;
using NodaTime;

namespace HrKit.Points.Ledger.Sql;

/// <summary>
/// A ledger transaction over ADO.NET; the SQL is shared by SQLite and PostgreSQL and subclasses supply the few parts
/// that differ. Commands are kept in <paramref name="commands"/> by their SQL and re-run with new parameter values, so a
/// statement is parsed once rather than once per posting.
/// </summary>
internal abstract class SqlLedgerSession(DbConnection connection, DbTransaction transaction, Dictionary<string, DbCommand> commands) : LedgerSession
{
    protected const string InsertColumns = "source_id, idempotency_key, employee_id, category, points, kind, occurred_at, recorded_at, rule_name, event_type, item_id, related_posting_id, expires_at, cap_key";

    private const string Columns = "id, " + InsertColumns;

    /// <summary>Appended to the item read inside redemptions to lock the row where the database can.</summary>
    protected virtual string ItemLockSuffix => "";

    /// <summary>The commands this session has run, for sessions that own them.</summary>
    protected IEnumerable<DbCommand> Commands => commands.Values;

    /// <summary>A condition that a column is one of the strings in parameter <paramref name="parameter"/>, e.g. <c>= ANY(@p)</c>.</summary>
    protected abstract string InList(string parameter);

    /// <summary>
    /// The sum of the <c>points</c> column as a double: SQLite's <c>SUM</c> fails on an integer overflow and PostgreSQL's
    /// returns <c>numeric</c>, so a total read as a double (exact below 2^53, far above <see cref="PointsBounds.MaxBalance"/>)
    /// can always be read and saturated.
    /// </summary>
    protected abstract string PointsTotal { get; }

    /// <summary>The value for a parameter used with <see cref="InList"/>.</summary>
    protected abstract object ListValue(IReadOnlyCollection<string> values);

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
        return ReadAsync(Command(sql.ToString(), [.. args]), ReadPosting, ct);
    }

    public override async Task<Posting?> GetPostingAsync(long id, CancellationToken ct) =>
        (await ReadAsync(Command($"SELECT {Columns} FROM points_postings WHERE id = @id", ("id", id)), ReadPosting, ct).ConfigureAwait(false)).FirstOrNull();

    public override async Task<Posting?> FindByKeyAsync(string idempotencyKey, CancellationToken ct) =>
        (await ReadAsync(Command($"SELECT {Columns} FROM points_postings WHERE idempotency_key = @key", ("key", idempotencyKey)), ReadPosting, ct).ConfigureAwait(false)).FirstOrNull();

    public override async Task<RecordedPostings> FindRecordedAsync(IReadOnlyCollection<string> keys, IReadOnlyCollection<string> sourceIds, CancellationToken ct)
    {
        var recorded = new RecordedPostings(new HashSet<string>(keys.Count, StringComparer.Ordinal), []);
        // One statement for the whole batch; employee_id is never null, so a null second column marks a key row.
        var cmd = Command(
            $"""
            SELECT idempotency_key, NULL FROM points_postings WHERE idempotency_key {InList("keys")}
            UNION ALL
            SELECT DISTINCT source_id, employee_id FROM points_postings WHERE source_id {InList("sources")}
            """,
            ("keys", ListValue(keys)), ("sources", ListValue(sourceIds)));
        await ReadAsync(cmd, r => r.IsDBNull(1) ? recorded.Keys.Add(r.GetString(0)) : recorded.Sources.Add((r.GetString(0), r.GetString(1))), ct).ConfigureAwait(false);
        return recorded;
    }

    public override async Task<long> MaxPostingIdAsync(CancellationToken ct) =>
        (await ReadAsync(Command("SELECT COALESCE(MAX(id), 0) FROM points_postings"), r => r.GetInt64(0), ct).ConfigureAwait(false))[0];

    public override Task<Dictionary<(string EmployeeId, string CapKey), long>> SumCapsAsync(IReadOnlyCollection<(string EmployeeId, string CapKey)> buckets, CancellationToken ct) =>
        SumPerEmployeeAsync("cap_key", buckets, ct);

    public override Task<Dictionary<(string EmployeeId, string Category), long>> SumAccountsAsync(IReadOnlyCollection<(string EmployeeId, string Category)> accounts, CancellationToken ct) =>
        SumPerEmployeeAsync("category", accounts, ct);

    // Points per (employee, value of column), 0 for a group with no postings, in one statement.
    private async Task<Dictionary<(string, string), long>> SumPerEmployeeAsync(string column, IReadOnlyCollection<(string EmployeeId, string Value)> groups, CancellationToken ct)
    {
        var sums = groups.ToDictionary(g => g, _ => 0L);
        var cmd = Command(
            $"""
            SELECT employee_id, {column}, {PointsTotal} FROM points_postings
            WHERE employee_id {InList("employees")} AND {column} {InList("values")}
            GROUP BY employee_id, {column}
            """,
            ("employees", ListValue(groups.Select(g => g.EmployeeId).Distinct(StringComparer.Ordinal).ToList())),
            ("values", ListValue(groups.Select(g => g.Value).Distinct(StringComparer.Ordinal).ToList())));
        foreach (var (group, sum) in await ReadAsync(cmd, r => ((r.GetString(0), r.GetString(1)), PointsSum.FromTotal(r.GetDouble(2))), ct).ConfigureAwait(false))
        {
            // The two lists select every pairing of their employees and values; only the requested groups count.
            if (sums.ContainsKey(group))
            {
                sums[group] = sum;
            }
        }

        return sums;
    }

    public override async Task<CatalogItem?> GetItemAsync(string id, CancellationToken ct) =>
        (await ReadAsync(Command("SELECT id, name, kind, price, stock, per_employee_limit, category FROM points_items WHERE id = @id" + ItemLockSuffix, ("id", id)), ReadItem, ct).ConfigureAwait(false)).FirstOrNull();

    public override async Task SaveItemAsync(CatalogItem item, CancellationToken ct)
    {
        var cmd = Command(
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
        ReadAsync(Command("SELECT id, name, kind, price, stock, per_employee_limit, category FROM points_items ORDER BY id"), ReadItem, ct);

    public override Task<IReadOnlyList<string>> ListEmployeesAsync(CancellationToken ct) =>
        ReadAsync(Command("SELECT DISTINCT employee_id FROM points_postings ORDER BY employee_id"), r => r.GetString(0), ct);

    public override Task CommitAsync(CancellationToken ct) => transaction.CommitAsync(ct);

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            await ReleaseAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Gives back what the session holds besides its transaction (connection, writer gate).</summary>
    protected abstract ValueTask ReleaseAsync();

    /// <summary>The command for <paramref name="sql"/>, created on first use, with <paramref name="args"/> bound in order.</summary>
    protected DbCommand Command(string sql, params ReadOnlySpan<(string Name, object? Value)> args)
    {
        if (!commands.TryGetValue(sql, out var cmd))
        {
            cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            foreach (var (name, _) in args)
            {
                var p = cmd.CreateParameter();
                p.ParameterName = name;
                cmd.Parameters.Add(p);
            }

            commands.Add(sql, cmd);
        }

        cmd.Transaction = transaction;
        for (var i = 0; i < args.Length; i++)
        {
            cmd.Parameters[i].Value = args[i].Value ?? DBNull.Value;
        }

        return cmd;
    }

    protected static async Task<IReadOnlyList<T>> ReadAsync<T>(DbCommand cmd, Func<DbDataReader, T> map, CancellationToken ct)
    {
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

    private static CatalogItem ReadItem(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), (CatalogItemKind)r.GetInt32(2), r.GetInt64(3), r.IsDBNull(4) ? null : r.GetInt32(4), r.IsDBNull(5) ? null : r.GetInt32(5))
        {
            Category = r.GetString(6),
        };

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
}
