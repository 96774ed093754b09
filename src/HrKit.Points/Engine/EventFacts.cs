using HrKit.Points.Employees;
using HrKit.Points.Model;
using HrKit.Points.Policies;
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

    /// <summary>Names rule authors may use after <c>emp.</c>, for error messages and docs.</summary>
    public static readonly string[] EmployeeFieldNames = ["department", "grade", "hireDate", "tenureYears"];

    // Custom attribute values, one slot per declared attribute (EventAttributeSchema); compiled rules index them directly.
    internal readonly string[] Strings;
    internal readonly decimal[] Numbers;
    internal readonly bool[] Flags;
    internal readonly DateTime[] Dates;

    private Instant _occurredAt;
    private DateTimeZone _zone = DateTimeZone.Utc;
    private LocalDateTime _local;
    private bool _localKnown;

    /// <summary>Facts with no custom attributes.</summary>
    public EventFacts()
        : this(EventAttributeSchema.None)
    {
    }

    /// <summary>Facts with a slot for every attribute <paramref name="schema"/> declares.</summary>
    internal EventFacts(EventAttributeSchema schema)
    {
        Strings = new string[schema.StringCount];
        Array.Fill(Strings, "");
        Numbers = new decimal[schema.NumberCount];
        Flags = new bool[schema.BoolCount];
        Dates = new DateTime[schema.DateCount];
    }

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

    /// <summary>The employee's profile from the directory, when the policy reads <c>emp.*</c>; null otherwise.</summary>
    internal EmployeeProfile? Employee { get; set; }

    internal string EmployeeDepartment => Employee?.Department ?? "";

    internal string EmployeeGrade => Employee?.Grade ?? "";

    internal DateTime EmployeeHireDate => Employee?.HireDate.ToDateTimeUnspecified() ?? DateTime.MinValue;

    /// <summary>Whole years from the hire date to the event's local date (negative before the hire date).</summary>
    internal int EmployeeTenureYears => Employee is null ? 0 : Period.Between(Employee.HireDate, Local.Date, PeriodUnits.Years).Years;

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

    /// <summary>
    /// Facts for <paramref name="e"/> under <paramref name="policy"/>'s attribute declarations, with the employee's
    /// <paramref name="profile"/>; throws <see cref="ArgumentException"/> naming the attribute when one is undeclared or mistyped.
    /// </summary>
    internal static EventFacts From(PointsEvent e, DateTimeZone zone, PointsPolicy policy, EmployeeProfile? profile = null)
    {
        var facts = new EventFacts(policy.Attributes);
        facts.Load(e, zone);
        facts.Employee = profile;
        return policy.Attributes.Load(e, facts) is var (field, reason) ? throw new ArgumentException($"{field} {reason}", nameof(e)) : facts;
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
