using System.Globalization;
using System.Text.Json;
using HrKit.Integration.Model;
using HrKit.Integration.Reconciliation;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Integration.Vendors.Files;

/// <summary>Turns the lines of a check-in file into check-ins or rejections that name the line and the field.</summary>
internal static class CheckInFileParser
{
    // NodaTime instants end in the years ±9999; a check-in outside these years is a typo, and rejecting it here keeps
    // every later date calculation (zones, work days) inside NodaTime's range.
    private static readonly Instant Earliest = Instant.FromUtc(1970, 1, 1, 0, 0);
    private static readonly Instant Latest = Instant.FromUtc(9000, 1, 1, 0, 0);

    public static Normalised Parse(BoundedLine line, long lineNumber, string defaultSource)
    {
        var at = "line " + lineNumber.ToString(CultureInfo.InvariantCulture);
        if (line.TooLong)
        {
            return Reject(defaultSource, at, null, $"{at}: longer than {CheckInFileSource.MaxLineLength} characters; one check-in is a short JSON object.");
        }

        if (line.Text.Contains('\uFFFD', StringComparison.Ordinal))
        {
            return Reject(defaultSource, at, null, $"{at}: not valid UTF-8 (or contains U+FFFD); save the file as UTF-8.");
        }

        CheckInFileLine? raw;
        try
        {
            raw = JsonSerializer.Deserialize(line.Text, CheckInFileJsonContext.Default.CheckInFileLine);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
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

        // The year first: ToInstant overflows for 9999-12-31T23:59:59-18:00, which the ISO pattern accepts.
        if (time.Value.Year is < 1969 or > 9000 || time.Value.ToInstant() is var instant && (instant < Earliest || instant >= Latest))
        {
            return Reject(source, raw.RecordId, raw.EmployeeId, $"{at}: time '{raw.Time}' is outside 1970-01-01..8999-12-31.");
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

        return new CheckInRecord(source, raw.RecordId, raw.EmployeeId, instant, kind.Value, outcome.Value);
    }

    private static RejectedRecord Reject(string source, string recordId, string? employeeId, string detail) =>
        new(source, recordId, employeeId, RejectionReason.Malformed, detail);
}
