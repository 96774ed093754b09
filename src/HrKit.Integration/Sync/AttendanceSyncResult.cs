using HrKit.Integration.Pipelines;
using HrKit.Integration.Reconciliation;
using HrKit.Points.Ledger;
using HrKit.Points.Model;

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
public sealed record AttendanceSyncResult(IReadOnlyList<EmployeeAttendanceMonth> Employees, ReconciliationReport Report, AppendResult? Points)
{
    /// <summary>
    /// How many points events the month's check-ins, late days and full attendance made (each counted once), of which
    /// <see cref="PointsRejected"/> were refused; 0 when no points were posted.
    /// </summary>
    public int PointsEvents { get; init; }

    /// <summary>
    /// The points events the policy refused (a rule failed on them, or a field is out of bounds), with the reason of
    /// each; none of them was recorded, the rest of the month's events were. Empty when no points were posted. Treat
    /// them as data-quality failures: fix the data or the rule and sync again (recorded events are not posted twice).
    /// </summary>
    public IReadOnlyList<RejectedEvent> PointsRejected => Points?.Rejected ?? [];
}
