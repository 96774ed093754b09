using HrKit.Points.Model;
using NodaTime;

namespace HrKit.Points.Engine;

/// <summary>
/// What a rule expression sees as <c>e</c>. A closed set of fields on purpose: a misspelt field is a load-time
/// error, not a rule that silently never fires. Times are local to the policy time zone.
/// </summary>
/// <remarks>
/// One instance is refilled for every event of a batch (<see cref="Load"/>) so evaluation allocates nothing per event;
/// an instance belongs to one caller at a time. The local time is worked out only when a rule reads a time field, as
/// most rules test the type and a number only. Members that expressions must not see are <c>internal</c>: the
/// expression parser binds public members only.
/// </remarks>
internal sealed class EventFacts
{
    /// <summary>Names rule authors may use after <c>e.</c>, for error messages and docs.</summary>
    public static readonly string[] FieldNames =
        [nameof(Type), nameof(EmployeeId), nameof(Hour), nameof(Minute), nameof(DayOfWeek), nameof(Day), nameof(Score), nameof(Count), nameof(Minutes), nameof(Days), nameof(Subject)];

    private Instant _occurredAt;
    private DateTimeZone _zone = DateTimeZone.Utc;
    private LocalDateTime _local;
    private bool _localKnown;

    public string Type { get; private set; } = "";

    public string EmployeeId { get; private set; } = "";

    /// <summary>Local hour 0–23.</summary>
    public int Hour => Local.Hour;

    public int Minute => Local.Minute;

    /// <summary>ISO day of week: 1 = Monday … 7 = Sunday.</summary>
    public int DayOfWeek => (int)Local.DayOfWeek;

    /// <summary>Day of month 1–31.</summary>
    public int Day => Local.Day;

    public decimal Score { get; private set; }

    public int Count { get; private set; }

    public int Minutes { get; private set; }

    public int Days { get; private set; }

    public string Subject { get; private set; } = "";

    /// <summary>The event's local date and time in the policy time zone.</summary>
    internal LocalDateTime Local
    {
        get
        {
            if (!_localKnown)
            {
                _local = _occurredAt.InZone(_zone).LocalDateTime;
                _localKnown = true;
            }

            return _local;
        }
    }

    public static EventFacts From(PointsEvent e, DateTimeZone zone)
    {
        var facts = new EventFacts();
        facts.Load(e, zone);
        return facts;
    }

    /// <summary>Replaces every field with the given event's.</summary>
    internal void Load(PointsEvent e, DateTimeZone zone)
    {
        Type = e.Type;
        EmployeeId = e.EmployeeId;
        Score = e.Score ?? 0m;
        Count = e.Count ?? 0;
        Minutes = e.Minutes ?? 0;
        Days = e.Days ?? 0;
        Subject = e.Subject ?? "";
        _occurredAt = e.OccurredAt;
        _zone = zone;
        _localKnown = false;
    }
}
