using System.Collections.Immutable;

namespace HrKit.Payroll.Reports;

/// <summary>Company-level reports over a month's payslips.</summary>
/// <param name="Payslips">How many payslips were read.</param>
/// <param name="GrossPay">Company gross pay.</param>
/// <param name="EmployerCost">Company employer cost.</param>
/// <param name="PayStructure">Per component, largest first.</param>
/// <param name="DepartmentCosts">Per department, by name.</param>
/// <param name="OvertimeShares">Per department, by name.</param>
/// <param name="Alerts">Human-readable alerts: departments whose overtime share is above the threshold, and payslips whose contributions were carried forward (provisional) per city and month.</param>
public sealed record PayrollReport(
    int Payslips,
    decimal GrossPay,
    decimal EmployerCost,
    ImmutableArray<PayStructureRow> PayStructure,
    ImmutableArray<DepartmentCostRow> DepartmentCosts,
    ImmutableArray<OvertimeShareRow> OvertimeShares,
    ImmutableArray<string> Alerts)
{
    /// <summary>The alerts as resource texts, for <see cref="Localization.PayrollLocalizer.Localize(PayrollReport)"/>; empty for a report a host built.</summary>
    internal ImmutableArray<Localization.LocalText> AlertTexts { get; init; } = [];
}
