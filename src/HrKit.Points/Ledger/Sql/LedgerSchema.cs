namespace HrKit.Points.Ledger.Sql;

/// <summary>Table definitions; instants are Unix ticks (100 ns) in a 64-bit integer on both databases.</summary>
internal static class LedgerSchema
{
    public static string[] Create(string idColumn) =>
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
}
