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
            return $"the sync is incomplete ({report.FailedRequests.Count} requests failed); nothing was posted or written: run it again.";
        }

        if (report.Accepted == 0)
        {
            return report.RecordsRead == 0
                ? $"--checkins {checkIns}: no check-ins read; nothing was posted or written."
                : $"--checkins {checkIns}: every one of the {report.RecordsRead} check-ins was rejected; nothing was posted or written.";
        }

        if (!DataQuality.Allows(report.Rejected.Count, report.RecordsRead, maxErrorRate))
        {
            return $"--checkins {checkIns}: {report.Rejected.Count} of {report.RecordsRead} check-ins rejected, {Over(maxErrorRate)}; nothing was posted or written.";
        }

        return DataQuality.Allows(payrollRejected, payrollRead, maxErrorRate)
            ? null
            : $"--payroll: {payrollRejected} of {payrollRead} payroll records rejected, {Over(maxErrorRate)}; nothing was posted or written.";
    }

    private static string Over(decimal maxErrorRate) => maxErrorRate == 0
        ? "and no rejected record is allowed (pass --max-error-rate RATE to accept some, e.g. 0.05 for 5 %)"
        : FormattableString.Invariant($"above --max-error-rate {maxErrorRate}");
}
