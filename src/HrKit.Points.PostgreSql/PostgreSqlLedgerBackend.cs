using HrKit.Points.Ledger.Sql;
using Npgsql;

namespace HrKit.Points.Ledger.PostgreSql;

/// <summary>
/// PostgreSQL for servers: read-committed transactions serialised per account by a transaction-scoped advisory
/// lock and per item by SELECT … FOR UPDATE, so concurrent redemptions on one account cannot overdraw it, even
/// from several application servers. Every table has row-level security (forced, so it binds the tables' owner too):
/// a session sees and writes only the rows of the tenant in its <c>hrkit.tenant</c> setting, which each transaction
/// sets; a role named <c>hrkit_tenant_&lt;tenant&gt;</c> is held to that tenant whatever it sets.
/// </summary>
internal sealed class PostgreSqlLedgerBackend(string connectionString) : ILedgerBackend
{
    /// <summary>
    /// The row filter of every ledger table. Each part that does not depend on the row is a scalar subquery, which
    /// PostgreSQL evaluates once per statement (an InitPlan) instead of once per row checked: the setting's lookup and
    /// the role's name cost about 1 ms of an append's insert of 1 000 postings when written inline (pg_stat_statements,
    /// the two forms alternating, 2026-12-03). For a role named <c>hrkit_tenant_&lt;tenant&gt;</c> the second half
    /// compares the row's tenant with the rest of the role's name.
    /// </summary>
    public const string TenantCondition =
        "tenant_id = (SELECT current_setting('hrkit.tenant', true)) AND ((SELECT left(current_user, 13) <> 'hrkit_tenant_') OR tenant_id = (SELECT substr(current_user, 14)))";

    internal static readonly SchemaDialect Dialect = new(
        "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
        "OVERRIDING SYSTEM VALUE",
        [
            // An empty ledger's next id is 1, as on SQLite (is_called false); otherwise the one after the largest.
            "SELECT setval(pg_get_serial_sequence('points_postings', 'id'), COALESCE(m, 1), m IS NOT NULL) FROM (SELECT MAX(id) AS m FROM points_postings) AS last",
        ],
        e => $"GREATEST(LEAST(SUM({e}), 9223372036854775807), -9223372036854775808)::bigint",
        t => $"SELECT COUNT(*) FROM (SELECT to_regclass('{t}') AS r) AS t WHERE r IS NOT NULL",
        table =>
        [
            $"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            $"ALTER TABLE {table} FORCE ROW LEVEL SECURITY",
            CreateTenantPolicy(table),
        ],
        (table, bound) => [$"ALTER TABLE {table} {(bound ? "" : "NO ")}FORCE ROW LEVEL SECURITY"],
        // A batch updates up to 1 000 account rows. On full pages each update wrote a new row version elsewhere and a
        // new entry in both of the table's indexes (about 2 000 WAL records and 15 ms a batch in EXPLAIN ANALYZE); with
        // half of each page free the updates stay on the page without index entries (1 000 records, 6.5 ms).
        ["ALTER TABLE points_accounts SET (fillfactor = 50)"],
        // Floor to whole seconds first: integer division truncates towards zero, which is up for an instant before 1970.
        t => $"(EXTRACT(EPOCH FROM date_trunc('month', to_timestamp(({t} - ((({t} % 10000000) + 10000000) % 10000000)) / 10000000) AT TIME ZONE 'UTC'))::bigint * 10000000)",
        (table, columns) => Collate(table, columns, "C"));

    /// <summary>
    /// Statements that give the text <paramref name="columns"/> of a ledger table the <paramref name="collation"/>. A policy
    /// depends on tenant_id, whose type cannot change under it, so the table's policy is dropped and created again around
    /// the change.
    /// </summary>
    internal static string[] Collate(string table, string[] columns, string collation) =>
    [
        $"DROP POLICY {table}_tenant ON {table}",
        $"ALTER TABLE {table} {string.Join(", ", columns.Select(c => $"ALTER COLUMN {c} TYPE TEXT COLLATE \"{collation}\""))}",
        CreateTenantPolicy(table),
    ];

    private static string CreateTenantPolicy(string table) =>
        $"CREATE POLICY {table}_tenant ON {table} USING ({TenantCondition}) WITH CHECK ({TenantCondition})";

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);
    private readonly AccountIdCache _accountIds = new();
    private readonly CommittedReportMonths _reportMonths = new();

    public async Task InitializeAsync(CancellationToken ct)
    {
        using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        // Serialise schema creation and upgrades: concurrent CREATE TABLE can still collide in pg_type.
        using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        using (var cmd = new NpgsqlCommand("SELECT pg_advisory_xact_lock(7261)", connection, tx))
        {
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await LedgerSchema.MigrateAsync(connection, tx, Dialect, ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    public async Task<LedgerSession> BeginAsync(string tenant, CancellationToken ct)
    {
        var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        try
        {
            var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            var session = new PostgreSqlLedgerSession(connection, transaction, tenant, _accountIds, _reportMonths);
            await session.SetTenantAsync(ct).ConfigureAwait(false);
            return session;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
