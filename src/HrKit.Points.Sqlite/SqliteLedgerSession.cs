using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using HrKit.Points.Ledger.Sql;
using HrKit.Points.Model;
using Microsoft.Data.Sqlite;

namespace HrKit.Points.Ledger.Sqlite;

/// <summary>
/// A SQLite transaction on the backend's one connection. Writers are already serialised by the backend's gate and the
/// IMMEDIATE transaction, so accounts need no further lock; the commands belong to the backend and outlive the session.
/// </summary>
internal sealed class SqliteLedgerSession(
    SqliteConnection connection,
    SqliteTransaction transaction,
    Dictionary<string, DbCommand> commands,
    SqliteRawStatements statements,
    string tenant,
    AccountIdCache accountIds,
    CommittedReportMonths reportMonths,
    SqliteLastPostings lastPostings,
    IDisposable gate)
    : SqlLedgerSession(connection, transaction, commands, tenant, accountIds, reportMonths)
{
    // The last posting this transaction wrote to each account it touched; published to lastPostings on commit.
    private readonly Dictionary<long, long> _lastWritten = [];

    // Postings are inserted by multi-row statements of these sizes (largest first): a statement execution costs far more
    // than a row, and a handful of fixed sizes keeps the number of prepared statements small.
    private static readonly int[] RowsPerStatement = [64, 16, 4, 1];

    private const int ColumnsPerRow = 20;

    protected override string PointsTotal => "TOTAL(points)";

    // One array of [employee, category] pairs: two arrays joined on their positions made SQLite compare every element
    // of one with every element of the other (a batch creating 1 000 accounts spent 25 ms there).
    protected override string AccountPairs =>
        "(SELECT value ->> 0 AS employee_id, value ->> 1 AS category FROM json_each(@pairs)) AS p";

    protected override (string Name, object? Value)[] AccountPairArgs(IReadOnlyList<(string EmployeeId, string Category)> pairs) =>
        [("pairs", Json(json =>
        {
            foreach (var (employee, category) in pairs)
            {
                json.WriteStartArray();
                json.WriteStringValue(employee);
                json.WriteStringValue(category);
                json.WriteEndArray();
            }
        }))];

    // Account rows are updated by multi-row statements of the same sizes as the inserts: UPDATE … FROM a VALUES list
    // loops over the list and finds each row by its rowid (EXPLAIN QUERY PLAN: "SCAN … VALUES CLAUSE", "SEARCH
    // points_accounts USING INTEGER PRIMARY KEY"), where one statement per account paid a statement execution per row
    // (1.0–1.1 ms against 1.3–1.4 ms for 1 000 accounts in a scratch measurement). OR ROLLBACK for the reason given
    // at the inserts: no statement journal. (UPDATE … FROM json_each scanned the accounts once per change instead.)
    private const int ColumnsPerChange = 5;

    private static readonly Dictionary<int, string> UpdateAccountSqlByRows = RowsPerStatement.ToDictionary(
        n => n,
        n => $"""
            UPDATE OR ROLLBACK points_accounts SET balance = {SaturatingSum("balance", "c.column2")}, earned = {SaturatingSum("earned", "c.column3")},
                expiry_watermark = CASE WHEN c.column4 IS NULL THEN expiry_watermark
                    WHEN expiry_watermark IS NULL OR c.column4 < expiry_watermark THEN c.column4 ELSE expiry_watermark END,
                last_posting_id = c.column5
            FROM (VALUES {string.Join(", ", Enumerable.Range(0, n).Select(r => "(" + string.Join(", ", Enumerable.Range((r * ColumnsPerChange) + 2, ColumnsPerChange).Select(Parameter)) + ")"))}) AS c
            WHERE points_accounts.id = c.column1 AND points_accounts.tenant_id = ?1
            """);

    // The id an AUTOINCREMENT insert would give next is one past the larger of the table's sequence and its largest id.
    private const string LastPostingIdSql =
        "SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'points_postings'), 0), COALESCE((SELECT MAX(id) FROM points_postings), 0))";

    private void ApplyChanges(IReadOnlyList<AccountChange> changes, Dictionary<long, long> lastPostingIds, CancellationToken ct)
    {
        var at = 0;
        foreach (var rows in RowsPerStatement)
        {
            while (changes.Count - at >= rows)
            {
                ct.ThrowIfCancellationRequested();
                var update = statements.Get(UpdateAccountSqlByRows[rows]);
                update.Bind(1, Tenant);
                for (var r = 0; r < rows; r++)
                {
                    var c = changes[at + r];
                    var a = (r * ColumnsPerChange) + 1;
                    update.Bind(a + 1, c.AccountId);
                    update.Bind(a + 2, c.Balance);
                    update.Bind(a + 3, c.Earned);
                    update.Bind(a + 4, c.Watermark?.ToUnixTimeTicks());
                    update.Bind(a + 5, lastPostingIds[c.AccountId]);
                }

                update.Execute();
                at += rows;
            }
        }
    }

    public override Task LockAccountsAsync(IReadOnlyList<string> employeeIds, CancellationToken ct) => Task.CompletedTask;

    // No RETURNING: SQLite runs RETURNING as a trigger, which makes every insert journal each page it touches to a
    // statement journal. Ids are given explicitly instead, counting on from the table's last id under the write lock,
    // so each posting's previous posting in its account is known before it is written: an earlier posting of the batch,
    // or else the account row's last posting, read by the insert itself.
    protected override Task<Posting[]> InsertRowsAsync(IReadOnlyList<Posting> postings, long[] accountIds, IReadOnlyList<AccountChange> changes, CancellationToken ct)
    {
        var first = checked(statements.Get(LastPostingIdSql).ExecuteInt64() + 1);
        var lastInBatch = new Dictionary<long, long>(changes.Count);
        var stored = new Posting[postings.Count];
        var at = 0;
        foreach (var rows in RowsPerStatement)
        {
            while (postings.Count - at >= rows)
            {
                ct.ThrowIfCancellationRequested();
                var insert = statements.Get(InsertSqlByRows[rows]);
                for (var r = 0; r < rows; r++)
                {
                    var p = postings[at + r];
                    var id = first + at + r;
                    var account = accountIds[at + r];
                    var a = r * ColumnsPerRow;
                    insert.Bind(a + 1, id);
                    insert.Bind(a + 2, Tenant);
                    insert.Bind(a + 3, account);
                    insert.Bind(a + 4, p.SourceId);
                    insert.Bind(a + 5, p.IdempotencyKey);
                    insert.Bind(a + 6, p.EmployeeId);
                    insert.Bind(a + 7, p.Category);
                    insert.Bind(a + 8, p.Points);
                    insert.Bind(a + 9, (long)p.Kind);
                    insert.Bind(a + 10, p.OccurredAt.ToUnixTimeTicks());
                    insert.Bind(a + 11, p.RecordedAt.ToUnixTimeTicks());
                    insert.Bind(a + 12, p.RuleName);
                    insert.Bind(a + 13, p.EventType);
                    insert.Bind(a + 14, p.ItemId);
                    insert.Bind(a + 15, p.RelatedPostingId);
                    insert.Bind(a + 16, p.ExpiresAt?.ToUnixTimeTicks());
                    insert.Bind(a + 17, p.CapKey);
                    insert.Bind(a + 18, p.Reason);
                    insert.Bind(a + 19, MetadataText(p));
                    insert.Bind(a + 20, PreviousPosting(account, lastInBatch));
                    lastInBatch[account] = id;
                    stored[at + r] = p with { Id = id };
                }

                insert.Execute();
                at += rows;
            }
        }

        ApplyChanges(changes, lastInBatch, ct);
        foreach (var (account, last) in lastInBatch)
        {
            _lastWritten[account] = last;
        }

        return Task.FromResult(stored);
    }

    // The posting before this one in its account: an earlier one of this statement's batch, else of this transaction,
    // else the committed last posting this connection knows; NULL lets the insert read the account row.
    private long? PreviousPosting(long account, Dictionary<long, long> lastInBatch) =>
        lastInBatch.TryGetValue(account, out var previous) || _lastWritten.TryGetValue(account, out previous) || lastPostings.TryGet(account, out previous)
            ? previous
            : null;

    public override async Task CommitAsync(CancellationToken ct)
    {
        try
        {
            await base.CommitAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            // Whether the commit took effect is not known: read the account rows again from now on.
            lastPostings.Clear();
            throw;
        }

        lastPostings.Publish(_lastWritten);
    }

    // Positional parameters ?1 … ?n, row after row; the last of a row is the previous posting within the batch, if any.
    // OR ROLLBACK: a statement that writes several rows and may fail a constraint half-way makes SQLite copy every page
    // it is about to change into a statement journal first, to undo just that statement (a temporary file once past
    // 64 KiB: strace counted ~280 page writes a batch there against ~105 WAL frames). A constraint failure here would
    // end the append anyway (the whole transaction is rolled back and the error thrown), so the statement need not be
    // undone on its own and SQLite keeps no statement journal for it. No key or id can collide under the write lock:
    // both are checked or counted on before the insert.
    private static readonly Dictionary<int, string> InsertSqlByRows = RowsPerStatement.ToDictionary(
        n => n,
        n => $"INSERT OR ROLLBACK INTO points_postings (id, {InsertColumns}, previous_posting_id) VALUES "
            + string.Join(", ", Enumerable.Range(0, n).Select(r => Row((r * ColumnsPerRow) + 1))));

    private static string Row(int first) =>
        "(" + string.Join(", ", Enumerable.Range(first, ColumnsPerRow - 1).Select(Parameter))
        + $", COALESCE({Parameter(first + ColumnsPerRow - 1)}, (SELECT last_posting_id FROM points_accounts WHERE id = {Parameter(first + 2)})))";

    private static string Parameter(int index) => "?" + index.ToString(CultureInfo.InvariantCulture);

    // Loops over the batch's keys and sources and probes the indexes once per element (CROSS JOIN fixes the order):
    // "IN (SELECT value FROM json_each(…))" first copied each list into a temporary index and then probed.
    protected override string RecordedSql =>
        """
        SELECT p.idempotency_key, NULL FROM json_each(@keys) AS k CROSS JOIN points_postings p
        WHERE p.tenant_id = @tenant AND p.idempotency_key = k.value
        UNION ALL
        SELECT DISTINCT p.source_id, p.employee_id FROM json_each(@sources) AS s CROSS JOIN points_postings p
        WHERE p.tenant_id = @tenant AND p.source_id = s.value
        """;

    // SQLite has no array parameters; json_each turns one JSON array parameter into rows, and the planner still
    // probes the column's index once per element.
    protected override string InList(string parameter) => $"IN (SELECT value FROM json_each(@{parameter}))";

    protected override object ListValue(IReadOnlyCollection<string> values) => Json(json =>
    {
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }
    });

    protected override string JsonRows(string parameter) => $"json_each(@{parameter})";

    // ->> gives SQL values of the JSON's types (integer, text) already.
    protected override string JsonField(int index, string type) => $"value ->> {index}";

    protected override ValueTask ReleaseAsync()
    {
        gate.Dispose();
        return ValueTask.CompletedTask;
    }
}
