using HrKit.Payroll.Periods;
using HrKit.Payroll.Periods.Sql;
using Microsoft.Data.Sqlite;

namespace HrKit.Payroll.Sqlite;

/// <summary>
/// The embedded default <see cref="IPayrollPeriodStore"/>: one SQLite file holding every month's inputs, payslips and
/// year-to-date state (schema and upgrades: docs/payroll-periods.md#schema). Each run, close, reopen and retro is one
/// IMMEDIATE transaction under WAL with synchronous=FULL: after a crash or kill -9 it is there whole or not at all.
/// Writers in this process queue; other processes wait up to 10 s for the file.
/// </summary>
public sealed partial class SqlitePayrollPeriodStore : IPayrollPeriodStore
{
    private readonly SqlPeriodStore _store;

    /// <summary>Opens (on <see cref="InitializeAsync"/>) or creates the store file at <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public SqlitePayrollPeriodStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = path;
        _store = new SqlPeriodStore(new SqliteDialect(new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString()));
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    /// <exception cref="SqliteException">The file cannot be opened or created (missing folder, permissions, not a database).</exception>
    public Task InitializeAsync(CancellationToken cancellationToken = default) => _store.InitializeAsync(cancellationToken);
}
