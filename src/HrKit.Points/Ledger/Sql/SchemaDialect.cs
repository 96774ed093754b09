namespace HrKit.Points.Ledger.Sql;

/// <summary>The parts of <see cref="LedgerSchema"/> that differ between databases.</summary>
/// <param name="IdColumn">An auto-increasing 64-bit primary key.</param>
/// <param name="OverrideIdentity">Written before <c>SELECT</c> when copying ids into an identity column.</param>
/// <param name="AfterCopy">Statements run after the copied tables are renamed (e.g. moving an identity sequence past the copied ids).</param>
/// <param name="ClampedSum">A <c>SUM</c> of an expression that saturates at the ends of a 64-bit integer instead of failing.</param>
/// <param name="CountTable">A query counting tables of the given name visible to the connection (0 or 1).</param>
/// <param name="TenantPolicy">Statements that restrict a table's rows to the session's tenant (none where the database cannot).</param>
/// <param name="OwnerBoundByTenantPolicy">
/// Statements that make a table's tenant policy bind its owner (true) or let the owner see every tenant's rows (false),
/// so an upgrade can rewrite all tenants' rows in one transaction; none where the database has no such policy.
/// </param>
/// <param name="RoomForAccountUpdates">
/// Statements that leave free space on each page of <c>points_accounts</c> so a balance update can rewrite its row on
/// the same page (none where the database updates rows in place anyway).
/// </param>
/// <param name="MonthStart">The start of the UTC calendar month of an instant in Unix ticks, as Unix ticks.</param>
/// <param name="BytewiseText">
/// Statements that make the given text columns of a table compare and sort byte by byte (none where text already does,
/// as in SQLite).
/// </param>
internal sealed record SchemaDialect(
    string IdColumn,
    string OverrideIdentity,
    string[] AfterCopy,
    Func<string, string> ClampedSum,
    Func<string, string> CountTable,
    Func<string, string[]> TenantPolicy,
    Func<string, bool, string[]> OwnerBoundByTenantPolicy,
    string[] RoomForAccountUpdates,
    Func<string, string> MonthStart,
    Func<string, string[], string[]> BytewiseText);
