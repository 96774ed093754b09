using System.Data.Common;
using HrKit.Localization;

namespace HrKit.Audit.Sql;

/// <summary>What differs between the SQL databases an audit log is kept in; the chain logic is <see cref="SqlAuditLog"/>'s.</summary>
internal abstract class AuditSqlDialect : IAsyncDisposable
{
    /// <summary>The database named in error messages, e.g. <c>SQLite file 'audit.db'</c> (<c>SQLite 文件“audit.db”</c>).</summary>
    public abstract LocalMessage Describe { get; }

    /// <summary>Statements that create the table, its indexes and the triggers refusing UPDATE and DELETE; idempotent.</summary>
    public abstract IReadOnlyList<string> SchemaStatements { get; }

    public abstract Task<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>Begins the append transaction holding the lock that serialises appenders (across processes too).</summary>
    public abstract Task<DbTransaction> BeginAppendAsync(DbConnection connection, CancellationToken ct);

    public abstract ValueTask DisposeAsync();
}
