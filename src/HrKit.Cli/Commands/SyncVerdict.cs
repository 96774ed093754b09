using HrKit.Integration.Reconciliation;

namespace HrKit.Cli.Commands;

/// <summary>
/// Whether a dry-run sync is good enough to post points and write payroll inputs from. An incomplete sync, a check-in
/// file with nothing usable, or more rejected records than <c>--max-error-rate</c> allows stops the command (exit 1)
/// before anything is posted or written.
/// </summary>
internal static class SyncVerdict
{
    /// <summary>The reason the sync must stop, or null when it may go on.</summary>
    public static string? Refusal(ReconciliationReport report, string checkIns, int payrollRejected, int payrollRead, decimal maxErrorRate)
    {
        if (!report.IsComplete)
        {
            return CliStrings.Format("Sync.Incomplete", report.FailedRequests.Count);
        }

        if (report.Accepted == 0)
        {
            return report.RecordsRead == 0
                ? CliStrings.Format("Sync.NoCheckIns", checkIns)
                : CliStrings.Format("Sync.AllRejected", checkIns, report.RecordsRead);
        }

        if (!DataQuality.Allows(report.Rejected.Count, report.RecordsRead, maxErrorRate))
        {
            return CliStrings.Format("Sync.CheckInsRejected", checkIns, report.Rejected.Count, report.RecordsRead, Over(maxErrorRate));
        }

        return DataQuality.Allows(payrollRejected, payrollRead, maxErrorRate)
            ? null
            : CliStrings.Format("Sync.PayrollRecordsRejected", payrollRejected, payrollRead, Over(maxErrorRate));
    }

    private static string Over(decimal maxErrorRate) => maxErrorRate == 0
        ? CliStrings.Get("Sync.NoneAllowed")
        : CliStrings.Format("Sync.AboveRate", maxErrorRate);
}
