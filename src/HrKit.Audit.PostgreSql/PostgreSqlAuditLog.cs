using HrKit.Audit.Sql;
using Npgsql;
using NodaTime;

namespace HrKit.Audit.PostgreSql;

/// <summary>
/// The server <see cref="IAuditLog"/>: the hash chain in table <c>audit_log</c> of a PostgreSQL database (the schema
/// on the connection's search path), shared by every application server. Appends lock the table for their transaction
/// so the chain stays linear; a trigger refuses UPDATE and DELETE, and <see cref="VerifyAsync"/> catches changes made
/// around it. Schema and limits: docs/audit.md.
/// </summary>
public sealed class PostgreSqlAuditLog : IAuditLog, IAsyncDisposable
{
    private readonly SqlAuditLog _log;

    /// <summary>Creates the log over <paramref name="connectionString"/> (opened on first use).</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="clock">Stamps every entry.</param>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is empty or malformed.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public PostgreSqlAuditLog(string connectionString, IClock clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(clock);
        _log = new SqlAuditLog(new PostgreSqlAuditDialect(NpgsqlDataSource.Create(connectionString)), clock);
    }

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken = default) => _log.InitializeAsync(cancellationToken);

    /// <inheritdoc />
    public Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default) => _log.AppendAsync(record, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<AuditEntry> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default) => _log.ReadAsync(query, cancellationToken);

    /// <inheritdoc />
    /// <exception cref="AuditLogException">The database cannot be read.</exception>
    public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default) => _log.VerifyAsync(cancellationToken);

    /// <summary>Closes the data source's connections.</summary>
    public ValueTask DisposeAsync() => _log.DisposeAsync();
}
