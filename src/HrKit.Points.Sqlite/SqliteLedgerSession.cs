using System.Buffers;
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
internal sealed class SqliteLedgerSession(SqliteConnection connection, SqliteTransaction transaction, Dictionary<string, DbCommand> commands, string tenant, AccountIdCache accountIds, IDisposable gate)
    : SqlLedgerSession(connection, transaction, commands, tenant, accountIds)
{
    // Postings are inserted by multi-row statements of these sizes (largest first): a statement execution costs far more
    // than a row, and a handful of fixed sizes keeps the number of prepared statements small.
    private static readonly int[] RowsPerStatement = [64, 16, 4, 1];

    private const int ColumnsPerRow = 18;

    protected override string PointsTotal => "TOTAL(points)";

    protected override string AccountPairs =>
        "(SELECT e.value AS employee_id, g.value AS category FROM json_each(@employees) AS e JOIN json_each(@categories) AS g ON g.key = e.key) AS p";

    protected override string ChangeRows =>
        "(SELECT value ->> 0 AS id, value ->> 1 AS balance, value ->> 2 AS earned, value ->> 3 AS watermark FROM json_each(@changes)) AS c";

    // One prepared UPDATE by rowid per account: SQLite's UPDATE … FROM json_each scans the account table once per
    // change row, so on a ledger of many accounts the single statement costs far more than these lookups.
    protected override async Task ApplyChangesAsync(IReadOnlyList<AccountChange> changes, CancellationToken ct)
    {
        foreach (var c in changes)
        {
            await Command(
                $"""
                UPDATE points_accounts SET balance = {SaturatingSum("balance", "@balance")}, earned = {SaturatingSum("earned", "@earned")},
                    expiry_watermark = CASE WHEN @watermark IS NULL THEN expiry_watermark
                        WHEN expiry_watermark IS NULL OR @watermark < expiry_watermark THEN @watermark ELSE expiry_watermark END
                WHERE id = @id AND tenant_id = @tenant
                """,
                ("balance", c.Balance), ("earned", c.Earned), ("watermark", c.Watermark?.ToUnixTimeTicks()), ("id", c.AccountId), ("tenant", Tenant))
                .ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    public override Task LockAccountsAsync(IReadOnlyList<string> sortedEmployeeIds, CancellationToken ct) => Task.CompletedTask;

    protected override (string Name, object? Value)[] ChangeArgs(IReadOnlyList<AccountChange> changes)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var c in changes)
            {
                json.WriteStartArray();
                json.WriteNumberValue(c.AccountId);
                json.WriteNumberValue(c.Balance);
                json.WriteNumberValue(c.Earned);
                if (c.Watermark is { } w)
                {
                    json.WriteNumberValue(w.ToUnixTimeTicks());
                }
                else
                {
                    json.WriteNullValue();
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return [("changes", Encoding.UTF8.GetString(buffer.WrittenSpan))];
    }

    // No RETURNING: SQLite runs RETURNING as a trigger, which makes every insert journal each page it touches to a
    // statement journal. Under the write lock the rows of one statement get consecutive ids ending at the last rowid.
    protected override async Task<Posting[]> InsertRowsAsync(IReadOnlyList<Posting> postings, long[] accountIds, CancellationToken ct)
    {
        var stored = new Posting[postings.Count];
        var at = 0;
        foreach (var rows in RowsPerStatement)
        {
            while (postings.Count - at >= rows)
            {
                var args = new (string, object?)[rows * ColumnsPerRow];
                for (var r = 0; r < rows; r++)
                {
                    var p = postings[at + r];
                    var a = r * ColumnsPerRow;
                    (args[a], args[a + 1], args[a + 2], args[a + 3], args[a + 4], args[a + 5]) =
                        (Arg(a, Tenant), Arg(a + 1, accountIds[at + r]), Arg(a + 2, p.SourceId), Arg(a + 3, p.IdempotencyKey), Arg(a + 4, p.EmployeeId), Arg(a + 5, p.Category));
                    (args[a + 6], args[a + 7], args[a + 8], args[a + 9], args[a + 10], args[a + 11]) =
                        (Arg(a + 6, p.Points), Arg(a + 7, (int)p.Kind), Arg(a + 8, p.OccurredAt.ToUnixTimeTicks()), Arg(a + 9, p.RecordedAt.ToUnixTimeTicks()), Arg(a + 10, p.RuleName), Arg(a + 11, p.EventType));
                    (args[a + 12], args[a + 13], args[a + 14], args[a + 15], args[a + 16], args[a + 17]) =
                        (Arg(a + 12, p.ItemId), Arg(a + 13, p.RelatedPostingId), Arg(a + 14, p.ExpiresAt?.ToUnixTimeTicks()), Arg(a + 15, p.CapKey), Arg(a + 16, p.Reason), Arg(a + 17, MetadataText(p)));
                }

                await Command(InsertSql(rows), args).ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                var last = raw.sqlite3_last_insert_rowid(connection.Handle);
                for (var r = 0; r < rows; r++)
                {
                    stored[at + r] = postings[at + r] with { Id = last - rows + 1 + r };
                }

                at += rows;
            }
        }

        return stored;
    }

    private static readonly string[] ParameterNames = Enumerable.Range(0, 64 * ColumnsPerRow).Select(i => "@p" + i.ToString(CultureInfo.InvariantCulture)).ToArray();

    private static (string, object?) Arg(int index, object? value) => (ParameterNames[index], value);

    private static readonly Dictionary<int, string> InsertSqlByRows = RowsPerStatement.ToDictionary(
        n => n,
        n => $"INSERT INTO points_postings ({InsertColumns}) VALUES "
            + string.Join(", ", Enumerable.Range(0, n).Select(r => "(" + string.Join(", ", Enumerable.Range(r * ColumnsPerRow, ColumnsPerRow).Select(i => ParameterNames[i])) + ")")));

    private static string InsertSql(int rows) => InsertSqlByRows[rows];

    // SQLite has no array parameters; json_each turns one JSON array parameter into rows, and the planner still
    // probes the column's index once per element.
    protected override string InList(string parameter) => $"IN (SELECT value FROM json_each(@{parameter}))";

    protected override object ListValue(IReadOnlyCollection<string> values)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var value in values)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    protected override ValueTask ReleaseAsync()
    {
        gate.Dispose();
        return ValueTask.CompletedTask;
    }
}
