namespace HrKit.Payroll.Periods.Sql;

/// <summary>
/// The period store schema, one step per version (docs/payroll-periods.md#schema). A database records its version in
/// <c>payroll_schema</c>; <see cref="SqlPeriodStore.InitializeAsync"/> applies the missing steps in order, in one
/// transaction. Months are <c>yyyymm</c> integers, instants Unix ticks (100 ns), documents JSON text.
/// </summary>
internal static class SqlPeriodSchema
{
    public const string VersionTable = "CREATE TABLE IF NOT EXISTS payroll_schema (version BIGINT NOT NULL)";

    /// <summary>Steps[i] upgrades version i to version i + 1.</summary>
    public static string[][] Steps(string idColumn) =>
    [
        [
            """
            CREATE TABLE payroll_periods (
                company_id TEXT NOT NULL,
                month BIGINT NOT NULL,
                status BIGINT NOT NULL,
                PRIMARY KEY (company_id, month))
            """,
            $"""
            CREATE TABLE payroll_payslips (
                id {idColumn},
                company_id TEXT NOT NULL,
                employee_id TEXT NOT NULL,
                month BIGINT NOT NULL,
                revision BIGINT NOT NULL,
                kind BIGINT NOT NULL,
                superseded BIGINT NOT NULL,
                settled_in BIGINT NULL,
                recorded_at BIGINT NOT NULL,
                input_json TEXT NOT NULL,
                payslip_json TEXT NOT NULL,
                settlements_json TEXT NOT NULL,
                UNIQUE (company_id, month, employee_id, revision))
            """,
            $"""
            CREATE TABLE payroll_settlements (
                id {idColumn},
                company_id TEXT NOT NULL,
                employee_id TEXT NOT NULL,
                month BIGINT NOT NULL,
                settlement_json TEXT NOT NULL)
            """,
            "CREATE INDEX ix_payroll_settlements ON payroll_settlements (company_id, employee_id, month)",
            $"""
            CREATE TABLE payroll_events (
                id {idColumn},
                company_id TEXT NOT NULL,
                month BIGINT NOT NULL,
                action BIGINT NOT NULL,
                actor TEXT NOT NULL,
                at BIGINT NOT NULL,
                reason TEXT NOT NULL)
            """,
        ],
        [
            // Version 2: an employee's history (hrkit payroll history --employee) without scanning whole months.
            "CREATE INDEX ix_payroll_payslips_employee ON payroll_payslips (company_id, employee_id, month)",
        ],
    ];
}
