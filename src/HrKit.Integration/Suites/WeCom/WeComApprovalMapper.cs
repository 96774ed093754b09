using HrKit.Integration.Reconciliation;
using HrKit.Integration.Serialization;
using HrKit.Integration.Suites.Approvals;
using NodaTime;

namespace HrKit.Integration.Suites.WeCom;

/// <summary>
/// Maps a WeCom <c>oa/getapprovaldetail</c> answer: the Vacation control (leave) or an Attendance control of type 5
/// (overtime), whose <c>date_range</c> gives <c>new_begin</c>/<c>new_end</c> (Unix seconds) and <c>new_duration</c>
/// (seconds: 86 400 a day for <c>halfday</c> templates, 3 600 an hour for <c>hour</c> templates).
/// </summary>
internal static class WeComApprovalMapper
{
    private const string Source = "wecom";
    private const int OvertimeAttendanceType = 5;
    private const long MaxUnixSeconds = 253402300799;

    public static Parsed<ApprovalRequest> Map(CompanyRef company, string spNo, WeComApprovalInfo? info, DateTimeZone zone)
    {
        if (info is null)
        {
            return Reject(spNo, null, RejectionReason.Malformed, "the answer has no info.");
        }

        var userId = info.Applyer?.UserId;
        if (string.IsNullOrEmpty(userId))
        {
            return Reject(spNo, null, RejectionReason.MissingEmployeeId, "applyer.userid is missing.");
        }

        ApprovalStatus? status = info.SpStatus switch
        {
            1 => ApprovalStatus.Pending,
            2 or 10 => ApprovalStatus.Approved,
            3 => ApprovalStatus.Rejected,
            4 or 6 or 7 => ApprovalStatus.Withdrawn,
            _ => null,
        };
        if (status is null)
        {
            return Reject(spNo, userId, RejectionReason.Malformed, $"sp_status {info.SpStatus} is not one of 1, 2, 3, 4, 6, 7, 10.");
        }

        var contents = info.ApplyData?.Contents ?? [];
        var vacation = contents.FirstOrDefault(c => c?.Control == "Vacation")?.Value?.Vacation;
        var overtime = contents.FirstOrDefault(c => c?.Control == "Attendance" && c.Value?.Attendance?.Type == OvertimeAttendanceType)?.Value?.Attendance;
        var (kind, attendance) = vacation is not null ? (ApprovalKind.Leave, vacation.Attendance) : (ApprovalKind.Overtime, overtime);
        if (vacation is null && overtime is null)
        {
            return Reject(spNo, userId, RejectionReason.Malformed, "apply_data has neither a Vacation control nor an Attendance control of type 5 (overtime).");
        }

        if (attendance?.DateRange is not { } range)
        {
            return Reject(spNo, userId, RejectionReason.Malformed, "the attendance value has no date_range.");
        }

        if (range.NewBegin is < 0 or > MaxUnixSeconds || range.NewEnd < range.NewBegin || range.NewEnd > MaxUnixSeconds)
        {
            return Reject(spNo, userId, RejectionReason.Malformed, $"date_range new_begin {range.NewBegin} / new_end {range.NewEnd} is not a time range.");
        }

        (decimal Duration, ApprovalDurationUnit Unit)? duration = range.Type switch
        {
            _ when range.NewDuration < 0 => null,
            "halfday" => (Math.Round(range.NewDuration / 86_400m, 4, MidpointRounding.ToEven), ApprovalDurationUnit.Days),
            "hour" => (Math.Round(range.NewDuration / 3_600m, 4, MidpointRounding.ToEven), ApprovalDurationUnit.Hours),
            _ => null,
        };
        if (duration is null)
        {
            return Reject(spNo, userId, RejectionReason.Malformed, $"date_range type '{range.Type}' with new_duration {range.NewDuration} is not halfday or hour with a non-negative duration.");
        }

        var leaveType = kind == ApprovalKind.Leave && vacation?.Selector?.Options is [{ Value: [{ Text: var text }, ..] }, ..] ? text : null;
        var appliedAt = Instant.FromUnixTimeSeconds(Math.Clamp(info.ApplyTime, 0, MaxUnixSeconds));
        return new ApprovalRequest(company, spNo, userId, kind, status.Value, leaveType,
            Local(range.NewBegin, zone), Local(range.NewEnd, zone), duration.Value.Duration, duration.Value.Unit, appliedAt);
    }

    private static LocalDateTime Local(long seconds, DateTimeZone zone) => Instant.FromUnixTimeSeconds(seconds).InZone(zone).LocalDateTime;

    private static RejectedRecord Reject(string spNo, string? userId, RejectionReason reason, string detail) =>
        new(Source, spNo, userId, reason, $"approval {spNo}: {detail}");
}
