namespace HrKit.Payroll.Periods;

/// <summary>Whether a stored payslip was paid or is a retro recalculation of a closed month.</summary>
public enum StoredPayslipKind
{
    /// <summary>What was paid for the month (including any retro lines settled in it).</summary>
    Paid = 0,

    /// <summary>
    /// What a closed month should have paid after a retro correction; informational: its difference was paid in
    /// <see cref="StoredPayslip.SettledIn"/>.
    /// </summary>
    Recalculated = 1,
}
