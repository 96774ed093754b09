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

    // Instant.FromUnixTimeMilliseconds accepts up to 9999-12-31; anything past it is a vendor bug, rejected, not thrown.
    private const long MaxUnixMilliseconds = 253402300799999;

    public static Normalised Map(DingTalkRecord? record, VendorUserMap users)
    {
        if (record is null)
        {
            return new RejectedRecord(Source, "null", null, RejectionReason.Malformed, "recordresult item is null.");
        }

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

        if (record.UserCheckTime is < 0 or > MaxUnixMilliseconds)
        {
            return new RejectedRecord(Source, recordId, employeeId, RejectionReason.Malformed, $"userCheckTime {record.UserCheckTime} is not a Unix time in milliseconds before the year 10000.");
        }

        return new CheckInRecord(Source, recordId, employeeId, Instant.FromUnixTimeMilliseconds(record.UserCheckTime), kind.Value, outcome);
    }
}
