using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using HrKit.Points.Ledger.Sql;
using HrKit.Points.Model;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace HrKit.Points.Ledger.Sqlite;

/// <summary>
/// A SQLite transaction on the backend's one connection. Writers are already serialised by the backend's gate and the
/// IMMEDIATE transaction, so accounts need no further lock; the commands belong to the backend and outlive the session.
/// </summary>
internal sealed class SqliteLedgerSession(
    SqliteConnection connection, SqliteTransaction transaction, Dictionary<string, DbCommand> commands, SqliteRawStatements statements, string tenant, AccountIdCache accountIds, IDisposable gate)
    : SqlLedgerSession(connection, transaction, commands, tenant, accountIds)
{
    // Postings are inserted by multi-row statements of these sizes (largest first): a statement execution costs far more
    // than a row, and a handful of fixed sizes keeps the number of prepared statements small.
    private static readonly int[] RowsPerStatement = [64, 16, 4, 1];

    private const int ColumnsPerRow = 18;

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

    // One UPDATE by rowid per account, prepared once and bound by position: SQLite's UPDATE … FROM json_each scans the
    // account table once per change row, so on a ledger of many accounts one statement costs far more than these lookups.
    private static readonly string UpdateAccountSql =
        $"""
        UPDATE points_accounts SET balance = {SaturatingSum("balance", "?1")}, earned = {SaturatingSum("earned", "?2")},
            expiry_watermark = CASE WHEN ?3 IS NULL THEN expiry_watermark
                WHEN expiry_watermark IS NULL OR ?3 < expiry_watermark THEN ?3 ELSE expiry_watermark END
        WHERE id = ?4 AND tenant_id = ?5
        """;

    private void ApplyChanges(IReadOnlyList<AccountChange> changes, CancellationToken ct)
    {
        var update = statements.Get(UpdateAccountSql);
        foreach (var c in changes)
        {
            ct.ThrowIfCancellationRequested();
            update.Bind(1, c.Balance);
            update.Bind(2, c.Earned);
            update.Bind(3, c.Watermark?.ToUnixTimeTicks());
            update.Bind(4, c.AccountId);
            update.Bind(5, Tenant);
            update.Execute();
        }
    }

    public override Task LockAccountsAsync(IReadOnlyList<string> sortedEmployeeIds, CancellationToken ct) => Task.CompletedTask;

    // No RETURNING: SQLite runs RETURNING as a trigger, which makes every insert journal each page it touches to a
    // statement journal. Under the write lock the rows of one statement get consecutive ids ending at the last rowid.
    protected override Task<Posting[]> InsertRowsAsync(IReadOnlyList<Posting> postings, long[] accountIds, IReadOnlyList<AccountChange> changes, CancellationToken ct)
    {
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
                    var a = r * ColumnsPerRow;
                    insert.Bind(a + 1, Tenant);
                    insert.Bind(a + 2, accountIds[at + r]);
                    insert.Bind(a + 3, p.SourceId);
                    insert.Bind(a + 4, p.IdempotencyKey);
                    insert.Bind(a + 5, p.EmployeeId);
                    insert.Bind(a + 6, p.Category);
                    insert.Bind(a + 7, p.Points);
                    insert.Bind(a + 8, (long)p.Kind);
                    insert.Bind(a + 9, p.OccurredAt.ToUnixTimeTicks());
                    insert.Bind(a + 10, p.RecordedAt.ToUnixTimeTicks());
                    insert.Bind(a + 11, p.RuleName);
                    insert.Bind(a + 12, p.EventType);
                    insert.Bind(a + 13, p.ItemId);
                    insert.Bind(a + 14, p.RelatedPostingId);
                    insert.Bind(a + 15, p.ExpiresAt?.ToUnixTimeTicks());
                    insert.Bind(a + 16, p.CapKey);
                    insert.Bind(a + 17, p.Reason);
                    insert.Bind(a + 18, MetadataText(p));
                }

                insert.Execute();
                var last = raw.sqlite3_last_insert_rowid(connection.Handle);
                for (var r = 0; r < rows; r++)
                {
                    stored[at + r] = postings[at + r] with { Id = last - rows + 1 + r };
                }

                at += rows;
            }
        }

        ApplyChanges(changes, ct);
        return Task.FromResult(stored);
    }

    // Positional parameters ?1 … ?n, row after row.
    private static readonly Dictionary<int, string> InsertSqlByRows = RowsPerStatement.ToDictionary(
        n => n,
        n => $"INSERT INTO points_postings ({InsertColumns}) VALUES "
            + string.Join(", ", Enumerable.Range(0, n).Select(r => "(" + string.Join(", ", Enumerable.Range((r * ColumnsPerRow) + 1, ColumnsPerRow).Select(i => "?" + i.ToString(CultureInfo.InvariantCulture))) + ")")));

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
