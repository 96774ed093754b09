using HrKit.Audit.Sql;
using NodaTime;

namespace HrKit.Audit.Sqlite;

/// <summary>
/// The embedded default <see cref="IAuditLog"/>: the hash chain in table <c>audit_log</c> of one SQLite file (it may
/// be the payroll store's file). Each append is one IMMEDIATE transaction, so appenders in other processes queue; the
/// table's triggers refuse UPDATE and DELETE, and <see cref="VerifyAsync"/> catches changes made around them.
/// Schema and limits: docs/audit.md.
/// </summary>
public sealed class SqliteAuditLog : IAuditLog, IAsyncDisposable
{
    private readonly SqlAuditLog _log;

    /// <summary>Opens (on <see cref="InitializeAsync"/>) or creates the log in the SQLite file at <paramref name="path"/>.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="clock">Stamps every entry.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public SqliteAuditLog(string path, IClock clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(clock);
        Path = path;
        _log = new SqlAuditLog(new SqliteAuditDialect(path), clock);
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken = default) => _log.InitializeAsync(cancellationToken);

    /// <inheritdoc />
    public Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default) => _log.AppendAsync(record, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<AuditEntry> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default) => _log.ReadAsync(query, cancellationToken);

    /// <inheritdoc />
    /// <exception cref="AuditLogException">The file cannot be read.</exception>
    public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default) => _log.VerifyAsync(cancellationToken);

    /// <summary>Releases the file's pooled connections.</summary>
    public ValueTask DisposeAsync() => _log.DisposeAsync();
}
