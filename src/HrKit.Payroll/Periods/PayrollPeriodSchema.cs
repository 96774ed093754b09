namespace HrKit.Payroll.Periods;

/// <summary>Version of the period stores' database schema (docs/payroll-periods.md#schema).</summary>
public static class PayrollPeriodSchema
{
    /// <summary>
    /// The schema version this release writes. Version 1: periods, payslips, settlements, events. Version 2 added the
    /// index that serves an employee's history (<c>ix_payroll_payslips_employee</c>); an older database is upgraded in
    /// place, one step per version, by <see cref="IPayrollPeriodStore.InitializeAsync"/>.
    /// </summary>
    public const int CurrentVersion = 2;
}
