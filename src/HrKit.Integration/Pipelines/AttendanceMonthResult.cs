using HrKit.Integration.Reconciliation;

namespace HrKit.Integration.Pipelines;

/// <summary>The payroll attendance of a month and the reconciliation of the records it was built from.</summary>
/// <param name="Employees">One entry per employee, ordered by employee id.</param>
/// <param name="Report">What happened to every record read.</param>
public sealed record AttendanceMonthResult(IReadOnlyList<EmployeeAttendanceMonth> Employees, ReconciliationReport Report);
