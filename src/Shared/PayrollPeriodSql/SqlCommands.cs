using System.Data.Common;

namespace HrKit.Payroll.Periods.Sql;

/// <summary>Commands of one connection, prepared once per SQL text and reused with new parameter values.</summary>
internal sealed class SqlCommands(DbConnection connection, DbTransaction? transaction) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    public DbCommand Get(string sql, params (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = transaction;
            foreach (var (name, _) in parameters)
            {
                var p = command.CreateParameter();
                p.ParameterName = name;
                command.Parameters.Add(p);
            }

            _commands[sql] = command;
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        }

        return command;
    }

    public async Task<int> ExecuteAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        await Get(sql, parameters).ExecuteNonQueryAsync(ct).ConfigureAwait(false);

    public async Task<long> ScalarAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        Convert.ToInt64(await Get(sql, parameters).ExecuteScalarAsync(ct).ConfigureAwait(false) ?? 0L, System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        _commands.Clear();
    }
}
