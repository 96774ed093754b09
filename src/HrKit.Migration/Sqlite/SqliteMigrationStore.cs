using System.Runtime.CompilerServices;
using HrKit.Migration.Journal;
using HrKit.Migration.Records;
using HrKit.Migration.Roster;
using HrKit.Sqlite;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace HrKit.Migration.Sqlite;

/// <summary>
/// The roster and the migration journal in one SQLite file (tables <c>roster</c> and <c>migration_batch</c>), WAL and
/// synchronous=FULL, each <see cref="SaveAsync"/> one IMMEDIATE transaction. Personal data is stored as given: encrypt
/// the disk or the file system it lives on (docs/security.md).
/// </summary>
public sealed class SqliteMigrationStore : IMigrationStore
{
    private const string RosterColumns = "employee_id, name, department, national_id, bank_account, phone, hire_date, termination_date, jurisdiction, city";
    private readonly string _connectionString;

    /// <summary>Opens (on <see cref="InitializeAsync"/>) or creates the store at <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public SqliteMigrationStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    /// <exception cref="SqliteException">The file cannot be opened or created.</exception>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecAsync(c, null, """
            PRAGMA journal_mode=WAL;
            CREATE TABLE IF NOT EXISTS roster (company_id TEXT NOT NULL, employee_id TEXT NOT NULL, name TEXT NOT NULL, department TEXT,
                national_id TEXT, bank_account TEXT, phone TEXT, hire_date TEXT, termination_date TEXT, jurisdiction TEXT, city TEXT,
                PRIMARY KEY (company_id, employee_id));
            CREATE TABLE IF NOT EXISTS migration_batch (batch_id TEXT PRIMARY KEY, company_id TEXT NOT NULL, actor TEXT NOT NULL,
                at_ticks INTEGER NOT NULL, status INTEGER NOT NULL, items TEXT NOT NULL);
            """, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<RosterRecord?> FindEmployeeAsync(string companyId, string employeeId, CancellationToken cancellationToken = default)
    {
        using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var cmd = Command(c, null, $"SELECT {RosterColumns} FROM roster WHERE company_id = $c AND employee_id = $e", ("$c", companyId), ("$e", employeeId));
        using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await r.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadRoster(r) : null;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<RosterRecord> ReadRosterAsync(string companyId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var cmd = Command(c, null, $"SELECT {RosterColumns} FROM roster WHERE company_id = $c ORDER BY employee_id", ("$c", companyId));
        using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return ReadRoster(r);
        }
    }

    /// <inheritdoc />
    public async Task<MigrationBatch?> FindBatchAsync(string batchId, CancellationToken cancellationToken = default)
    {
        using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var cmd = Command(c, null, "SELECT batch_id, company_id, actor, at_ticks, status, items FROM migration_batch WHERE batch_id = $b", ("$b", batchId));
        using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await r.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new MigrationBatch(r.GetString(0), r.GetString(1), r.GetString(2), Instant.FromUnixTimeTicks(r.GetInt64(3)), (MigrationBatchStatus)r.GetInt32(4), JournalJson.Items(r.GetString(5)))
            : null;
    }

    /// <inheritdoc />
    public async Task SaveAsync(string companyId, IReadOnlyList<RosterRecord> upserts, IReadOnlyList<string> deletes, MigrationBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upserts);
        ArgumentNullException.ThrowIfNull(deletes);
        ArgumentNullException.ThrowIfNull(batch);
        using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var tx = c.BeginTransaction(deferred: false);
        foreach (var r in upserts)
        {
            using var cmd = Command(c, tx, $"INSERT OR REPLACE INTO roster (company_id, {RosterColumns}) VALUES ($c, $e, $n, $d, $ni, $b, $p, $h, $t, $j, $ci)",
                ("$c", companyId), ("$e", r.EmployeeId), ("$n", r.Name), ("$d", r.Department), ("$ni", r.NationalId), ("$b", r.BankAccount), ("$p", r.Phone),
                ("$h", r.HireDate?.ToString("yyyy-MM-dd", null)), ("$t", r.TerminationDate?.ToString("yyyy-MM-dd", null)), ("$j", r.Jurisdiction), ("$ci", r.City));
            await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var id in deletes)
        {
            using var cmd = Command(c, tx, "DELETE FROM roster WHERE company_id = $c AND employee_id = $e", ("$c", companyId), ("$e", id));
            await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        using (var cmd = Command(c, tx, "INSERT OR REPLACE INTO migration_batch (batch_id, company_id, actor, at_ticks, status, items) VALUES ($b, $c, $a, $at, $s, $i)",
            ("$b", batch.BatchId), ("$c", batch.CompanyId), ("$a", batch.Actor), ("$at", batch.At.ToUnixTimeTicks()), ("$s", (int)batch.Status), ("$i", JournalJson.Items(batch.Items))))
        {
            await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Releases the file's pooled connections.</summary>
    public ValueTask DisposeAsync()
    {
        using var c = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(c);
        return ValueTask.CompletedTask;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken ct) => DurableSqliteConnection.OpenAsync(_connectionString, ct);

    private static async Task ExecAsync(SqliteConnection c, SqliteTransaction? tx, string sql, CancellationToken ct)
    {
        using var cmd = Command(c, tx, sql);
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static SqliteCommand Command(SqliteConnection c, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
#pragma warning disable CA2100 // Constant SQL; values go in parameters.
        var cmd = new SqliteCommand(sql, c, tx);
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return cmd;
    }

    private static RosterRecord ReadRoster(SqliteDataReader r) => new(r.GetString(0), r.GetString(1))
    {
        Department = Opt(r, 2),
        NationalId = Opt(r, 3),
        BankAccount = Opt(r, 4),
        Phone = Opt(r, 5),
        HireDate = Opt(r, 6) is { } h ? NodaTime.Text.LocalDatePattern.Iso.Parse(h).Value : null,
        TerminationDate = Opt(r, 7) is { } t ? NodaTime.Text.LocalDatePattern.Iso.Parse(t).Value : null,
        Jurisdiction = Opt(r, 8),
        City = Opt(r, 9),
    };

    private static string? Opt(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
