namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

/// <summary>How often an employee is paid; it fixes the number of PAYE periods in the tax year and the NICs thresholds used.</summary>
public enum UkPayFrequency
{
    /// <summary>Paid monthly: 12 tax months (month 1 runs 6 April to 5 May).</summary>
    Monthly = 0,

    /// <summary>Paid weekly: 52 tax weeks, plus week 53 (54 or 56 for fortnightly or four-weekly pay) taxed on the week 1 basis.</summary>
    Weekly = 1,
}
