using HrKit.Sqlite;
using Microsoft.Data.Sqlite;

namespace HrKit.Integration.Sqlite;

/// <summary>
/// One SQLite file behind a small store: connections opened with a busy timeout and full sync, and the store's
/// <c>CREATE TABLE IF NOT EXISTS</c> schema run once per process before the first statement.
/// </summary>
internal sealed class SqliteSchemaFile : IDisposable
{
    private readonly string _connectionString;
    private readonly string _schema;
    private readonly SemaphoreSlim _created = new(1, 1);
    private bool _isCreated;

    /// <param name="connectionString">A file path (<c>hrkit.db</c>) or a full connection string (<c>Data Source=hrkit.db</c>).</param>
    /// <param name="schema">Idempotent DDL run before the first use.</param>
    public SqliteSchemaFile(string connectionString, string schema)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        _connectionString = connectionString.Contains('=', StringComparison.Ordinal) ? connectionString : $"Data Source={connectionString}";
        _schema = schema;
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await DurableSqliteConnection.OpenAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        try
        {
            await EnsureCreatedAsync(connection, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Releases this file's pooled connections so the file can be moved or deleted.</summary>
    public void Dispose()
    {
        _created.Dispose();
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private async Task EnsureCreatedAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _isCreated))
        {
            return;
        }

        await _created.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_isCreated)
            {
                using var create = connection.CreateCommand();
                create.CommandText = _schema;
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _isCreated, true);
            }
        }
        finally
        {
            _created.Release();
        }
    }
}
