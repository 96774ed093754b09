using HrKit.Points.Ledger;
using HrKit.Points.Tests.Support;
using NodaTime;
using NodaTime.Testing;
using Npgsql;

namespace HrKit.Points.Tests.Ledger;

/// <summary>
/// Issue 14: on PostgreSQL the tenant is enforced by the database, not only by the store's queries. A role that is not
/// the tables' owner, connected with raw SQL, reads and writes only the tenant in its <c>hrkit.tenant</c> setting; a
/// per-tenant role (<c>hrkit_tenant_…</c>) cannot even switch tenants.
/// </summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlTenantIsolationTests(PostgreSqlCluster cluster)
{
    private static int _roles;

    [Fact]
    public async Task RawSql_ApplicationRoleSetToTenantA_CannotReadOrWriteTenantB()
    {
        var (owner, schema) = await SeedTwoTenantsAsync();
        var app = await CreateRoleAsync(owner, schema, $"hrkit_app_{Interlocked.Increment(ref _roles)}");

        await using var a = await OpenAsync(app);
        Assert.Equal(0L, await ScalarAsync(a, "SELECT COUNT(*) FROM points_postings"));
        await ExecuteAsync(a, "SELECT set_config('hrkit.tenant', 'default', false)");

        Assert.Equal(1L, await ScalarAsync(a, "SELECT COUNT(*) FROM points_postings"));
        Assert.Equal(0L, await ScalarAsync(a, "SELECT COUNT(*) FROM points_postings WHERE tenant_id = 'beta'"));
        Assert.Equal(0L, await ScalarAsync(a, "SELECT COUNT(*) FROM points_accounts WHERE tenant_id = 'beta'"));
        Assert.Equal(0, await ExecuteAsync(a, "UPDATE points_accounts SET balance = 0 WHERE tenant_id = 'beta'"));
        Assert.Equal(0, await ExecuteAsync(a, "DELETE FROM points_postings WHERE tenant_id = 'beta'"));
        var insert = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(
            a,
            "INSERT INTO points_postings (tenant_id, account_id, source_id, idempotency_key, employee_id, category, points, kind, occurred_at, recorded_at) VALUES ('beta', 1, 'x', 'x', 'B1', 'general', 1000, 0, 0, 0)"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, insert.SqlState);

        // Beta's rows are untouched, seen through its own store.
        await using var beta = PostgreSqlPointsLedgerStore.Create(owner, new FakeClock(TestData.Monday9am), tenantId: "beta");
        Assert.Equal(9, (await beta.GetBalancesAsync("B1")).Single().Points);
    }

    [Fact]
    public async Task RawSql_PerTenantRole_CannotSwitchToAnotherTenant()
    {
        var (owner, schema) = await SeedTwoTenantsAsync();
        var tenantRole = await CreateRoleAsync(owner, schema, "hrkit_tenant_default");

        await using var c = await OpenAsync(tenantRole);
        await ExecuteAsync(c, "SELECT set_config('hrkit.tenant', 'default', false)");
        var own = (await ScalarAsync(c, "SELECT COUNT(*) FROM points_postings"), await ScalarAsync(c, "SELECT SUM(balance)::bigint FROM points_accounts"));
        await ExecuteAsync(c, "SELECT set_config('hrkit.tenant', 'beta', false)");

        Assert.Equal((1L, 10L), own);
        Assert.Equal(0L, await ScalarAsync(c, "SELECT COUNT(*) FROM points_postings"));
        Assert.Equal(0L, await ScalarAsync(c, "SELECT COUNT(*) FROM points_accounts"));
    }

    [Fact]
    public async Task Store_RunAsNonOwnerRole_WorksUnderRowLevelSecurity()
    {
        var (owner, schema) = await SeedTwoTenantsAsync();
        var app = await CreateRoleAsync(owner, schema, $"hrkit_app_{Interlocked.Increment(ref _roles)}");

        await using var store = PostgreSqlPointsLedgerStore.Create(app, new FakeClock(TestData.Monday9am));
        await store.InitializeAsync();
        await store.AppendAsync([TestData.Award("e2", "A1", 3)]);

        Assert.Equal(13, (await store.GetBalancesAsync("A1")).Single().Points);
        Assert.Empty(await store.GetBalancesAsync("B1"));
        Assert.Equal(9, (await store.ForTenant("beta").GetBalancesAsync("B1")).Single().Points);
    }

    [Fact]
    public async Task RawSql_ApplicationRoleSetToTenantA_CannotReadOrSpendTenantBsRuleBudget()
    {
        var (owner, schema) = await SeedTwoTenantsAsync();
        var period = new PostingBudget(Instant.FromUtc(2025, 6, 1, 16, 0), Instant.FromUtc(2025, 6, 2, 16, 0), 10);
        await using (var seed = PostgreSqlPointsLedgerStore.Create(owner, new FakeClock(TestData.Monday9am), tenantId: "beta"))
        {
            await seed.AppendAsync([TestData.Award("s1", "B1", 4) with { RuleName = "Share", Budget = period }]);
        }

        var app = await CreateRoleAsync(owner, schema, $"hrkit_app_{Interlocked.Increment(ref _roles)}");
        await using var a = await OpenAsync(app);
        await ExecuteAsync(a, "SELECT set_config('hrkit.tenant', 'default', false)");

        Assert.Equal(0L, await ScalarAsync(a, "SELECT COUNT(*) FROM points_rule_budgets"));
        Assert.Equal(0, await ExecuteAsync(a, "UPDATE points_rule_budgets SET awarded = 10 WHERE tenant_id = 'beta'"));
        var insert = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(a, "INSERT INTO points_rule_budgets (tenant_id, rule_name, period_start, period_end, awarded) VALUES ('beta', 'Share', 0, 1, 10)"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, insert.SqlState);

        // Beta still has 6 of its 10 left.
        await using var beta = PostgreSqlPointsLedgerStore.Create(owner, new FakeClock(TestData.Monday9am), tenantId: "beta");
        Assert.Equal([6L], (await beta.AppendAsync([TestData.Award("s2", "B2", 9) with { RuleName = "Share", Budget = period }])).Posted.Select(p => p.Points));
    }

    [Fact]
    public async Task RawSql_ApplicationRoleSetToTenantA_CannotReadOrWriteTenantBsReportSummaries()
    {
        var (owner, schema) = await SeedTwoTenantsAsync();
        var app = await CreateRoleAsync(owner, schema, $"hrkit_app_{Interlocked.Increment(ref _roles)}");
        await using var a = await OpenAsync(app);
        await ExecuteAsync(a, "SELECT set_config('hrkit.tenant', 'default', false)");

        // Each tenant's one award left one row in each award summary; tenant A sees only its own.
        foreach (var table in new[] { "points_report_rules", "points_report_check_ins", "points_report_employees" })
        {
            Assert.Equal((table, 1L), (table, await ScalarAsync(a, $"SELECT COUNT(*) FROM {table}")));
            Assert.Equal((table, 0), (table, await ExecuteAsync(a, $"DELETE FROM {table} WHERE tenant_id = 'beta'")));
        }

        var insert = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(a, "INSERT INTO points_report_rules (tenant_id, bucket_start, rule_name, category, points, awards) VALUES ('beta', 0, 'r', 'general', 1, 1)"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, insert.SqlState);
    }

    // Tenant "default" holds A1 with 10 points, tenant "beta" B1 with 9, written by the owner through the stores.
    private async Task<(string Owner, string Schema)> SeedTwoTenantsAsync()
    {
        var owner = cluster.NewSchema();
        await using var store = PostgreSqlPointsLedgerStore.Create(owner, new FakeClock(TestData.Monday9am));
        await store.AppendAsync([TestData.Award("e1", "A1", 10)]);
        await store.ForTenant("beta").AppendAsync([TestData.Award("e1", "B1", 9)]);
        return (owner, new NpgsqlConnectionStringBuilder(owner).SearchPath!);
    }

    // A login role that does not own the tables, with the rights an application needs.
    private static async Task<string> CreateRoleAsync(string owner, string schema, string role)
    {
        await using var c = await OpenAsync(owner);
        await ExecuteAsync(c, $"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN CREATE ROLE {role} LOGIN; END IF; END $$");
        await ExecuteAsync(c, $"GRANT USAGE ON SCHEMA {schema} TO {role}");
        await ExecuteAsync(c, $"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {role}");
        await ExecuteAsync(c, $"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {role}");
        return new NpgsqlConnectionStringBuilder(owner) { Username = role }.ConnectionString;
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync();
        return c;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection c, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, c);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection c, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, c);
        return await cmd.ExecuteNonQueryAsync();
    }
}
