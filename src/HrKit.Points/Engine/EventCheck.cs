using HrKit.Localization;
using HrKit.Points.Localization;
using HrKit.Points.Model;

namespace HrKit.Points.Engine;

/// <summary>What makes an event unusable, checked before any rule sees it (docs/points-events.md, "Limits").</summary>
internal static class EventCheck
{
    /// <summary>The key of the reason of a missing field.</summary>
    public const string MissingKey = "Event.Missing";

    /// <summary>The first field at fault and why, or null when the event can be evaluated.</summary>
    public static (string Field, LocalMessage Reason)? Problem(PointsEvent? e)
    {
        if (e is null)
        {
            return ("event", PointsText.Of("Event.Null"));
        }

        return Id(e.EventId, "eventId") ?? Id(e.EmployeeId, "employeeId") ?? Id(e.Type, "type")
            ?? (PointsBounds.EventTimes.Contains(e.OccurredAt)
                ? null
                : ("occurredAt", PointsText.Of("Event.TimeOutOfRange", e.OccurredAt, PointsBounds.EventTimes.Start, PointsBounds.EventTimes.End)));
    }

    /// <summary>An id short enough to quote in a message.</summary>
    public static string? Shorten(string? id) => id is null || id.Length <= PointsBounds.MaxIdLength ? id : id[..PointsBounds.MaxIdLength] + "…";

    private static (string, LocalMessage)? Id(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? (field, PointsText.Of(MissingKey))
        : value.Length > PointsBounds.MaxIdLength ? (field, PointsText.Of("Event.IdTooLong", value.Length, PointsBounds.MaxIdLength))
        : null;
}
