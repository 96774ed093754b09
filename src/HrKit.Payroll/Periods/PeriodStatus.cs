namespace HrKit.Payroll.Periods;

/// <summary>Whether a company's pay month can still change.</summary>
public enum PeriodStatus
{
    /// <summary>Can be run and re-run; a re-run replaces the month's payslips.</summary>
    Open = 0,

    /// <summary>Locked: changed only through retro recalculation, or after an explicit, recorded reopen.</summary>
    Closed = 1,
}
