namespace HrKit.Points.Policies;

/// <summary>The window a rule's points cap (per employee) or budget (across employees) applies to, in the policy time zone.</summary>
public enum CapPeriod
{
    /// <summary>A calendar day.</summary>
    Day = 0,

    /// <summary>A calendar month.</summary>
    Month = 1,
}
