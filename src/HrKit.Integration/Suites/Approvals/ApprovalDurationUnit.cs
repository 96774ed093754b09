namespace HrKit.Integration.Suites.Approvals;

/// <summary>The unit a request's duration is counted in, as the company's template counts it.</summary>
public enum ApprovalDurationUnit
{
    /// <summary>Days (half days are 0.5).</summary>
    Days = 0,

    /// <summary>Hours.</summary>
    Hours = 1,
}
