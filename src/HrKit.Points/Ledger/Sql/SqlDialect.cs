namespace HrKit.Points.Ledger.Sql;

/// <summary>The few statements that differ between SQLite and PostgreSQL; everything else is shared SQL.</summary>
internal sealed record SqlDialect(string[] Schema, string? LockAccount, string ItemLockSuffix);
