using System.Globalization;
using HrKit.Integration.Model;
using HrKit.Integration.Reconciliation;
using HrKit.Integration.Serialization;
using NodaTime;

namespace HrKit.Integration.Vendors.DingTalk;

/// <summary>Maps DingTalk <c>recordresult</c> items to <see cref="CheckInRecord"/>s.</summary>
internal static class DingTalkRecordMapper
{
    public const string Source = "dingtalk";

    public static Normalised Map(DingTalkRecord record, VendorUserMap users)
    {
        var recordId = record.Id.ToString(CultureInfo.InvariantCulture);
        if (string.IsNullOrEmpty(record.UserId))
        {
            return new RejectedRecord(Source, recordId, null, RejectionReason.MissingEmployeeId, "recordresult item without userId.");
        }

        if (users.ToEmployee(record.UserId) is not { } employeeId)
        {
            return new RejectedRecord(Source, recordId, record.UserId, RejectionReason.UnmappedUser, $"DingTalk user '{record.UserId}' is not in DingTalk.UserIdMap.");
        }

        CheckInKind? kind = record.CheckType switch
        {
            "OnDuty" => CheckInKind.OnDuty,
            "OffDuty" => CheckInKind.OffDuty,
            _ => null,
        };
        if (kind is null)
        {
            return new RejectedRecord(Source, recordId, employeeId, RejectionReason.Malformed, $"Unknown checkType '{record.CheckType}'.");
        }

        var outcome = record.TimeResult switch
        {
            "Late" or "SeriousLate" => CheckInOutcome.Late,
            "Early" => CheckInOutcome.Early,
            "NotSigned" or "Absenteeism" => CheckInOutcome.NotSigned,
            _ => CheckInOutcome.Normal,
        };
        if (record.UserCheckTime <= 0 && outcome != CheckInOutcome.NotSigned)
        {
            return new RejectedRecord(Source, recordId, employeeId, RejectionReason.Malformed, "userCheckTime is missing.");
        }

        return new CheckInRecord(Source, recordId, employeeId, Instant.FromUnixTimeMilliseconds(record.UserCheckTime), kind.Value, outcome);
    }
}
