using HrKit.Points.Localization;
using System.Text;
using System.Text.Json;
using HrKit.Points.Engine;
using HrKit.Points.Model;

namespace HrKit.Points.Serialization;

/// <summary>Reads and writes events and postings as JSON (format and limits: docs/points-events.md).</summary>
public static class PointsJson
{
    // An event is a flat object; unknown fields may nest a little, a thousand-deep array is not an event.
    private const int MaxEventDepth = 16;

    // Invalid bytes decode to U+FFFD, and a line holding one is refused with its number; the preamble lets a BOM be skipped.
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: false);

    private static readonly PointsJsonContext EventContext = new(new JsonSerializerOptions(PointsJsonContext.Default.Options) { MaxDepth = MaxEventDepth, AllowDuplicateProperties = false });

    /// <summary>
    /// Reads JSON Lines: one event object per line; blank lines and lines starting with <c>//</c> are skipped. Lines are
    /// read lazily and never more than <see cref="PointsBounds.MaxEventLineLength"/> characters at a time.
    /// </summary>
    /// <exception cref="PointsInputException">
    /// A line is not a valid event (bad JSON, a missing or oversized id, a time without offset or outside
    /// <see cref="PointsBounds.EventTimes"/>, a number out of range) or is too long; the message gives the line number and the fix.
    /// </exception>
    public static IEnumerable<PointsEvent> ReadEventLines(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Read(new BoundedLineReader(reader, rejectReplacementCharacter: false));
    }

    /// <summary>Reads JSON Lines from a stream of UTF-8 (a byte order mark is allowed).</summary>
    /// <exception cref="PointsInputException">A line is not a valid event, is too long, or is not valid UTF-8; <see cref="HrKitException.Target"/> gives its line.</exception>
    public static IReadOnlyList<PointsEvent> ReadEventLines(Stream stream)
    {
        using var reader = new StreamReader(stream ?? throw new ArgumentNullException(nameof(stream)), Utf8WithBom, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        return Read(new BoundedLineReader(reader, rejectReplacementCharacter: true)).ToList();
    }

    /// <summary>Writes postings as an indented JSON array.</summary>
    public static string WritePostings(IReadOnlyList<Posting> postings) =>
        JsonSerializer.Serialize(postings.ToList(), PointsJsonContext.Indented.ListPosting);

    private static IEnumerable<PointsEvent> Read(BoundedLineReader lines)
    {
        while (lines.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            yield return ParseEvent(line, lines.LineNumber);
        }
    }

    private static PointsEvent ParseEvent(string line, int number)
    {
        PointsEvent? e;
        try
        {
            e = JsonSerializer.Deserialize(line, EventContext.PointsEvent);
        }
        catch (JsonException ex)
        {
            // A value the JSON reader refused (a time out of range, a number too large) carries its JSON path, e.g. $.occurredAt.
            var field = ex.Path is ['$', '.', .. var path] ? path : null;
            throw new PointsInputException(PointsText.Of("Input.EventNotJson", number, LocalisedJsonException.ProblemOf(ex)), new HrKitErrorTarget(Line: number, Field: field), ex);
        }

        // Absent fields arrive as null (ids) or the default instant, which is outside the accepted times anyway.
        if (e is null || e.OccurredAt == default)
        {
            throw new PointsInputException(
                PointsText.Of("Input.EventFieldMissing", number, e is null ? PointsText.Of("Word.WholeEvent") : (object)"occurredAt"),
                new HrKitErrorTarget(Line: number, Record: e is null ? null : EventCheck.Shorten(e.EventId), Field: e is null ? null : "occurredAt"));
        }

        return EventCheck.Problem(e) switch
        {
            null => e,
            (var field, var reason) when reason.Key == EventCheck.MissingKey =>
                throw new PointsInputException(
                    PointsText.Of("Input.EventFieldMissing", number, field),
                    new HrKitErrorTarget(Line: number, Field: field)),
            (var field, var reason) => throw new PointsInputException(
                PointsText.Of("Input.EventField", number, EventCheck.Shorten(e.EventId), field, reason),
                new HrKitErrorTarget(Line: number, Record: EventCheck.Shorten(e.EventId), Field: field)),
        };
    }
}
