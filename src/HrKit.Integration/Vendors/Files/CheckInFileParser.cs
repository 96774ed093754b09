using System.Globalization;
using System.Text.Json;
using HrKit.Integration.Model;
using HrKit.Integration.Reconciliation;
using NodaTime.Text;

namespace HrKit.Integration.Vendors.Files;

/// <summary>Turns the lines of a check-in file into check-ins or rejections that name the line and the field.</summary>
internal static class CheckInFileParser
{
    public static Normalised Parse(string line, int lineNumber, string defaultSource)
    {
        var at = "line " + lineNumber.ToString(CultureInfo.InvariantCulture);
        CheckInFileLine? raw;
        try
        {
            raw = JsonSerializer.Deserialize(line, CheckInFileJsonContext.Default.CheckInFileLine);
        }
        catch (JsonException ex)
        {
            return Reject(defaultSource, at, null, $"{at}: not a check-in object: {ex.Message}");
        }

        if (raw is null)
        {
            return Reject(defaultSource, at, null, $"{at}: null is not a check-in.");
        }

        var source = string.IsNullOrWhiteSpace(raw.Source) ? defaultSource : raw.Source;
        if (string.IsNullOrWhiteSpace(raw.RecordId))
        {
            return Reject(source, at, raw.EmployeeId, $"{at}: recordId is required; it identifies the record so a re-import is not counted twice.");
        }

        if (string.IsNullOrWhiteSpace(raw.EmployeeId))
        {
            return new RejectedRecord(source, raw.RecordId, null, RejectionReason.MissingEmployeeId, $"{at}: employeeId is required.");
        }

        var time = raw.Time is null ? null : OffsetDateTimePattern.ExtendedIso.Parse(raw.Time);
        if (time is null || !time.Success)
        {
            return Reject(source, raw.RecordId, raw.EmployeeId,
                $"{at}: time '{raw.Time}' must be an ISO 8601 date-time with an offset, e.g. 2025-06-03T08:55:00+08:00.");
        }

        CheckInKind? kind = raw.Kind switch
        {
            "onDuty" => CheckInKind.OnDuty,
            "offDuty" => CheckInKind.OffDuty,
            "outside" => CheckInKind.Outside,
            _ => null,
        };
        if (kind is null)
        {
            return Reject(source, raw.RecordId, raw.EmployeeId, $"{at}: kind '{raw.Kind}' must be onDuty, offDuty or outside.");
        }

        CheckInOutcome? outcome = raw.Outcome switch
        {
            null or "normal" => CheckInOutcome.Normal,
            "late" => CheckInOutcome.Late,
            "early" => CheckInOutcome.Early,
            "notSigned" => CheckInOutcome.NotSigned,
            "anomaly" => CheckInOutcome.Anomaly,
            _ => null,
        };
        if (outcome is null)
        {
            return Reject(source, raw.RecordId, raw.EmployeeId, $"{at}: outcome '{raw.Outcome}' must be normal, late, early, notSigned or anomaly.");
        }

        return new CheckInRecord(source, raw.RecordId, raw.EmployeeId, time.Value.ToInstant(), kind.Value, outcome.Value);
    }

    private static RejectedRecord Reject(string source, string recordId, string? employeeId, string detail) =>
        new(source, recordId, employeeId, RejectionReason.Malformed, detail);
}
