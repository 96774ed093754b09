using HrKit.Integration.Pipelines;
using HrKit.Integration.Reconciliation;
using HrKit.Points.Ledger;

namespace HrKit.Integration.Sync;

/// <summary>What one <see cref="AttendanceSync"/> run produced.</summary>
/// <param name="Employees">
/// Each roster employee's month for payroll, ordered by employee id. When <see cref="ReconciliationReport.IsComplete"/>
/// is false some check-ins are missing and show as absences: run the sync again before paying from it.
/// </param>
/// <param name="Report">Records read, accepted, rejected with reasons, duplicates dropped and failed vendor requests.</param>
/// <param name="Points">
/// What was recorded in HrKit.Points; null when points were not asked for or the sync was incomplete (an incomplete
/// month would award full attendance wrongly, so nothing is posted until a complete run).
/// </param>
public sealed record AttendanceSyncResult(IReadOnlyList<EmployeeAttendanceMonth> Employees, ReconciliationReport Report, AppendResult? Points);
