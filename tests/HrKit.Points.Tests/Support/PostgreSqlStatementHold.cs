using System.Globalization;
using Npgsql;

namespace HrKit.Points.Tests.Support;

/// <summary>
/// Makes another session's INSERT or UPDATE of one table wait, for as long as this hold is taken, at the start of the
/// statement (inside its transaction), so that a kill test can SIGKILL the client while that very statement runs rather
/// than poll <c>pg_stat_activity</c> and hope to see a statement of a few milliseconds. A statement-level BEFORE trigger on
/// the table takes a shared advisory lock that <see cref="TakeAsync"/> holds exclusively; a table that does not exist yet
/// (one the code under test creates) gets the trigger from an event trigger when it is created, in the creating
/// transaction, so it goes away with that transaction when the client is killed.
/// </summary>
internal sealed class PostgreSqlStatementHold : IAsyncDisposable
{
    private static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(120);
    private readonly NpgsqlConnection _connection;
    private readonly string _schema;
    private readonly string _table;
    private readonly long _key;
    private bool _taken;

    private PostgreSqlStatementHold(NpgsqlConnection connection, string schema, string table, long key)
    {
        _connection = connection;
        _schema = schema;
        _table = table;
        _key = key;
    }

    /// <summary>Puts the trigger on <paramref name="table"/> of the connection's schema for <paramref name="statement"/> (INSERT or UPDATE); nothing waits until <see cref="TakeAsync"/>.</summary>
    public static async Task<PostgreSqlStatementHold> InstallAsync(string connectionString, string table, string statement)
    {
        if (statement is not ("INSERT" or "UPDATE"))
        {
            throw new ArgumentException("INSERT or UPDATE", nameof(statement));
        }

        // Pooling off: the advisory lock is the session's, and the session must end with this hold.
        var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        await connection.OpenAsync();
        string schema;
        await using (var current = new NpgsqlCommand("SELECT current_schema()", connection))
        {
            schema = (string)(await current.ExecuteScalarAsync())!;
        }

        var hold = new PostgreSqlStatementHold(connection, schema, table, Random.Shared.NextInt64(1, long.MaxValue));
        var key = hold._key.ToString(CultureInfo.InvariantCulture);
        await hold.ExecuteAsync($"""
            CREATE FUNCTION {schema}.{hold.Name}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_advisory_xact_lock_shared({key});
                RETURN NULL;
            END $$
            """);
        var createTrigger = $"CREATE TRIGGER {hold.Name} BEFORE {statement} ON {schema}.{table} FOR EACH STATEMENT EXECUTE FUNCTION {schema}.{hold.Name}()";
        await using var exists = new NpgsqlCommand($"SELECT to_regclass('{schema}.{table}') IS NOT NULL", connection);
        if ((bool)(await exists.ExecuteScalarAsync())!)
        {
            await hold.ExecuteAsync(createTrigger);
        }
        else
        {
            await hold.ExecuteAsync($"""
                CREATE FUNCTION {schema}.{hold.Name}_on_create() RETURNS event_trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM pg_event_trigger_ddl_commands() WHERE object_identity = '{schema}.{table}') THEN
                        EXECUTE '{createTrigger}';
                    END IF;
                END $$
                """);
            await hold.ExecuteAsync($"CREATE EVENT TRIGGER {hold.Name}_{schema} ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION {schema}.{hold.Name}_on_create()");
        }

        return hold;
    }

    private string Name => $"hrkit_hold_{_table}";

    /// <summary>From now on the next such statement waits; returns once no transaction that already passed the trigger is open.</summary>
    public async Task TakeAsync()
    {
        await ExecuteAsync($"SELECT pg_advisory_lock({_key.ToString(CultureInfo.InvariantCulture)})");
        _taken = true;
    }

    /// <summary>Lets the waiting statement go on.</summary>
    public async Task ReleaseAsync()
    {
        if (_taken)
        {
            await ExecuteAsync($"SELECT pg_advisory_unlock({_key.ToString(CultureInfo.InvariantCulture)})");
            _taken = false;
        }
    }

    /// <summary>Waits until the session named <paramref name="application"/> waits on this hold, and returns the statement it runs.</summary>
    public async Task<string> WaitForHeldStatementAsync(string application, CrashProbeRun probe)
    {
        await using var cmd = new NpgsqlCommand("SELECT query FROM pg_stat_activity WHERE application_name = $1 AND state = 'active' AND wait_event = 'advisory'", _connection);
        cmd.Parameters.Add(new NpgsqlParameter { Value = application });
        var deadline = DateTime.UtcNow + WaitTimeout;
        while (true)
        {
            if (await cmd.ExecuteScalarAsync() is string query)
            {
                return query;
            }

            Assert.False(probe.HasExited, $"the probe ended without reaching the held {_table} statement");
            Assert.True(DateTime.UtcNow < deadline, $"the probe did not reach the held {_table} statement in {WaitTimeout}");
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ReleaseAsync();
        await ExecuteAsync($"DROP EVENT TRIGGER IF EXISTS {Name}_{_schema}");
        await ExecuteAsync($"DROP FUNCTION IF EXISTS {_schema}.{Name}_on_create()");
        await ExecuteAsync($"DROP FUNCTION {_schema}.{Name}() CASCADE");
        await _connection.DisposeAsync();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, _connection);
        await cmd.ExecuteNonQueryAsync();
    }
}
