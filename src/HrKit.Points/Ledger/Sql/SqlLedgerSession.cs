using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using HrKit.Points.Catalog;
using HrKit.Points.Ledger.Holds;
using HrKit.Points.Model;
using HrKit.Points.Serialization;
using NodaTime;

namespace HrKit.Points.Ledger.Sql;

/// <summary>
/// A ledger transaction over ADO.NET for one tenant; the SQL is shared by SQLite and PostgreSQL and subclasses supply the
/// few parts that differ. Every statement filters on the tenant (PostgreSQL's row-level security checks it again).
/// Commands are kept in <paramref name="commands"/> by their SQL and re-run with new parameter values, so a statement is
/// parsed once rather than once per posting.
/// </summary>
internal abstract partial class SqlLedgerSession(DbConnection connection, DbTransaction transaction, Dictionary<string, DbCommand> commands, string tenant, AccountIdCache accountIds, CommittedReportMonths reportMonths)
    : LedgerSession
{
    protected const string InsertColumns = "tenant_id, account_id, " + LedgerSchema.PostingColumns;

    private const string Columns = "id, " + LedgerSchema.PostingColumns;

    private const string HoldColumns = "request_id, employee_id, item_id, points, posting_id, state, held_at, expires_at, settled_at, refund_posting_id, reason";

    private const string ItemColumns = "id, name, kind, price, stock, per_employee_limit, category";

    private readonly Dictionary<(string EmployeeId, string Category), long> _newAccounts = [];

    protected string Tenant => tenant;

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

    /// <summary>A row source <c>p(employee_id, category)</c> over the pairs bound by <see cref="AccountPairArgs"/>.</summary>
    protected abstract string AccountPairs { get; }

    /// <summary>Parameters for <see cref="AccountPairs"/>.</summary>
    protected abstract (string Name, object? Value)[] AccountPairArgs(IReadOnlyList<(string EmployeeId, string Category)> pairs);

    /// <summary>
    /// Inserts the postings with their account ids, adds <paramref name="changes"/> to the account rows in the same
    /// transaction, and returns the postings with ids assigned, in order.
    /// </summary>
    protected abstract Task<Posting[]> InsertRowsAsync(IReadOnlyList<Posting> postings, long[] accountIds, IReadOnlyList<AccountChange> changes, CancellationToken ct);

    public override Task<IReadOnlyList<Posting>> QueryAsync(PostingQuery query, CancellationToken ct)
    {
        var sql = new StringBuilder();
        var args = new List<(string, object?)> { ("tenant", tenant) };
        void Filter(string condition, string name, object? value)
        {
            if (value is not null)
            {
                sql.Append(" AND ").Append(condition);
                args.Add((name, value));
            }
        }

        // An employee's postings are found by walking the chains of their accounts (postings have no index by account).
        if (query.EmployeeId is not null)
        {
            sql.Append("WITH RECURSIVE ").Append(AccountPostings("a.employee_id = @employee" + (query.Category is null ? "" : " AND a.category = @acategory")));
            args.Add(("employee", query.EmployeeId));
            if (query.Category is not null)
            {
                args.Add(("acategory", query.Category));
            }

            sql.Append($" SELECT {Columns} FROM account_postings WHERE tenant_id = @tenant");
        }
        else
        {
            sql.Append($"SELECT {Columns} FROM points_postings WHERE tenant_id = @tenant");
        }

        Filter("category = @category", "category", query.Category);
        Filter("kind = @kind", "kind", query.Kind is { } k ? (int)k : null);
        Filter("occurred_at >= @from", "from", query.From?.ToUnixTimeTicks());
        Filter("occurred_at < @to", "to", query.To?.ToUnixTimeTicks());
        Filter("cap_key = @cap", "cap", query.CapKey);
        Filter("source_id = @source", "source", query.SourceId);
        Filter("recorded_at <= @recorded", "recorded", query.RecordedAtOrBefore?.ToUnixTimeTicks());
        sql.Append(" ORDER BY id");
        return ReadAsync(Command(sql.ToString(), [.. args]), ReadPosting, ct);
    }

    /// <summary>
    /// A recursive common table expression <c>account_postings</c> (after <c>WITH RECURSIVE</c>): every column of every
    /// posting of the tenant's accounts that match <paramref name="accountCondition"/> (over <c>points_accounts a</c>;
    /// parameter <c>@tenant</c>), found from each account's last posting back through <c>previous_posting_id</c>, one
    /// primary-key probe per posting. Rows come newest first per account; callers order them.
    /// </summary>
    protected static string AccountPostings(string accountCondition) =>
        $"""
        account_postings AS (
            SELECT p.* FROM points_accounts a JOIN points_postings p ON p.id = a.last_posting_id
            WHERE a.tenant_id = @tenant AND p.tenant_id = @tenant AND {accountCondition}
            UNION ALL
            SELECT p.* FROM account_postings c JOIN points_postings p ON p.id = c.previous_posting_id AND p.tenant_id = @tenant)
        """;

    public override async Task<Posting?> GetPostingAsync(long id, CancellationToken ct) =>
        (await ReadAsync(Command($"SELECT {Columns} FROM points_postings WHERE tenant_id = @tenant AND id = @id", ("tenant", tenant), ("id", id)), ReadPosting, ct).ConfigureAwait(false)).FirstOrNull();

    public override async Task<Posting?> FindByKeyAsync(string idempotencyKey, CancellationToken ct) =>
        (await ReadAsync(Command($"SELECT {Columns} FROM points_postings WHERE tenant_id = @tenant AND idempotency_key = @key", ("tenant", tenant), ("key", idempotencyKey)), ReadPosting, ct).ConfigureAwait(false)).FirstOrNull();

    public override async Task<RecordedPostings> FindRecordedAsync(IReadOnlyCollection<string> keys, IReadOnlyCollection<string> sourceIds, CancellationToken ct)
    {
        var recorded = new RecordedPostings(new HashSet<string>(keys.Count, StringComparer.Ordinal), []);
        var cmd = Command(RecordedSql, ("tenant", tenant), ("keys", ListValue(keys)), ("sources", ListValue(sourceIds)));
        await ReadAsync(cmd, r => r.IsDBNull(1) ? recorded.Keys.Add(r.GetString(0)) : recorded.Sources.Add((r.GetString(0), r.GetString(1))), ct).ConfigureAwait(false);
        return recorded;
    }

    /// <summary>
    /// The statement of <see cref="FindRecordedAsync"/>: rows (key, NULL) for recorded keys in <c>@keys</c> and
    /// (source, employee) for the postings of sources in <c>@sources</c>, of tenant <c>@tenant</c>; one statement for the
    /// whole batch (employee_id is never null, so a null second column marks a key row).
    /// </summary>
    protected virtual string RecordedSql =>
        $"""
        SELECT idempotency_key, NULL FROM points_postings WHERE tenant_id = @tenant AND idempotency_key {InList("keys")}
        UNION ALL
        SELECT DISTINCT source_id, employee_id FROM points_postings WHERE tenant_id = @tenant AND source_id {InList("sources")}
        """;

    /// <summary>
    /// The statement of <see cref="MaxPostingIdAsync"/>: one value, an upper bound on the postings' ids (0 when none),
    /// whose plan cannot depend on the table's size, so it is safe to prepare. Here one probe at the end of the primary key.
    /// </summary>
    protected virtual string MaxPostingIdSql => "SELECT COALESCE(MAX(id), 0) FROM points_postings";

    public override async Task<long> MaxPostingIdAsync(CancellationToken ct)
    {
        var cmd = Command(MaxPostingIdSql);
        await PrepareAsync(cmd, ct).ConfigureAwait(false);
        return (await ReadAsync(cmd, r => r.GetInt64(0), ct).ConfigureAwait(false))[0];
    }

    /// <summary>
    /// Prepares a statement whose plan cannot depend on the tables' sizes, where the database keeps prepared statements
    /// across transactions (PostgreSQL; a plan made while a table was small would otherwise stay on a large one).
    /// </summary>
    protected virtual Task PrepareAsync(DbCommand command, CancellationToken ct) => Task.CompletedTask;

    public override Task<Dictionary<(string EmployeeId, string CapKey), long>> SumCapsAsync(IReadOnlyCollection<(string EmployeeId, string CapKey)> buckets, CancellationToken ct) =>
        SumPerEmployeeAsync("cap_key", buckets, ct);

    public override Task<Dictionary<(string EmployeeId, string Category), long>> SumAccountsAsync(IReadOnlyCollection<(string EmployeeId, string Category)> accounts, CancellationToken ct) =>
        SumPerEmployeeAsync("category", accounts, ct);

    // Points per (employee, value of column), 0 for a group with no postings, in one statement over the accounts' postings.
    private async Task<Dictionary<(string, string), long>> SumPerEmployeeAsync(string column, IReadOnlyCollection<(string EmployeeId, string Value)> groups, CancellationToken ct)
    {
        var sums = groups.ToDictionary(g => g, _ => 0L);
        var cmd = Command(
            $"""
            WITH RECURSIVE {AccountPostings($"a.employee_id {InList("employees")}")}
            SELECT employee_id, {column}, {PointsTotal} FROM account_postings
            WHERE {column} {InList("values")}
            GROUP BY employee_id, {column}
            """,
            ("tenant", tenant),
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

    public override async Task<IReadOnlyList<Posting>> InsertManyAsync(IReadOnlyList<Posting> postings, CancellationToken ct)
    {
        if (postings.Count == 0)
        {
            return [];
        }

        var ids = await AccountIdsAsync(postings, ct).ConfigureAwait(false);
        // The balance rows move in the same transaction as the postings: both are there after a commit, or neither.
        var stored = await InsertRowsAsync(postings, ids, AccountChange.Collect(postings, ids), ct).ConfigureAwait(false);
        await AddToReportSummariesAsync(stored, ct).ConfigureAwait(false);
        return stored;
    }

    /// <summary>The sum <c>a + b</c> as SQL, held at the ends of a 64-bit integer (neither comparison can overflow).</summary>
    protected static string SaturatingSum(string a, string b) =>
        $"CASE WHEN {b} > 0 AND {a} > 9223372036854775807 - {b} THEN 9223372036854775807 "
        + $"WHEN {b} < 0 AND {a} < (-9223372036854775807 - 1) - {b} THEN (-9223372036854775807 - 1) ELSE {a} + {b} END";

    // The account id of every posting, creating missing accounts: one insert and one read for all of the batch's new accounts.
    // CROSS JOIN makes SQLite loop over the pairs and probe the accounts' unique index (it otherwise scanned the tenant's
    // accounts and the pairs inside that loop); PostgreSQL plans a CROSS JOIN with conditions as any join.
    private async Task<long[]> AccountIdsAsync(IReadOnlyList<Posting> postings, CancellationToken ct)
    {
        var ids = new long[postings.Count];
        List<(string, string)>? missing = null;
        for (var i = 0; i < postings.Count; i++)
        {
            var p = postings[i];
            if (!accountIds.TryGet(tenant, p.EmployeeId, p.Category, out ids[i]) && !_newAccounts.TryGetValue((p.EmployeeId, p.Category), out ids[i]))
            {
                (missing ??= []).Add((p.EmployeeId, p.Category));
            }
        }

        if (missing is null)
        {
            return ids;
        }

        var distinct = missing.Distinct().ToList();
        (string, object?)[] args = [("tenant", tenant), .. AccountPairArgs(distinct)];
        await Command(
            $"""
            INSERT INTO points_accounts (tenant_id, employee_id, category)
            SELECT @tenant, p.employee_id, p.category FROM {AccountPairs} WHERE 1 = 1
            ON CONFLICT (tenant_id, employee_id, category) DO NOTHING
            """,
            args).ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        var found = await ReadAsync(
            Command(
                $"""
                SELECT a.id, a.employee_id, a.category FROM {AccountPairs} CROSS JOIN points_accounts a
                WHERE a.tenant_id = @tenant AND a.employee_id = p.employee_id AND a.category = p.category
                """,
                args),
            r => (Key: (r.GetString(1), r.GetString(2)), Id: r.GetInt64(0)),
            ct).ConfigureAwait(false);
        foreach (var (key, id) in found)
        {
            _newAccounts[key] = id;
        }

        for (var i = 0; i < postings.Count; i++)
        {
            if (ids[i] == 0)
            {
                ids[i] = _newAccounts[(postings[i].EmployeeId, postings[i].Category)];
            }
        }

        return ids;
    }

    public override Task<IReadOnlyList<AccountRow>> GetAccountsAsync(string employeeId, CancellationToken ct) =>
        ReadAsync(
            Command("SELECT category, balance, earned, expiry_watermark FROM points_accounts WHERE tenant_id = @tenant AND employee_id = @employee ORDER BY category", ("tenant", tenant), ("employee", employeeId)),
            r => new AccountRow(r.GetString(0), r.GetInt64(1), r.GetInt64(2), r.IsDBNull(3) ? null : Instant.FromUnixTimeTicks(r.GetInt64(3))),
            ct);

    public override Task SetExpiryWatermarkAsync(string employeeId, string category, Instant? watermark, CancellationToken ct) =>
        Command(
            "UPDATE points_accounts SET expiry_watermark = @watermark WHERE tenant_id = @tenant AND employee_id = @employee AND category = @category",
            ("watermark", watermark?.ToUnixTimeTicks()), ("tenant", tenant), ("employee", employeeId), ("category", category)).ExecuteNonQueryAsync(ct);

    public override async Task<RedemptionHold?> GetHoldAsync(string requestId, CancellationToken ct) =>
        (await ReadAsync(Command($"SELECT {HoldColumns} FROM points_holds WHERE tenant_id = @tenant AND request_id = @request", ("tenant", tenant), ("request", requestId)), ReadHold, ct).ConfigureAwait(false)).FirstOrNull();

    public override Task SaveHoldAsync(RedemptionHold hold, CancellationToken ct) =>
        Command(
            $"""
            INSERT INTO points_holds (tenant_id, {HoldColumns})
            VALUES (@tenant, @request, @employee, @item, @points, @posting, @state, @held, @expires, @settled, @refund, @reason)
            ON CONFLICT (tenant_id, request_id) DO UPDATE SET state = excluded.state, settled_at = excluded.settled_at,
                refund_posting_id = excluded.refund_posting_id, reason = excluded.reason
            """,
            ("tenant", tenant), ("request", hold.RequestId), ("employee", hold.EmployeeId), ("item", hold.ItemId), ("points", hold.Points), ("posting", hold.PostingId),
            ("state", (int)hold.State), ("held", hold.HeldAt.ToUnixTimeTicks()), ("expires", hold.ExpiresAt.ToUnixTimeTicks()), ("settled", hold.SettledAt?.ToUnixTimeTicks()),
            ("refund", hold.RefundPostingId), ("reason", hold.Reason)).ExecuteNonQueryAsync(ct);

    public override Task<IReadOnlyList<string>> DueHoldsAsync(Instant now, int limit, CancellationToken ct) =>
        ReadAsync(
            Command(
                "SELECT request_id FROM points_holds WHERE tenant_id = @tenant AND state = 0 AND expires_at <= @now ORDER BY expires_at, request_id LIMIT @limit",
                ("tenant", tenant), ("now", now.ToUnixTimeTicks()), ("limit", limit)),
            r => r.GetString(0),
            ct);

    /// <summary>The condition of report statements: the tenant and the period parameters <c>@from</c> and <c>@to</c>.</summary>
    protected const string InPeriod = "tenant_id = @tenant AND occurred_at >= @from AND occurred_at < @to";

    /// <summary>The report's aggregates by scanning the period's postings (periods the summaries cannot answer, and their edges).</summary>
    private async Task<ReportTotals> ScanReportTotalsAsync(Instant from, Instant to, string checkInEventType, CancellationToken ct)
    {
        var period = Period(from, to);
        var (active, rules) = await ActiveAndRulesAsync(period, ct).ConfigureAwait(false);
        var checkIns = await ScanCheckInsAsync(period, checkInEventType, ct).ConfigureAwait(false);
        var redemptions = await RedemptionsAsync(period, ct).ConfigureAwait(false);
        return new ReportTotals(active, rules, checkIns, redemptions);
    }

    private (string, object?)[] Period(Instant from, Instant to) => [("tenant", tenant), ("from", from.ToUnixTimeTicks()), ("to", to.ToUnixTimeTicks())];

    // Check-in events per employee: distinct (source, employee) pairs per bucket, as points_report_check_ins counts them.
    private Task<IReadOnlyList<(long BucketTicks, int Count)>> ScanCheckInsAsync((string, object?)[] period, string checkInEventType, CancellationToken ct) =>
        ReadAsync(
            Command(
                $"""
                SELECT bucket, COUNT(*) FROM (
                    SELECT DISTINCT {LedgerSchema.BucketStart} AS bucket, source_id, employee_id FROM points_postings
                    WHERE {InPeriod} AND kind = 0 AND event_type = @type) AS s
                GROUP BY bucket
                """,
                [.. period, ("type", checkInEventType)]),
            r => (r.GetInt64(0), (int)r.GetInt64(1)),
            ct);

    // One pass over the period picks the redemptions and reversals (a few percent of the rows); the anti-join then
    // runs over that small set instead of scanning the period twice.
    private Task<IReadOnlyList<(string? ItemId, int Count, int Employees)>> RedemptionsAsync((string, object?)[] period, CancellationToken ct) =>
        ReadAsync(
            Command(
                $"""
                WITH spent AS MATERIALIZED (
                    SELECT id, kind, item_id, employee_id, related_posting_id FROM points_postings WHERE {InPeriod} AND kind IN (1, 2))
                SELECT item_id, COUNT(*), COUNT(DISTINCT employee_id) FROM spent
                WHERE kind = 1 AND id NOT IN (SELECT related_posting_id FROM spent WHERE kind = 2 AND related_posting_id IS NOT NULL)
                GROUP BY item_id
                """,
                period),
            r => (r.IsDBNull(0) ? null : r.GetString(0), (int)r.GetInt64(1), (int)r.GetInt64(2)),
            ct);

    /// <summary>Distinct employees with an award, and net earning per rule and category, over the period.</summary>
    protected virtual async Task<(int Active, IReadOnlyList<(string? RuleName, string Category, long Points, int Awards)> Rules)> ActiveAndRulesAsync(
        (string, object?)[] period, CancellationToken ct)
    {
        // DISTINCT in a subquery rather than COUNT(DISTINCT …), which sorts every row.
        var active = await ReadAsync(Command($"SELECT COUNT(*) FROM (SELECT DISTINCT employee_id FROM points_postings WHERE {InPeriod} AND kind = 0) AS e", period), r => r.GetInt64(0), ct).ConfigureAwait(false);
        var rules = await ReadAsync(
            Command(
                $"""
                SELECT rule_name, category, {PointsTotal}, SUM(CASE WHEN kind = 0 THEN 1 ELSE 0 END) FROM points_postings
                WHERE {InPeriod} AND (kind = 0 OR (kind = 2 AND rule_name IS NOT NULL)) GROUP BY rule_name, category
                """,
                period),
            r => (r.IsDBNull(0) ? null : r.GetString(0), r.GetString(1), PointsSum.FromTotal(r.GetDouble(2)), (int)r.GetInt64(3)),
            ct).ConfigureAwait(false);
        return ((int)active[0], rules);
    }

    public override Task<IReadOnlyList<(string EmployeeId, long Points)>> LeaderboardAsync(Instant from, Instant to, string? category, IReadOnlyCollection<string>? employees, int top, CancellationToken ct)
    {
        var sql = new StringBuilder(
            $"SELECT employee_id, SUM({LedgerSchema.EarnedExpression}) AS earned FROM points_postings WHERE tenant_id = @tenant AND occurred_at >= @from AND occurred_at < @to AND kind IN (0, 2, 4)");
        var args = new List<(string, object?)> { ("tenant", tenant), ("from", from.ToUnixTimeTicks()), ("to", to.ToUnixTimeTicks()) };
        if (category is not null)
        {
            sql.Append(" AND category = @category");
            args.Add(("category", category));
        }

        if (employees is not null)
        {
            sql.Append(" AND employee_id ").Append(InList("employees"));
            args.Add(("employees", ListValue(employees)));
        }

        sql.Append(" GROUP BY employee_id HAVING SUM(").Append(LedgerSchema.EarnedExpression).Append(") > 0 ORDER BY earned DESC, employee_id LIMIT @top");
        args.Add(("top", top));
        return ReadAsync(Command(sql.ToString(), [.. args]), r => (r.GetString(0), r.GetInt64(1)), ct);
    }

    public override Task<IReadOnlyList<Instant>> ActivityAsync(string employeeId, string eventType, Instant from, Instant to, CancellationToken ct) =>
        ReadAsync(
            Command(
                $"""
                WITH RECURSIVE {AccountPostings("a.employee_id = @employee")}
                SELECT MIN(occurred_at) FROM account_postings
                WHERE kind = 0 AND event_type = @type AND occurred_at >= @from AND occurred_at < @to
                GROUP BY source_id ORDER BY 1
                """,
                ("tenant", tenant), ("employee", employeeId), ("type", eventType), ("from", from.ToUnixTimeTicks()), ("to", to.ToUnixTimeTicks())),
            r => Instant.FromUnixTimeTicks(r.GetInt64(0)),
            ct);

    public override async Task<CatalogItem?> GetItemAsync(string id, CancellationToken ct) =>
        (await ReadAsync(Command($"SELECT {ItemColumns} FROM points_items WHERE tenant_id = @tenant AND id = @id" + ItemLockSuffix, ("tenant", tenant), ("id", id)), ReadItem, ct).ConfigureAwait(false)).FirstOrNull();

    public override async Task SaveItemAsync(CatalogItem item, CancellationToken ct)
    {
        var cmd = Command(
            $"""
            INSERT INTO points_items (tenant_id, {ItemColumns})
            VALUES (@tenant, @id, @name, @kind, @price, @stock, @limit, @category)
            ON CONFLICT (tenant_id, id) DO UPDATE SET name = excluded.name, kind = excluded.kind, price = excluded.price,
                stock = excluded.stock, per_employee_limit = excluded.per_employee_limit, category = excluded.category
            """,
            ("tenant", tenant), ("id", item.Id), ("name", item.Name), ("kind", (int)item.Kind), ("price", item.Price), ("stock", item.Stock), ("limit", item.PerEmployeeLimit), ("category", item.Category));
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public override Task<IReadOnlyList<CatalogItem>> ListItemsAsync(CancellationToken ct) =>
        ReadAsync(Command($"SELECT {ItemColumns} FROM points_items WHERE tenant_id = @tenant ORDER BY id", ("tenant", tenant)), ReadItem, ct);

    public override Task<IReadOnlyList<string>> ListEmployeesAsync(CancellationToken ct) =>
        ReadAsync(Command("SELECT DISTINCT employee_id FROM points_accounts WHERE tenant_id = @tenant ORDER BY employee_id", ("tenant", tenant)), r => r.GetString(0), ct);

    public override async Task CommitAsync(CancellationToken ct)
    {
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        accountIds.Publish(tenant, _newAccounts);
        reportMonths.Publish(tenant, _employeeMonths);
    }

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

    /// <summary>Metadata as stored: a JSON object of strings, or null.</summary>
    protected static string? MetadataText(Posting p) =>
        p.Metadata is null ? null : JsonSerializer.Serialize(p.Metadata.ToDictionary(), PointsJsonContext.Default.DictionaryStringString);

    private static CatalogItem ReadItem(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), (CatalogItemKind)r.GetInt32(2), r.GetInt64(3), r.IsDBNull(4) ? null : r.GetInt32(4), r.IsDBNull(5) ? null : r.GetInt32(5))
        {
            Category = r.GetString(6),
        };

    private static RedemptionHold ReadHold(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4), (HoldState)r.GetInt32(5), Instant.FromUnixTimeTicks(r.GetInt64(6)), Instant.FromUnixTimeTicks(r.GetInt64(7)))
        {
            SettledAt = r.IsDBNull(8) ? null : Instant.FromUnixTimeTicks(r.GetInt64(8)),
            RefundPostingId = r.IsDBNull(9) ? null : r.GetInt64(9),
            Reason = r.IsDBNull(10) ? null : r.GetString(10),
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
            Reason = r.IsDBNull(15) ? null : r.GetString(15),
            Metadata = r.IsDBNull(16) ? null : JsonSerializer.Deserialize(r.GetString(16), PointsJsonContext.Default.DictionaryStringString),
        };
}
