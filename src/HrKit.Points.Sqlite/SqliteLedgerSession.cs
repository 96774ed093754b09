using System.Buffers;
using System.Data.Common;
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
internal sealed class SqliteLedgerSession(SqliteConnection connection, SqliteTransaction transaction, Dictionary<string, DbCommand> commands, IDisposable gate)
    : SqlLedgerSession(connection, transaction, commands)
{
    // No RETURNING: SQLite runs RETURNING as a trigger, which makes every insert journal each page it touches to a
    // statement journal (about 15 KB of temp-file writes per posting). The connection's last rowid is the same id.
    private const string InsertSql =
        $"""
        INSERT INTO points_postings ({InsertColumns})
        VALUES (@source, @key, @employee, @category, @points, @kind, @occurred, @recorded, @rule, @type, @item, @related, @expires, @cap)
        """;

    protected override string PointsTotal => "TOTAL(points)";

    public override Task LockAccountsAsync(IReadOnlyList<string> sortedEmployeeIds, CancellationToken ct) => Task.CompletedTask;

    public override async Task<IReadOnlyList<Posting>> InsertManyAsync(IReadOnlyList<Posting> postings, CancellationToken ct)
    {
        var stored = new Posting[postings.Count];
        for (var i = 0; i < stored.Length; i++)
        {
            var p = postings[i];
            await Command(
                InsertSql,
                ("@source", p.SourceId), ("@key", p.IdempotencyKey), ("@employee", p.EmployeeId), ("@category", p.Category), ("@points", p.Points),
                ("@kind", (int)p.Kind), ("@occurred", p.OccurredAt.ToUnixTimeTicks()), ("@recorded", p.RecordedAt.ToUnixTimeTicks()), ("@rule", p.RuleName),
                ("@type", p.EventType), ("@item", p.ItemId), ("@related", p.RelatedPostingId), ("@expires", p.ExpiresAt?.ToUnixTimeTicks()), ("@cap", p.CapKey))
                .ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            stored[i] = p with { Id = raw.sqlite3_last_insert_rowid(connection.Handle) };
        }

        return stored;
    }

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
