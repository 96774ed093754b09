using System.Data.Common;
using HrKit.Points.Ledger.Sql;
using HrKit.Points.Model;
using NodaTime;
using Npgsql;

namespace HrKit.Points.Ledger.PostgreSql;

/// <summary>
/// A PostgreSQL transaction on a pooled connection. A batch costs a fixed number of round trips whatever its size:
/// one statement locks all its accounts, one reads what the ledger already holds, one draws the postings' ids, one
/// inserts every posting and updates every account row it touched from array parameters. The lock, the ids and the
/// insert are prepared, which PostgreSQL keeps per physical connection across the pool.
/// </summary>
internal sealed class PostgreSqlLedgerSession(NpgsqlConnection connection, NpgsqlTransaction transaction, string tenant, AccountIdCache accountIds, CommittedReportMonths reportMonths)
    : SqlLedgerSession(connection, transaction, new Dictionary<string, DbCommand>(StringComparer.Ordinal), tenant, accountIds, reportMonths)
{
    // Locks are taken in the order of their 64-bit keys, not of the employee ids, so two sessions cannot deadlock
    // even when two employee ids hash to the same key. The ORDER BY subquery is not flattened, so the locks are
    // acquired in that order. 7261 seeds the hash so these keys stay apart from other applications' advisory locks.
    private const string LockSql =
        """
        SELECT count(pg_advisory_xact_lock(k))
        FROM (SELECT DISTINCT hashtextextended(e, 7261) AS k FROM unnest(@employees::text[]) AS e ORDER BY k) AS account_locks
        """;

    // The batch's ids, drawn from the table's identity sequence in request order before the rows are written, so that
    // each posting's previous posting in its account is known (an earlier posting of the batch) and each account's
    // new last posting.
    // OFFSET 0 keeps the sequence's name looked up once: PostgreSQL otherwise pulls the subquery up into the select list
    // and calls pg_get_serial_sequence (a catalog search) beside every nextval, which took 3.6–4.6 ms of server time
    // for 1 000 ids instead of ~1.5 ms (pg_stat_statements in the benchmark; EXPLAIN VERBOSE shows the pulled-up call).
    // The ids come back as one array (sorted by the caller) rather than as 1 000 rows.
    private const string NextIdsSql =
        "SELECT array_agg(nextval(q.s)) FROM (SELECT pg_get_serial_sequence('points_postings', 'id')::regclass AS s OFFSET 0) AS q CROSS JOIN generate_series(1, @count)";

    // One statement (one round trip) writes the postings and every account row the batch touched, from array
    // parameters; the UPDATE in the WITH clause runs to completion although nothing reads it (about 7 % faster than
    // two statements). A posting whose account has no earlier posting in the batch follows the account row's last
    // posting: every part of one statement reads the same snapshot, so the subquery sees the row as it was before
    // "changed" moves it (the accounts are locked by LockAccountsAsync before the statement starts). The subquery is
    // one primary-key probe per such posting whatever the plan; a join was planned, once the statement was prepared,
    // as a nested loop over the accounts that cost 190 ms a batch. The arrays are unnested in a select list, where
    // PostgreSQL steps through them together and yields rows in request order as it goes; "FROM unnest(a, b, …)" first
    // copies each array's elements into a tuplestore of its own, which cost 1.5–2 ms of a batch's 12–16 ms of server
    // time (pg_stat_statements, the two forms alternating, 2026-12-03).
    private static readonly string InsertManySql =
        $"""
        WITH changed AS (
            UPDATE points_accounts SET
                balance = {SaturatingSum("points_accounts.balance", "c.balance")},
                earned = {SaturatingSum("points_accounts.earned", "c.earned")},
                expiry_watermark = CASE WHEN c.watermark IS NULL THEN points_accounts.expiry_watermark
                    WHEN points_accounts.expiry_watermark IS NULL OR c.watermark < points_accounts.expiry_watermark THEN c.watermark
                    ELSE points_accounts.expiry_watermark END,
                last_posting_id = c.last_posting_id
            FROM (SELECT unnest(@change_id::bigint[]) AS id, unnest(@change_balance::bigint[]) AS balance, unnest(@change_earned::bigint[]) AS earned,
                unnest(@change_watermark::bigint[]) AS watermark, unnest(@change_last::bigint[]) AS last_posting_id) AS c
            WHERE points_accounts.id = c.id AND points_accounts.tenant_id = @tenant)
        INSERT INTO points_postings (id, {InsertColumns}, previous_posting_id) OVERRIDING SYSTEM VALUE
        SELECT id, @tenant, account_id, {LedgerSchema.PostingColumns},
            COALESCE(previous_in_batch, (SELECT a.last_posting_id FROM points_accounts a WHERE a.id = batch.account_id AND a.tenant_id = @tenant))
        FROM (SELECT unnest(@id::bigint[]) AS id,
            unnest(@account::bigint[]) AS account_id,
            unnest(@source::text[]) AS source_id,
            unnest(@key::text[]) AS idempotency_key,
            unnest(@employee::text[]) AS employee_id,
            unnest(@category::text[]) AS category,
            unnest(@points::bigint[]) AS points,
            unnest(@kind::integer[]) AS kind,
            unnest(@occurred::bigint[]) AS occurred_at,
            unnest(@recorded::bigint[]) AS recorded_at,
            unnest(@rule::text[]) AS rule_name,
            unnest(@type::text[]) AS event_type,
            unnest(@item::text[]) AS item_id,
            unnest(@related::bigint[]) AS related_posting_id,
            unnest(@expires::bigint[]) AS expires_at,
            unnest(@cap::text[]) AS cap_key,
            unnest(@reason::text[]) AS reason,
            unnest(@metadata::text[]) AS metadata,
            unnest(@previous::bigint[]) AS previous_in_batch
            OFFSET 0) AS batch
        """;

    // One index probe per key and per source, whatever the statistics say: with "= ANY(array)" a table grown since its
    // last ANALYZE was read through the tenant's time index and every row compared with every element of the array,
    // which grew with the table (22 ms for a batch of 1 000 at 160 k postings). OFFSET 0 keeps each LATERAL subquery
    // a parameterised scan instead of letting the planner flatten it into a join it may hash. The arrays are unnested in
    // a select list for the reason given at InsertManySql.
    protected override string RecordedSql =>
        """
        SELECT p.idempotency_key, NULL FROM (SELECT unnest(@keys::text[]) AS key) AS k
            CROSS JOIN LATERAL (SELECT idempotency_key FROM points_postings WHERE tenant_id = @tenant AND idempotency_key = k.key OFFSET 0) AS p
        UNION ALL
        SELECT DISTINCT p.source_id, p.employee_id FROM (SELECT unnest(@sources::text[]) AS id) AS s
            CROSS JOIN LATERAL (SELECT source_id, employee_id FROM points_postings WHERE tenant_id = @tenant AND source_id = s.id OFFSET 0) AS p
        """;

    // The identity sequence's last value, not MAX(id). Under row-level security MAX(id) is the tenant's largest id, and
    // the plan PostgreSQL prepares for it depends on the statistics: with one large tenant it walks the primary key back
    // from its end with the policy as a filter (EXPLAIN, 240 000 postings), so a small tenant beside a busy one would
    // pay at every append for all the busy one's postings since its own last. The sequence is at or past every id ever
    // drawn, so it is still an upper bound on the number of postings, and it is one read whatever the table holds.
    // pg_sequence_last_value needs USAGE on the sequence, which appending needs anyway; it is null before the first id
    // is drawn.
    protected override string MaxPostingIdSql =>
        "SELECT COALESCE(pg_sequence_last_value(pg_get_serial_sequence('points_postings', 'id')::regclass), 0)";

    protected override string ItemLockSuffix => " FOR UPDATE";

    protected override string JsonRows(string parameter) => $"json_array_elements(@{parameter}::json)";

    protected override string JsonField(int index, string type) => $"(value ->> {index})::{type}";

    protected override string AccountPairs => "unnest(@employees::text[], @categories::text[]) AS p(employee_id, category)";

    protected override (string Name, object? Value)[] AccountPairArgs(IReadOnlyList<(string EmployeeId, string Category)> pairs) =>
        [("employees", pairs.Select(p => p.EmployeeId).ToArray()), ("categories", pairs.Select(p => p.Category).ToArray())];

    // The report hashes every employee of the period (100 000 in the 10 M-posting measurement): within the default
    // 4 MB of work_mem PostgreSQL sorted 9.8 M rows on disk for that instead (10.5 s of a 15.8 s report; 5.0 s with
    // 64 MB). JIT compilation took another 0.3 s and gains nothing on a scan this simple. Both settings end with the
    // report's transaction.
    public override async Task<ReportTotals> ReportTotalsAsync(Instant from, Instant to, string checkInEventType, CancellationToken ct)
    {
        await Command($"SELECT set_config('work_mem', '{ReportWorkMemory}', true), set_config('jit', 'off', true)").ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        return await base.ReportTotalsAsync(from, to, checkInEventType, ct).ConfigureAwait(false);
    }

    /// <summary>The memory each sort or hash of a report may use before spilling to disk (PostgreSQL's <c>work_mem</c>).</summary>
    internal const string ReportWorkMemory = "64MB";

    // One scan for both: grouping sets hash the period's rows by rule and category and by employee in the same pass.
    protected override async Task<(int Active, IReadOnlyList<(string? RuleName, string Category, long Points, int Awards)> Rules)> ActiveAndRulesAsync(
        (string, object?)[] period, CancellationToken ct)
    {
        var rows = await ReadAsync(
            Command(
                $"""
                SELECT GROUPING(employee_id), rule_name, category, SUM(points) FILTER (WHERE kind = 0 OR rule_name IS NOT NULL)::float8,
                    COUNT(*) FILTER (WHERE kind = 0)
                FROM points_postings WHERE {InPeriod} AND kind IN (0, 2)
                GROUP BY GROUPING SETS ((rule_name, category), (employee_id))
                """,
                period),
            r => (ByRule: r.GetInt32(0) == 1, Rule: r.IsDBNull(1) ? null : r.GetString(1), Category: r.IsDBNull(2) ? null : r.GetString(2),
                Points: r.IsDBNull(3) ? (double?)null : r.GetDouble(3), Awards: r.GetInt64(4)),
            ct).ConfigureAwait(false);
        var active = rows.Count(r => !r.ByRule && r.Awards > 0);
        var rules = rows
            .Where(r => r.ByRule && r.Points is not null)
            .Select(r => (r.Rule, r.Category!, PointsSum.FromTotal(r.Points!.Value), (int)r.Awards))
            .ToList();
        return (active, rules);
    }

    /// <summary>Sets the transaction's tenant, which the tables' row-level security policies compare every row with.</summary>
    public async Task SetTenantAsync(CancellationToken ct)
    {
        var cmd = Command("SELECT set_config('hrkit.tenant', @tenant, true)", ("tenant", Tenant));
        await PrepareAsync(cmd, ct).ConfigureAwait(false);
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    protected override string PointsTotal => "SUM(points)::float8";

    protected override string InList(string parameter) => $"= ANY(@{parameter}::text[])";

    protected override object ListValue(IReadOnlyCollection<string> values) => values.ToArray();

    // Only statements whose plan cannot depend on the table's size are prepared: a generic plan for the lookup by
    // key made while the table was small would keep scanning it sequentially as it grows, until the next ANALYZE.
    // Preparing a statement the physical connection already knows is recognised by Npgsql and costs no round trip.
    protected override Task PrepareAsync(DbCommand command, CancellationToken ct) =>
        command is NpgsqlCommand { IsPrepared: true } ? Task.CompletedTask : command.PrepareAsync(ct);

    public override async Task LockAccountsAsync(IReadOnlyList<string> employeeIds, CancellationToken ct)
    {
        var cmd = Command(LockSql, ("employees", employeeIds.ToArray()));
        await PrepareAsync(cmd, ct).ConfigureAwait(false);
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    protected override async Task<Posting[]> InsertRowsAsync(IReadOnlyList<Posting> postings, long[] accountIds, IReadOnlyList<AccountChange> changes, CancellationToken ct)
    {
        var n = postings.Count;
        var (source, key, employee, category, rule, type, item, cap) = (new string[n], new string[n], new string[n], new string[n], new string?[n], new string?[n], new string?[n], new string?[n]);
        var (points, occurred, recorded) = (new long[n], new long[n], new long[n]);
        var (related, expires, kind) = (new long?[n], new long?[n], new int[n]);
        var (reason, metadata) = (new string?[n], new string?[n]);
        for (var i = 0; i < n; i++)
        {
            var p = postings[i];
            (source[i], key[i], employee[i], category[i], rule[i], type[i], item[i], cap[i]) = (p.SourceId, p.IdempotencyKey, p.EmployeeId, p.Category, p.RuleName, p.EventType, p.ItemId, p.CapKey);
            (points[i], occurred[i], recorded[i]) = (p.Points, p.OccurredAt.ToUnixTimeTicks(), p.RecordedAt.ToUnixTimeTicks());
            (related[i], expires[i], kind[i]) = (p.RelatedPostingId, p.ExpiresAt?.ToUnixTimeTicks(), (int)p.Kind);
            (reason[i], metadata[i]) = (p.Reason, MetadataText(p));
        }

        var ids = new long[n];
        var next = Command(NextIdsSql, ("count", n));
        await PrepareAsync(next, ct).ConfigureAwait(false);
        var drawn = (await ReadAsync(next, r => r.GetFieldValue<long[]>(0), ct).ConfigureAwait(false))[0];
        Array.Sort(drawn);
        var previous = new long?[n];
        var last = new Dictionary<long, long>(changes.Count);
        for (var i = 0; i < n; i++)
        {
            ids[i] = drawn[i];
            previous[i] = last.TryGetValue(accountIds[i], out var before) ? before : (long?)null;
            last[accountIds[i]] = ids[i];
        }

        var cmd = Command(
            InsertManySql,
            ("tenant", Tenant), ("id", ids), ("account", accountIds), ("source", source), ("key", key), ("employee", employee), ("category", category), ("points", points), ("kind", kind),
            ("occurred", occurred), ("recorded", recorded), ("rule", rule), ("type", type), ("item", item), ("related", related), ("expires", expires), ("cap", cap), ("reason", reason),
            ("metadata", metadata), ("previous", previous),
            ("change_id", changes.Select(c => c.AccountId).ToArray()), ("change_balance", changes.Select(c => c.Balance).ToArray()),
            ("change_earned", changes.Select(c => c.Earned).ToArray()), ("change_watermark", changes.Select(c => c.Watermark?.ToUnixTimeTicks()).ToArray()),
            ("change_last", changes.Select(c => last[c.AccountId]).ToArray()));
        await PrepareAsync(cmd, ct).ConfigureAwait(false);
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        var stored = new Posting[n];
        for (var i = 0; i < n; i++)
        {
            stored[i] = postings[i] with { Id = ids[i] };
        }

        return stored;
    }

    protected override async ValueTask ReleaseAsync()
    {
        foreach (var command in Commands)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        await connection.DisposeAsync().ConfigureAwait(false);
    }
}
