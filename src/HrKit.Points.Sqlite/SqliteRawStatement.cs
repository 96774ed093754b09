using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace HrKit.Points.Ledger.Sqlite;

/// <summary>
/// A statement prepared on the connection's native handle and bound by position. Microsoft.Data.Sqlite binds every
/// parameter by name, and SQLite finds a name by a linear search of the statement's parameters, so a multi-row insert
/// with n parameters spent n²/2 string comparisons per execution (a profile put that at a third of a batched append);
/// binding by position costs nothing. Used only on the append path; the statement runs inside whatever transaction
/// the connection has open.
/// </summary>
internal sealed class SqliteRawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;

    public SqliteRawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _stmt);
        SqliteException.ThrowExceptionForRC(rc, _db);
    }

    /// <summary>Binds a 64-bit integer to the 1-based <paramref name="index"/>.</summary>
    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_stmt, index, value));

    /// <summary>Binds an integer or NULL to the 1-based <paramref name="index"/>.</summary>
    public void Bind(int index, long? value) => Check(value is { } v ? raw.sqlite3_bind_int64(_stmt, index, v) : raw.sqlite3_bind_null(_stmt, index));

    /// <summary>Binds a text or NULL to the 1-based <paramref name="index"/>.</summary>
    public void Bind(int index, string? value) => Check(value is null ? raw.sqlite3_bind_null(_stmt, index) : raw.sqlite3_bind_text(_stmt, index, value));

    /// <summary>Runs the statement to completion and resets it for the next execution.</summary>
    /// <exception cref="SqliteException">SQLite reported an error (a constraint, a full disk, an I/O error).</exception>
    public void Execute()
    {
        var rc = raw.sqlite3_step(_stmt);
        try
        {
            if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
            {
                SqliteException.ThrowExceptionForRC(rc, _db);
            }
        }
        finally
        {
            // Reset in any case (after the error message was read) so the statement holds no position in the database.
            raw.sqlite3_reset(_stmt);
        }
    }

    /// <summary>Runs a statement returning one integer and returns it (0 for NULL or no row), then resets it.</summary>
    /// <exception cref="SqliteException">SQLite reported an error.</exception>
    public long ExecuteInt64()
    {
        var rc = raw.sqlite3_step(_stmt);
        try
        {
            if (rc == raw.SQLITE_ROW)
            {
                return raw.sqlite3_column_int64(_stmt, 0);
            }

            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, _db);
            }

            return 0;
        }
        finally
        {
            raw.sqlite3_reset(_stmt);
        }
    }

    public void Dispose() => _stmt.Dispose();

    private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, _db);
}
