using System.Text;
using System.Text.Json;
using HrKit.Points.Model;

namespace HrKit.Points.Serialization;

/// <summary>Reads and writes events and postings as JSON (format: docs/points-events.md).</summary>
public static class PointsJson
{
    /// <summary>Reads JSON Lines: one event object per line; blank lines and lines starting with <c>//</c> are skipped.</summary>
    /// <exception cref="FormatException">A line is not a valid event; the message gives the line number and the fix.</exception>
    public static IEnumerable<PointsEvent> ReadEventLines(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Read(reader);

        static IEnumerable<PointsEvent> Read(TextReader reader)
        {
            var number = 0;
            while (reader.ReadLine() is { } line)
            {
                number++;
                if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                yield return ParseEvent(line, number);
            }
        }
    }

    /// <summary>Reads JSON Lines from a stream (UTF-8).</summary>
    public static IReadOnlyList<PointsEvent> ReadEventLines(Stream stream)
    {
        using var reader = new StreamReader(stream ?? throw new ArgumentNullException(nameof(stream)), Encoding.UTF8, leaveOpen: true);
        return ReadEventLines(reader).ToList();
    }

    /// <summary>Writes postings as an indented JSON array.</summary>
    public static string WritePostings(IReadOnlyList<Posting> postings) =>
        JsonSerializer.Serialize(postings.ToList(), PointsJsonContext.Indented.ListPosting);

    private static PointsEvent ParseEvent(string line, int number)
    {
        PointsEvent? e;
        try
        {
            e = JsonSerializer.Deserialize(line, PointsJsonContext.Default.PointsEvent);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"line {number}: not a valid event: {ex.Message}", ex);
        }

        var missing = e is null ? "the whole event"
            : string.IsNullOrWhiteSpace(e.EventId) ? "eventId"
            : string.IsNullOrWhiteSpace(e.EmployeeId) ? "employeeId"
            : string.IsNullOrWhiteSpace(e.Type) ? "type"
            : e.OccurredAt == default ? "occurredAt"
            : null;
        return missing is null
            ? e!
            : throw new FormatException($"line {number}: '{missing}' is missing; every event needs eventId, employeeId, type and occurredAt (see docs/points-events.md).");
    }
}
