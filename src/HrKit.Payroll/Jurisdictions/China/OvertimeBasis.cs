namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>Which overtime hours the leave policy pays.</summary>
public enum OvertimeBasis
{
    /// <summary>The hours recorded by time clocks.</summary>
    Clocked = 0,

    /// <summary>The hours approved; clocked hours without an approval are not paid.</summary>
    Approved = 1,
}
