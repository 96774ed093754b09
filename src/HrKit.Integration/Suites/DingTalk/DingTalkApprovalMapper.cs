using System.Globalization;
using System.Text.Json;
using HrKit.Integration.Reconciliation;
using HrKit.Integration.Serialization;
using HrKit.Integration.Suites.Approvals;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Integration.Suites.DingTalk;

/// <summary>
/// Maps a DingTalk <c>topapi/processinstance/get</c> answer. The attendance suite's leave form carries a
/// <c>DDHolidayField</c> and its overtime form a <c>DDDateRangeField</c>, whose value is a JSON array
/// <c>[start, end, duration, unit, leave type …]</c>; start and end are "yyyy-MM-dd HH:mm", "yyyy-MM-dd" or
/// "yyyy-MM-dd 上午/下午" (half days: morning from 00:00, afternoon from 12:00, as WeCom counts them).
/// </summary>
internal static class DingTalkApprovalMapper
{
    private const string Source = "dingtalk";
    private const string LeaveComponent = "DDHolidayField";
    private const string OvertimeComponent = "DDDateRangeField";

    private static readonly LocalDateTimePattern[] DateTimePatterns =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm"),
    ];

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuu-MM-dd");

    public static Parsed<ApprovalRequest> Map(CompanyRef company, string id, DingTalkInstance? instance, ApprovalKind? listedAs, DateTimeZone zone)
    {
        if (instance is null)
        {
            return Reject(id, null, RejectionReason.Malformed, "the answer has no process_instance.");
        }

        var userId = instance.OriginatorUserId;
        if (string.IsNullOrEmpty(userId))
        {
            return Reject(id, null, RejectionReason.MissingEmployeeId, "originator_userid is missing.");
        }

        ApprovalStatus? status = (instance.Status, instance.Result) switch
        {
            ("NEW" or "RUNNING", _) => ApprovalStatus.Pending,
            ("COMPLETED", "agree") => ApprovalStatus.Approved,
            ("COMPLETED", "refuse") => ApprovalStatus.Rejected,
            ("TERMINATED" or "CANCELED", _) => ApprovalStatus.Withdrawn,
            _ => null,
        };
        if (status is null)
        {
            return Reject(id, userId, RejectionReason.Malformed, $"status '{instance.Status}' with result '{instance.Result}' is not a known state.");
        }

        var values = instance.FormComponentValues ?? [];
        var field = listedAs switch
        {
            ApprovalKind.Leave => values.FirstOrDefault(v => v?.ComponentType == LeaveComponent),
            ApprovalKind.Overtime => values.FirstOrDefault(v => v?.ComponentType == OvertimeComponent),
            _ => values.FirstOrDefault(v => v?.ComponentType == LeaveComponent) ?? values.FirstOrDefault(v => v?.ComponentType == OvertimeComponent),
        };
        if (field is null)
        {
            return Reject(id, userId, RejectionReason.Malformed, $"form_component_values has no {LeaveComponent} or {OvertimeComponent}.");
        }

        var kind = field.ComponentType == LeaveComponent ? ApprovalKind.Leave : ApprovalKind.Overtime;
        if (!TryReadRange(field.Value, out var start, out var end, out var duration, out var unit, out var leaveType, out var why))
        {
            return Reject(id, userId, RejectionReason.Malformed, $"{field.ComponentType} value: {why}");
        }

        if (!TryParseDateTime(instance.CreateTime, out var created))
        {
            return Reject(id, userId, RejectionReason.Malformed, $"create_time '{instance.CreateTime}' is not yyyy-MM-dd HH:mm:ss.");
        }

        return new ApprovalRequest(company, id, userId, kind, status.Value, kind == ApprovalKind.Leave ? leaveType : null,
            start, end, duration, unit, created.InZoneLeniently(zone).ToInstant());
    }

    private static bool TryReadRange(
        string? value, out LocalDateTime start, out LocalDateTime end, out decimal duration, out ApprovalDurationUnit unit, out string? leaveType, out string why)
    {
        start = end = default;
        duration = 0;
        unit = ApprovalDurationUnit.Days;
        leaveType = null;
        why = "";
        string[]? parts;
        try
        {
            using var document = JsonDocument.Parse(value ?? "");
            parts = document.RootElement.ValueKind == JsonValueKind.Array
                ? [.. document.RootElement.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText())]
                : null;
        }
        catch (JsonException)
        {
            parts = null;
        }

        if (parts is not { Length: >= 4 })
        {
            why = "not a JSON array [start, end, duration, unit, …].";
            return false;
        }

        if (!TryParseBoundary(parts[0], out start) || !TryParseBoundary(parts[1], out end) || end < start)
        {
            why = $"'{parts[0]}'..'{parts[1]}' is not a time range.";
            return false;
        }

        if (!decimal.TryParse(parts[2], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out duration) || duration > 100_000m)
        {
            why = $"duration '{parts[2]}' is not a non-negative number up to 100000.";
            return false;
        }

        ApprovalDurationUnit? parsedUnit = parts[3] switch
        {
            "day" or "halfDay" => ApprovalDurationUnit.Days,
            "hour" => ApprovalDurationUnit.Hours,
            _ => null,
        };
        if (parsedUnit is null)
        {
            why = $"unit '{parts[3]}' is not day, halfDay or hour.";
            return false;
        }

        unit = parsedUnit.Value;
        leaveType = parts.Length > 4 ? parts[4] : null;
        return true;
    }

    private static bool TryParseBoundary(string text, out LocalDateTime value)
    {
        if (TryParseDateTime(text, out value))
        {
            return true;
        }

        var (datePart, time) = text.EndsWith(" 上午", StringComparison.Ordinal) ? (text[..^3], LocalTime.Midnight)
            : text.EndsWith(" 下午", StringComparison.Ordinal) ? (text[..^3], LocalTime.Noon)
            : (text, LocalTime.Midnight);
        var date = DatePattern.Parse(datePart);
        value = date.Success ? date.Value + time : default;
        return date.Success;
    }

    private static bool TryParseDateTime(string? text, out LocalDateTime value)
    {
        foreach (var pattern in DateTimePatterns)
        {
            if (pattern.Parse(text ?? "") is { Success: true } parsed)
            {
                value = parsed.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static RejectedRecord Reject(string id, string? userId, RejectionReason reason, string detail) =>
        new(Source, id, userId, reason, $"process instance {id}: {detail}");
}
