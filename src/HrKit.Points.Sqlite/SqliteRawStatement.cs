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
/// <remarks>
/// A value already bound at a position is not bound again: SQLite keeps bindings across executions (a reset does not
/// clear them), and each bind is a native call through the connection's mutex that, over the 20 000 parameters of a
/// batch of 1 000 postings, cost about as much as executing the inserts (2.2–2.8 ms of 4.8–6.0 ms in a scratch
/// measurement, load ~20). A batch repeats most of them row after row: the tenant, the recording time, the kind, the
/// rule and event type, and the many NULL columns.
/// </remarks>
internal sealed class SqliteRawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;

    // What each 1-based position holds now, as far as this object knows: its kind and its integer or text value.
    private readonly Bound[] _kinds;
    private readonly long[] _integers;
    private readonly string?[] _texts;

    public SqliteRawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _stmt);
        SqliteException.ThrowExceptionForRC(rc, _db);
        var positions = raw.sqlite3_bind_parameter_count(_stmt) + 1;
        // Every parameter starts as NULL in a new statement.
        _kinds = new Bound[positions];
        Array.Fill(_kinds, Bound.Null);
        _integers = new long[positions];
        _texts = new string?[positions];
    }

    private enum Bound : byte
    {
        Unknown,
        Null,
        Integer,
        Text,
    }

    /// <summary>Binds a 64-bit integer to the 1-based <paramref name="index"/>.</summary>
    public void Bind(int index, long value)
    {
        if (_kinds[index] == Bound.Integer && _integers[index] == value)
        {
            return;
        }

        _kinds[index] = Bound.Unknown;
        Check(raw.sqlite3_bind_int64(_stmt, index, value));
        (_kinds[index], _integers[index]) = (Bound.Integer, value);
    }

    /// <summary>Binds an integer or NULL to the 1-based <paramref name="index"/>.</summary>
    public void Bind(int index, long? value)
    {
        if (value is { } v)
        {
            Bind(index, v);
        }
        else
        {
            BindNull(index);
        }
    }

    /// <summary>Binds a text or NULL to the 1-based <paramref name="index"/>.</summary>
    public void Bind(int index, string? value)
    {
        if (value is null)
        {
            BindNull(index);
            return;
        }

        if (_kinds[index] == Bound.Text && string.Equals(_texts[index], value, StringComparison.Ordinal))
        {
            return;
        }

        // SQLite copies the text (SQLITE_TRANSIENT), so the string kept here is only compared with.
        _kinds[index] = Bound.Unknown;
        Check(raw.sqlite3_bind_text(_stmt, index, value));
        (_kinds[index], _texts[index]) = (Bound.Text, value);
    }

    private void BindNull(int index)
    {
        if (_kinds[index] == Bound.Null)
        {
            return;
        }

        _kinds[index] = Bound.Unknown;
        Check(raw.sqlite3_bind_null(_stmt, index));
        (_kinds[index], _texts[index]) = (Bound.Null, null);
    }

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
