using System.Data.Common;
using NodaTime;

namespace HrKit.Points.Tests.Support;

/// <summary>
/// A ledger as HrKit.Points wrote it before issue 14 (schema version 1: no tenant, no account table, no version table),
/// made with the DDL of that version copied verbatim from src/HrKit.Points/Ledger/Sql/LedgerSchema.cs at commit fa87604,
/// and rows as that code inserted them (ids 1 to 4 in this order).
/// </summary>
internal static class LegacyLedger
{
    public static readonly Instant At = TestData.Monday9am;

    public static async Task CreateAsync(DbConnection connection, string idColumn)
    {
        foreach (var statement in Schema(idColumn))
        {
            await ExecuteAsync(connection, statement);
        }

        var t = At.ToUnixTimeTicks();
        var expires = (At + Duration.FromDays(30)).ToUnixTimeTicks();
        await ExecuteAsync(
            connection,
            $"""
            INSERT INTO points_postings (source_id, idempotency_key, employee_id, category, points, kind, occurred_at, recorded_at, rule_name, event_type, item_id, related_posting_id, expires_at, cap_key)
            VALUES ('e1', 'e1/r', 'A', 'general', 100, 0, {t}, {t}, 'r', 't', NULL, NULL, NULL, NULL)
            """);
        await ExecuteAsync(
            connection,
            $"""
            INSERT INTO points_postings (source_id, idempotency_key, employee_id, category, points, kind, occurred_at, recorded_at, rule_name, event_type, item_id, related_posting_id, expires_at, cap_key)
            VALUES ('e2', 'e2/r', 'A', 'learning', 20, 0, {t}, {t}, 'r', 't', NULL, NULL, {expires}, 'r@2025-06-02')
            """);
        await ExecuteAsync(
            connection,
            $"""
            INSERT INTO points_postings (source_id, idempotency_key, employee_id, category, points, kind, occurred_at, recorded_at, rule_name, event_type, item_id, related_posting_id, expires_at, cap_key)
            VALUES ('redeem:r1', 'redeem:r1', 'A', 'general', -30, 1, {t}, {t}, NULL, NULL, 'pen', NULL, NULL, NULL)
            """);
        await ExecuteAsync(
            connection,
            $"""
            INSERT INTO points_postings (source_id, idempotency_key, employee_id, category, points, kind, occurred_at, recorded_at, rule_name, event_type, item_id, related_posting_id, expires_at, cap_key)
            VALUES ('e3', 'e3/r', 'B', 'general', 7, 0, {t}, {t}, 'r', 't', NULL, NULL, NULL, NULL)
            """);
        await ExecuteAsync(connection, "INSERT INTO points_items (id, name, kind, price, stock, per_employee_limit, category) VALUES ('pen', 'Pen', 0, 30, 4, NULL, 'general')");
    }

    // Verbatim from schema version 1.
    private static string[] Schema(string idColumn) =>
    [
        $"""
        CREATE TABLE IF NOT EXISTS points_postings (
            id {idColumn},
            source_id TEXT NOT NULL,
            idempotency_key TEXT NOT NULL UNIQUE,
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
            cap_key TEXT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS ix_points_postings_account ON points_postings (employee_id, category)",
        "CREATE INDEX IF NOT EXISTS ix_points_postings_source ON points_postings (source_id)",
        "CREATE INDEX IF NOT EXISTS ix_points_postings_occurred ON points_postings (occurred_at)",
        """
        CREATE TABLE IF NOT EXISTS points_items (
            id TEXT NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            kind INTEGER NOT NULL,
            price BIGINT NOT NULL,
            stock INTEGER NULL,
            per_employee_limit INTEGER NULL,
            category TEXT NOT NULL)
        """,
    ];

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }
}
