using Microsoft.Data.Sqlite;

namespace HrKit.Points.Ledger.Sqlite;

/// <summary>The <see cref="SqliteRawStatement"/>s of one connection, prepared on first use and kept until it closes.</summary>
internal sealed class SqliteRawStatements(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteRawStatement> _statements = new(StringComparer.Ordinal);

    public SqliteRawStatement Get(string sql)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            statement = new SqliteRawStatement(connection, sql);
            _statements.Add(sql, statement);
        }

        return statement;
    }

    public void Dispose()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        _statements.Clear();
    }
}
