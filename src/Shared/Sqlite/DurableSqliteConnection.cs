using Microsoft.Data.Sqlite;

namespace HrKit.Sqlite;

/// <summary>
/// Opens a SQLite connection the way every HrKit store needs it: a 10 s busy timeout, so a second process waits for the
/// writer instead of failing with SQLITE_BUSY, and <c>synchronous=FULL</c>, so a committed transaction survives power
/// loss in WAL mode. Linked into each SQLite package so the settings cannot drift apart.
/// </summary>
internal static class DurableSqliteConnection
{
    private const string Pragmas = "PRAGMA busy_timeout=10000; PRAGMA synchronous=FULL";

    /// <summary>Opens and configures a connection; the connection is disposed again if either step fails.</summary>
    public static async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var pragma = connection.CreateCommand();
            pragma.CommandText = Pragmas;
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
