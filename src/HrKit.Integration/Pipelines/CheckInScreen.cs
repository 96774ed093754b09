using HrKit.Integration.Model;
using HrKit.Integration.Reconciliation;
using NodaTime;

namespace HrKit.Integration.Pipelines;

/// <summary>Drops duplicate and invalid check-ins before they reach a pipeline, recording each decision.</summary>
internal sealed class CheckInScreen(ReconciliationBuilder report, Instant now, Duration allowedSkew, IReadOnlySet<string>? roster)
{
    private readonly HashSet<(string, string)> _recordIds = [];
    private readonly HashSet<(string, Instant, CheckInKind)> _events = [];

    /// <summary>Whether the record may be used; counts it as read, and as a duplicate or rejection when it may not.</summary>
    public bool Admit(CheckInRecord record)
    {
        report.Read();

        // The same check-in can arrive twice: re-sent by the vendor, or read by a webhook and again by a poll. Checked
        // first, so a redelivered bad record counts as one rejection and one duplicate, not as two rejections.
        if (!_recordIds.Add((record.Source, record.RecordId)) || !_events.Add((record.EmployeeId, record.Time, record.Kind)))
        {
            report.Duplicate();
            return false;
        }

        if (string.IsNullOrWhiteSpace(record.EmployeeId))
        {
            return Reject(record, RejectionReason.MissingEmployeeId, "The record names no employee.");
        }

        if (roster is not null && !roster.Contains(record.EmployeeId))
        {
            return Reject(record, RejectionReason.UnknownEmployee, $"Employee '{record.EmployeeId}' is not in the roster; add them or fix the id mapping.");
        }

        if (record.Time > now + allowedSkew)
        {
            return Reject(record, RejectionReason.InFuture, $"Check-in at {record.Time} is after now ({now}) plus the allowed clock skew {allowedSkew}.");
        }

        return true;
    }

    private bool Reject(CheckInRecord record, RejectionReason reason, string detail)
    {
        report.Reject(new RejectedRecord(record.Source, record.RecordId, record.EmployeeId, reason, detail));
        return false;
    }
}
