namespace HrKit.Payroll.Periods;

/// <summary>What happened to a pay month, as recorded in its history.</summary>
public enum PeriodAction
{
    /// <summary>The month was run (or re-run) and its payslips stored.</summary>
    Run = 0,

    /// <summary>The month was locked.</summary>
    Closed = 1,

    /// <summary>A closed month was opened again (who, when and why are recorded).</summary>
    Reopened = 2,

    /// <summary>Closed months were recalculated and the difference was put into this month.</summary>
    Retro = 3,
}
