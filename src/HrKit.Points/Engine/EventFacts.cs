using HrKit.Points.Model;
using NodaTime;

namespace HrKit.Points.Engine;

/// <summary>
/// What a rule expression sees as <c>e</c>. A closed set of fields on purpose: a misspelt field is a load-time
/// error, not a rule that silently never fires. Times are local to the policy time zone.
/// </summary>
internal sealed class EventFacts
{
    /// <summary>Names rule authors may use after <c>e.</c>, for error messages and docs.</summary>
    public static readonly string[] FieldNames =
        [nameof(Type), nameof(EmployeeId), nameof(Hour), nameof(Minute), nameof(DayOfWeek), nameof(Day), nameof(Score), nameof(Count), nameof(Minutes), nameof(Days), nameof(Subject)];

    public string Type { get; init; } = "";

    public string EmployeeId { get; init; } = "";

    /// <summary>Local hour 0–23.</summary>
    public int Hour { get; init; }

    public int Minute { get; init; }

    /// <summary>ISO day of week: 1 = Monday … 7 = Sunday.</summary>
    public int DayOfWeek { get; init; }

    /// <summary>Day of month 1–31.</summary>
    public int Day { get; init; }

    public decimal Score { get; init; }

    public int Count { get; init; }

    public int Minutes { get; init; }

    public int Days { get; init; }

    public string Subject { get; init; } = "";

    public static EventFacts From(PointsEvent e, DateTimeZone zone)
    {
        var local = e.OccurredAt.InZone(zone).LocalDateTime;
        return new EventFacts
        {
            Type = e.Type,
            EmployeeId = e.EmployeeId,
            Hour = local.Hour,
            Minute = local.Minute,
            DayOfWeek = (int)local.DayOfWeek,
            Day = local.Day,
            Score = e.Score ?? 0m,
            Count = e.Count ?? 0,
            Minutes = e.Minutes ?? 0,
            Days = e.Days ?? 0,
            Subject = e.Subject ?? "",
        };
    }
}
