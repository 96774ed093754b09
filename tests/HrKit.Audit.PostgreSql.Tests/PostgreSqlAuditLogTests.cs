using HrKit.Audit.Sqlite.Tests.Behaviour;
using HrKit.Points.Tests.Support;
using Npgsql;

namespace HrKit.Audit.PostgreSql.Tests;

/// <summary>The audit behaviour suite on a throwaway PostgreSQL 15 cluster, one schema per test.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlAuditLogTests(PostgreSqlCluster cluster) : AuditLogBehaviour, IAsyncLifetime
{
    private readonly List<PostgreSqlAuditLog> _logs = [];
    private string? _connectionString;

    protected override string DropAppendOnlyGuardSql => "ALTER TABLE audit_log DISABLE TRIGGER USER";

    protected override async Task<IAuditLog> CreateLogAsync()
    {
        _connectionString ??= cluster.NewSchema();
        var log = new PostgreSqlAuditLog(_connectionString, Clock);
        _logs.Add(log);
        await log.InitializeAsync();
        return log;
    }

    protected override async Task ExecuteAsync(string sql)
    {
        await using var c = new NpgsqlConnection(_connectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        await cmd.ExecuteNonQueryAsync();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var log in _logs)
        {
            await log.DisposeAsync();
        }
    }
}
