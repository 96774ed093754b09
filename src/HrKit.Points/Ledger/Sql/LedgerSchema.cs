using HrKit.Points.Localization;
using System.Data.Common;

namespace HrKit.Points.Ledger.Sql;

/// <summary>
/// Table definitions and the versioned upgrade, shared by SQLite and PostgreSQL; instants are Unix ticks (100 ns) in a
/// 64-bit integer on both. Version 1 (before tenants) had postings keyed by text account columns and balances computed
/// by summing; version 2 adds the tenant to every row and unique key, integer account keys with a balance row per
/// account, holds, and reasons and metadata on postings. An upgrade copies the version 1 tables into new ones in one
/// transaction, under the tenant <see cref="LedgerTenant.Default"/>, keeping every posting id. Version 3 adds the rule
/// budget rows (<c>points_rule_budgets</c>: points a rule awarded in a period across a tenant's employees). Version 4
/// chains each account's postings instead of indexing them by account: a posting holds the id of the account's previous
/// posting (<c>previous_posting_id</c>) and the account row the id of its last (<c>last_posting_id</c>), so an append
/// writes no index keyed by account (see <see cref="UpgradeToChains"/>). Each version's step runs once, in order, in the
/// same transaction. Version 5 adds the report summaries (<c>points_report_*</c>, see <see cref="UpgradeToReportSummaries"/>),
/// back-filled from the postings. Version 6 makes every identifier column compare byte by byte on PostgreSQL, as text
/// always did on SQLite (see <see cref="UpgradeToBytewiseText"/>).
/// </summary>
internal static partial class LedgerSchema
{
    public const int Version = 6;

    /// <summary>
    /// The posting columns a session reads and writes, after <c>id</c>, <c>tenant_id</c> and <c>account_id</c>
    /// (<c>previous_posting_id</c>, which only the append path writes, is not among them).
    /// </summary>
    public const string PostingColumns =
        "source_id, idempotency_key, employee_id, category, points, kind, occurred_at, recorded_at, rule_name, event_type, item_id, related_posting_id, expires_at, cap_key, reason, metadata";

    /// <summary>Points a posting adds to lifetime earnings, as SQL (see <see cref="AccountChange.EarnedBy"/>).</summary>
    public const string EarnedExpression = "CASE WHEN (kind IN (0, 4) AND points > 0) OR (kind = 2 AND points < 0) THEN points ELSE 0 END";

    private const string V1Columns =
        "source_id, idempotency_key, employee_id, category, points, kind, occurred_at, recorded_at, rule_name, event_type, item_id, related_posting_id, expires_at, cap_key";

