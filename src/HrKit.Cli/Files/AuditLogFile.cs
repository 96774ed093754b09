using HrKit.Audit;
using HrKit.Audit.Sqlite;
using NodaTime;

namespace HrKit.Cli.Files;

/// <summary>
/// The audit log a command records into (<c>--audit-db</c>), or none. Always an object to dispose, so a command can
/// `await using` it whether or not the option was given.
/// </summary>
internal sealed class AuditLogFile : IAsyncDisposable
{
    private readonly SqliteAuditLog? _log;

    private AuditLogFile(SqliteAuditLog? log) => _log = log;

    /// <summary>The opened log, or null when no <c>--audit-db</c> was given.</summary>
    public IAuditLog? Log => _log;

    /// <summary>Opens (creating it on first use) the SQLite audit log at <paramref name="path"/>; no log when it is null.</summary>
    /// <exception cref="Errors.CliDataException">The file cannot be written.</exception>
    public static async Task<AuditLogFile> OpenAsync(string? path, string option, IClock clock, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return new AuditLogFile(null);
        }

        LedgerPath.EnsureWritable(path, option, CliStrings.Get("Noun.AuditLog"), "hrkit-audit.db");
        var log = new SqliteAuditLog(path, clock);
        try
        {
            await log.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return new AuditLogFile(log);
        }
        catch
        {
            await log.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public ValueTask DisposeAsync() => _log?.DisposeAsync() ?? ValueTask.CompletedTask;
}
