namespace HrKit.Points.Ledger.Sql;

/// <summary>The parts of <see cref="LedgerSchema"/> that differ between databases.</summary>
/// <param name="IdColumn">An auto-increasing 64-bit primary key.</param>
/// <param name="OverrideIdentity">Written before <c>SELECT</c> when copying ids into an identity column.</param>
/// <param name="AfterCopy">Statements run after the copied tables are renamed (e.g. moving an identity sequence past the copied ids).</param>
/// <param name="ClampedSum">A <c>SUM</c> of an expression that saturates at the ends of a 64-bit integer instead of failing.</param>
/// <param name="CountTable">A query counting tables of the given name visible to the connection (0 or 1).</param>
/// <param name="TenantPolicy">Statements that restrict a table's rows to the session's tenant (none where the database cannot).</param>
/// <param name="MonthStart">The start of the UTC calendar month of an instant in Unix ticks, as Unix ticks.</param>
/// <param name="ReadAllTenants">Statements before a back-fill that reads every tenant's postings (lifting the tenant policy for the table owner).</param>
/// <param name="ReadOwnTenant">Statements after that back-fill, restoring what <paramref name="ReadAllTenants"/> lifted.</param>
internal sealed record SchemaDialect(
    string IdColumn,
    string OverrideIdentity,
    string[] AfterCopy,
    Func<string, string> ClampedSum,
    Func<string, string> CountTable,
    Func<string, string[]> TenantPolicy,
    Func<string, string> MonthStart,
    string[] ReadAllTenants,
    string[] ReadOwnTenant);
