using System.Text.Json;
using System.Text.RegularExpressions;
using HrKit.Cli.Output;
using HrKit.Points.Model;
using HrKit.Points.Serialization;

namespace HrKit.Cli.Files;

/// <summary>
/// The events of a JSON Lines file with the line each came from, and the lines that are not valid events (each a
/// rejection naming its line), so one bad line does not hide the rest of the file.
/// </summary>
internal sealed partial record EventsFile(IReadOnlyList<(int Line, PointsEvent Event)> Events, IReadOnlyList<EventRejection> Unreadable)
{
    public static EventsFile Read(string path, string option)
    {
        var events = new List<(int, PointsEvent)>();
        var unreadable = new List<EventRejection>();
        using var reader = new StreamReader(InputFile.Open(path, option));
        var lines = new LineAtATimeReader(reader);
        while (lines.NextLine() is { } line)
        {
            try
            {
                // One line at a time: PointsJson numbers it "line 1", so its own prefix is dropped for the real number.
                events.AddRange(PointsJson.ReadEventLines(line).Select(e => (lines.LineNumber, e)));
            }
            catch (FormatException ex)
            {
                unreadable.Add(Rejection(lines.LineNumber, ex));
            }
        }

        return new EventsFile(events, unreadable);
    }

    private static EventRejection Rejection(int line, FormatException exception)
    {
        var reason = WithoutLinePrefix(exception.Message);

        // PointsJson words a field check as "event 'ID': 'FIELD' why" or "'FIELD' is missing; …" (docs/points-events.md).
        var check = FieldCheck().Match(reason);
        return check.Success
            ? new EventRejection(line, check.Groups["id"].Success ? check.Groups["id"].Value : null, null, check.Groups["field"].Value, reason)
            : new EventRejection(line, null, null, FieldOf(exception), reason);
    }

    [GeneratedRegex(@"^(event '(?<id>[^']*)': )?'(?<field>eventId|employeeId|type|occurredAt)' ")]
    private static partial Regex FieldCheck();

    // A value the JSON reader refused (a time out of range, a number too large) carries its JSON path, e.g. $.occurredAt.
    private static string? FieldOf(FormatException exception) =>
        exception.InnerException is JsonException { Path: ['$', '.', .. var field] } ? field : null;

    private static string WithoutLinePrefix(string message) =>
        message.StartsWith("line 1: ", StringComparison.Ordinal) ? message["line 1: ".Length..] : message;
}
