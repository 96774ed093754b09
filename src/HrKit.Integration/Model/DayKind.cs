namespace HrKit.Integration.Model;

/// <summary>The kind of a calendar day, which decides the overtime rate (Labour Law art. 44).</summary>
public enum DayKind
{
    /// <summary>A scheduled working day, including a weekend day made a working day by the holiday arrangement (调休).</summary>
    Workday = 0,

    /// <summary>A rest day (usually Saturday and Sunday).</summary>
    RestDay = 1,

    /// <summary>A statutory public holiday.</summary>
    StatutoryHoliday = 2,
}
