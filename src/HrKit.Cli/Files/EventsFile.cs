using System.Text.Json;
using System.Text.RegularExpressions;
using HrKit.Cli.Output;
using HrKit.Points;
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
            catch (PointsInputException ex)
            {
                unreadable.Add(Rejection(lines.LineNumber, ex));
            }
        }

        return new EventsFile(events, unreadable);
    }

    // PointsJson names the event and the field at fault in the exception's target (docs/points-events.md); the
    // reason is in the run's language (--lang sets CurrentUICulture, which GetMessage and CliStrings read).
    private static EventRejection Rejection(int line, PointsInputException exception) =>
        new(line, exception.Target?.Record, null, exception.Target?.Field, WithoutLinePrefix(exception.GetMessage()));

    // PointsJson's "line 1: " (第 1 行：) is the line's place in the one-line reader; the row gives the file's line.
    private static string WithoutLinePrefix(string message)
    {
        var prefix = CliStrings.Format("Points.LinePrefix", 1);
        return message.StartsWith(prefix, StringComparison.Ordinal) ? message[prefix.Length..] : message;
    }
}
