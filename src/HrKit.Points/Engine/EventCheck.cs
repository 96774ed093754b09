using HrKit.Points.Model;

namespace HrKit.Points.Engine;

/// <summary>What makes an event unusable, checked before any rule sees it (docs/points-events.md, "Limits").</summary>
internal static class EventCheck
{
    /// <summary>The first field at fault and why, or null when the event can be evaluated.</summary>
    public static (string Field, string Reason)? Problem(PointsEvent? e)
    {
        if (e is null)
        {
            return ("event", "the batch holds null instead of an event; remove it.");
        }

        return Id(e.EventId, "eventId") ?? Id(e.EmployeeId, "employeeId") ?? Id(e.Type, "type")
            ?? (PointsBounds.EventTimes.Contains(e.OccurredAt)
                ? null
                : ("occurredAt", $"{e.OccurredAt} is outside the accepted event times {PointsBounds.EventTimes.Start} to {PointsBounds.EventTimes.End} (exclusive; PointsBounds.EventTimes). Check the year and offset."));
    }

    /// <summary>An id short enough to quote in a message.</summary>
    public static string? Shorten(string? id) => id is null || id.Length <= PointsBounds.MaxIdLength ? id : id[..PointsBounds.MaxIdLength] + "…";

    private static (string, string)? Id(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? (field, $"missing; every event needs eventId, employeeId, type and occurredAt (see docs/points-events.md).")
        : value.Length > PointsBounds.MaxIdLength ? (field, $"{value.Length:N0} characters long; the limit is {PointsBounds.MaxIdLength} (PointsBounds.MaxIdLength).")
        : null;
}
