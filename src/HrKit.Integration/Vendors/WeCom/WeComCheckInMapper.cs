using System.Globalization;
using HrKit.Integration.Model;
using HrKit.Integration.Reconciliation;
using HrKit.Integration.Serialization;
using NodaTime;

namespace HrKit.Integration.Vendors.WeCom;

/// <summary>Maps WeCom <c>checkindata</c> items to <see cref="CheckInRecord"/>s.</summary>
internal static class WeComCheckInMapper
{
    public const string Source = "wecom";

    // Instant.FromUnixTimeSeconds accepts up to 9999-12-31; anything past it is a vendor bug, rejected, not thrown.
    private const long MaxUnixSeconds = 253402300799;

    public static Normalised Map(WeComCheckInData? data, VendorUserMap users)
    {
        if (data is null)
        {
            return new RejectedRecord(Source, "null", null, RejectionReason.Malformed, "checkindata item is null.");
        }

        // WeCom gives check-ins no id; user, type and second identify one, and are stable across re-reads.
        var recordId = string.Create(CultureInfo.InvariantCulture, $"{data.UserId}:{data.CheckInType}:{data.CheckInTime}");
        if (string.IsNullOrEmpty(data.UserId))
        {
            return new RejectedRecord(Source, recordId, null, RejectionReason.MissingEmployeeId, "checkindata item without userid.");
        }

        if (users.ToEmployee(data.UserId) is not { } employeeId)
        {
            return new RejectedRecord(Source, recordId, data.UserId, RejectionReason.UnmappedUser, $"WeCom user '{data.UserId}' is not in WeCom.UserIdMap.");
        }

        CheckInKind? kind = data.CheckInType switch
        {
            "上班打卡" => CheckInKind.OnDuty,
            "下班打卡" => CheckInKind.OffDuty,
            "外出打卡" => CheckInKind.Outside,
            _ => null,
        };
        if (kind is null)
        {
            return new RejectedRecord(Source, recordId, employeeId, RejectionReason.Malformed, $"Unknown checkin_type '{data.CheckInType}'.");
        }

        var outcome = Outcome(data.ExceptionType, kind.Value);
        if (data.CheckInTime <= 0 && outcome != CheckInOutcome.NotSigned)
        {
            return new RejectedRecord(Source, recordId, employeeId, RejectionReason.Malformed, "checkin_time is missing.");
        }

        if (data.CheckInTime is < 0 or > MaxUnixSeconds)
        {
            return new RejectedRecord(Source, recordId, employeeId, RejectionReason.Malformed, $"checkin_time {data.CheckInTime} is not a Unix time before the year 10000.");
        }

        return new CheckInRecord(Source, recordId, employeeId, Instant.FromUnixTimeSeconds(data.CheckInTime), kind.Value, outcome);
    }

    // exception_type lists anomalies separated by ';' (e.g. "时间异常;地点异常"); empty means normal.
    private static CheckInOutcome Outcome(string? exceptionType, CheckInKind kind)
    {
        if (string.IsNullOrEmpty(exceptionType))
        {
            return CheckInOutcome.Normal;
        }

        if (exceptionType.Contains("未打卡", StringComparison.Ordinal))
        {
            return CheckInOutcome.NotSigned;
        }

        if (exceptionType.Contains("时间异常", StringComparison.Ordinal))
        {
            return kind == CheckInKind.OffDuty ? CheckInOutcome.Early : CheckInOutcome.Late;
        }

        return CheckInOutcome.Anomaly;
    }
}
