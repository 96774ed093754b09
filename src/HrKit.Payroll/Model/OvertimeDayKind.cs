namespace HrKit.Payroll.Model;

/// <summary>The kind of day overtime was worked on (劳动法 art. 44).</summary>
public enum OvertimeDayKind
{
    /// <summary>Beyond the normal hours of a working day: 150 %.</summary>
    Workday = 0,

    /// <summary>A rest day without time off in lieu: 200 %.</summary>
    RestDay = 1,

    /// <summary>A statutory public holiday: 300 %.</summary>
    StatutoryHoliday = 2,
}
