namespace HrKit.Payroll.Jurisdictions.HongKong;

/// <summary>Which computation gave the (lower) salaries tax.</summary>
public enum SalariesTaxMethod
{
    /// <summary>Progressive rates on net chargeable income.</summary>
    Progressive,

    /// <summary>Standard rate(s) on net income (before allowances).</summary>
    StandardRate,
}
