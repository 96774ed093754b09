namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>What the contribution table has for a city and a month (see <see cref="ContributionTable.Lookup"/>).</summary>
public enum ContributionCoverage
{
    /// <summary>A published schedule covers the month.</summary>
    Published = 0,

    /// <summary>
    /// The month is after the city's last schedule, by at most <see cref="ContributionTable.MaxCarryForwardMonths"/>
    /// months: it is paid provisionally on the last schedule and the payslip says so.
    /// </summary>
    CarriedForward = 1,

    /// <summary>The table has no schedule of the city at all.</summary>
    UnknownCity = 2,

    /// <summary>The month is before the city's first schedule, or between two schedules (a gap in the data).</summary>
    NotCovered = 3,

    /// <summary>The month is more than <see cref="ContributionTable.MaxCarryForwardMonths"/> months after the last schedule.</summary>
    BeyondCarryForwardLimit = 4,
}