    /// <summary>Brings the database to <see cref="Version"/>; call inside one transaction that nothing else can enter.</summary>
    /// <exception cref="PointsLedgerException">The database was written by a newer schema version.</exception>
    public static async Task MigrateAsync(DbConnection connection, DbTransaction transaction, SchemaDialect dialect, CancellationToken ct)
    {
        // Checked before creating: a role without CREATE on the schema (the usual application role) may open an up-to-date ledger.
        if (!await ExistsAsync(connection, transaction, dialect, "points_schema_version", ct).ConfigureAwait(false))
        {
            await ExecuteAsync(connection, transaction, "CREATE TABLE points_schema_version (version INTEGER NOT NULL)", ct).ConfigureAwait(false);
        }

        var version = Convert.ToInt32(await ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM points_schema_version", ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        if (version > Version)
        {
            throw new PointsLedgerException(
                PointsLedgerError.SchemaTooNew,
                PointsText.Of("Ledger.SchemaTooNew", version, Version));
        }

        if (version == Version)
        {
            return;
        }

        var legacy = version < 2 && await ExistsAsync(connection, transaction, dialect, "points_postings", ct).ConfigureAwait(false);
        var steps = (version < 2 ? Upgrade(dialect, legacy) : [])
            .Concat(version < 3 ? UpgradeToBudgets(dialect) : [])
            .Concat(version < 4 ? UpgradeToChains(dialect) : [])
            .Concat(version < 5 ? UpgradeToReportSummaries(dialect) : [])
            .Concat(UpgradeToBytewiseText(dialect));
        foreach (var statement in steps.Append($"INSERT INTO points_schema_version (version) VALUES ({Version})"))
        {
            await ExecuteAsync(connection, transaction, statement, ct).ConfigureAwait(false);
        }
    }

    // Version 3: one row per rule, tenant and period of a budget, found by the award's time for a reversal.
    private static IEnumerable<string> UpgradeToBudgets(SchemaDialect d)
    {
        yield return """
            CREATE TABLE points_rule_budgets (
                tenant_id TEXT NOT NULL,
                rule_name TEXT NOT NULL,
                period_start BIGINT NOT NULL,
                period_end BIGINT NOT NULL,
                awarded BIGINT NOT NULL DEFAULT 0,
                PRIMARY KEY (tenant_id, rule_name, period_start, period_end))
            """;
        foreach (var statement in d.TenantPolicy("points_rule_budgets"))
        {
            yield return statement;
        }
    }

    /// <summary>
    /// Version 4: each account's postings form a chain from the account row's <c>last_posting_id</c> back through each
    /// posting's <c>previous_posting_id</c>, and the index <c>ix_points_postings_account</c> on (account_id, id) is
    /// dropped. A batch of 1 000 postings for 1 000 accounts dirtied about 1 000 leaf pages of that index, each written
    /// as a WAL frame (SQLite) or index tuple with its WAL record (PostgreSQL) at every commit; the chain is written in
    /// the posting row and in the account row the batch updates anyway. Per-account reads walk the chain by primary key.
    /// Existing postings are chained here, in SQL, while the old index can still answer "the account's previous posting";
    /// a fresh ledger takes the same path with no rows.
    /// </summary>
    private static IEnumerable<string> UpgradeToChains(SchemaDialect d)
    {
        yield return "ALTER TABLE points_postings ADD COLUMN previous_posting_id BIGINT NULL";
        yield return "ALTER TABLE points_accounts ADD COLUMN last_posting_id BIGINT NULL";
        // Every tenant's rows are rewritten: PostgreSQL's forced row-level security would otherwise hide them from the owner.
        foreach (var statement in d.OwnerBoundByTenantPolicy("points_postings", false).Concat(d.OwnerBoundByTenantPolicy("points_accounts", false)))
        {
            yield return statement;
        }

        // One sorted pass (a window over each account's postings) rather than an index probe per posting: the probe's
        // cost grew faster than the ledger (1 M postings 61 s, 5 M 517 s on PostgreSQL) as the rewritten rows piled up
        // beside the old ones in the index it probed. A first posting keeps NULL.
        yield return """
            UPDATE points_postings SET previous_posting_id = chained.previous_id
            FROM (SELECT id, LAG(id) OVER (PARTITION BY account_id ORDER BY id) AS previous_id FROM points_postings) AS chained
            WHERE chained.id = points_postings.id AND chained.previous_id IS NOT NULL
            """;
        yield return "UPDATE points_accounts SET last_posting_id = (SELECT MAX(p.id) FROM points_postings p WHERE p.account_id = points_accounts.id)";
        foreach (var statement in d.OwnerBoundByTenantPolicy("points_postings", true).Concat(d.OwnerBoundByTenantPolicy("points_accounts", true)))
        {
            yield return statement;
        }

        yield return "DROP INDEX ix_points_postings_account";
        foreach (var statement in d.RoomForAccountUpdates)
        {
            yield return statement;
        }
    }

    private static IEnumerable<string> Upgrade(SchemaDialect d, bool legacy)
    {
        // New tables are created under temporary names and renamed at the end, so a fresh database and an upgraded one
        // take the same path, and constraint names of the old tables cannot collide with the new ones.
        yield return $"""
            CREATE TABLE points_accounts (
                id {d.IdColumn},
                tenant_id TEXT NOT NULL,
                employee_id TEXT NOT NULL,
                category TEXT NOT NULL,
                balance BIGINT NOT NULL DEFAULT 0,
                earned BIGINT NOT NULL DEFAULT 0,
                expiry_watermark BIGINT NULL,
                UNIQUE (tenant_id, employee_id, category))
            """;
        yield return $"""
            CREATE TABLE points_postings_v2 (
                id {d.IdColumn},
                tenant_id TEXT NOT NULL,
                account_id BIGINT NOT NULL,
                source_id TEXT NOT NULL,
                idempotency_key TEXT NOT NULL,
                employee_id TEXT NOT NULL,
                category TEXT NOT NULL,
                points BIGINT NOT NULL,
                kind INTEGER NOT NULL,
                occurred_at BIGINT NOT NULL,
                recorded_at BIGINT NOT NULL,
                rule_name TEXT NULL,
                event_type TEXT NULL,
                item_id TEXT NULL,
                related_posting_id BIGINT NULL,
                expires_at BIGINT NULL,
                cap_key TEXT NULL,
                reason TEXT NULL,
                metadata TEXT NULL,
                UNIQUE (tenant_id, idempotency_key))
            """;
        yield return """
            CREATE TABLE points_items_v2 (
                tenant_id TEXT NOT NULL,
                id TEXT NOT NULL,
                name TEXT NOT NULL,
                kind INTEGER NOT NULL,
                price BIGINT NOT NULL,
                stock INTEGER NULL,
                per_employee_limit INTEGER NULL,
                category TEXT NOT NULL,
                PRIMARY KEY (tenant_id, id))
            """;
        yield return """
            CREATE TABLE points_holds (
                tenant_id TEXT NOT NULL,
                request_id TEXT NOT NULL,
                posting_id BIGINT NOT NULL,
                employee_id TEXT NOT NULL,
                item_id TEXT NOT NULL,
                points BIGINT NOT NULL,
                state INTEGER NOT NULL,
                held_at BIGINT NOT NULL,
                expires_at BIGINT NOT NULL,
                settled_at BIGINT NULL,
                refund_posting_id BIGINT NULL,
                reason TEXT NULL,
                PRIMARY KEY (tenant_id, request_id))
            """;
        if (legacy)
        {
            var tenant = $"'{LedgerTenant.Default}'";
            yield return $"""
                INSERT INTO points_accounts (tenant_id, employee_id, category, balance, earned, expiry_watermark)
                SELECT {tenant}, employee_id, category, {d.ClampedSum("points")}, {d.ClampedSum(EarnedExpression)},
                    MIN(CASE WHEN points > 0 THEN expires_at END)
                FROM points_postings GROUP BY employee_id, category ORDER BY employee_id, category
                """;
            yield return $"""
                INSERT INTO points_postings_v2 (id, tenant_id, account_id, {V1Columns}) {d.OverrideIdentity}
                SELECT p.id, {tenant}, a.id, {string.Join(", ", V1Columns.Split(", ").Select(c => "p." + c))}
                FROM points_postings p JOIN points_accounts a ON a.tenant_id = {tenant} AND a.employee_id = p.employee_id AND a.category = p.category
                ORDER BY p.id
                """;
            yield return $"""
                INSERT INTO points_items_v2 (tenant_id, id, name, kind, price, stock, per_employee_limit, category)
                SELECT {tenant}, id, name, kind, price, stock, per_employee_limit, category FROM points_items
                """;
            yield return "DROP TABLE points_postings";
            yield return "DROP TABLE points_items";
        }

        yield return "ALTER TABLE points_postings_v2 RENAME TO points_postings";
        yield return "ALTER TABLE points_items_v2 RENAME TO points_items";
        foreach (var statement in d.AfterCopy)
        {
            yield return statement;
        }

        // Postings are found by account (integer), by source and by time; no text index on employee ids is needed.
        yield return "CREATE INDEX ix_points_postings_account ON points_postings (account_id, id)";
        yield return "CREATE INDEX ix_points_postings_source ON points_postings (tenant_id, source_id)";
        yield return "CREATE INDEX ix_points_postings_occurred ON points_postings (tenant_id, occurred_at)";
        yield return "CREATE INDEX ix_points_holds_due ON points_holds (tenant_id, state, expires_at)";
        foreach (var table in new[] { "points_accounts", "points_postings", "points_items", "points_holds" })
        {
            foreach (var statement in d.TenantPolicy(table))
            {
                yield return statement;
            }
        }
    }

    private static async Task<bool> ExistsAsync(DbConnection connection, DbTransaction transaction, SchemaDialect dialect, string table, CancellationToken ct) =>
        Convert.ToInt64(await ScalarAsync(connection, transaction, dialect.CountTable(table), ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) > 0;

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken ct)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken ct)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        return await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false);
    }
}
