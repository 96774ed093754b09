namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

/// <summary>Class 1 National Insurance for one pay period, with the earnings bands RTI reports.</summary>
/// <param name="Category">The category letter used.</param>
/// <param name="Employee">Employee (primary) contributions, rounded by the exact percentage method.</param>
/// <param name="Employer">Employer (secondary) contributions, rounded by the exact percentage method.</param>
/// <param name="EarningsAtLel">Earnings up to and including the Lower Earnings Limit (0 when below it).</param>
/// <param name="EarningsLelToPt">Earnings above the Lower Earnings Limit up to the Primary Threshold.</param>
/// <param name="EarningsPtToUel">Earnings above the Primary Threshold up to the Upper Earnings Limit.</param>
public readonly record struct NationalInsuranceResult(
    char Category,
    decimal Employee,
    decimal Employer,
    decimal EarningsAtLel,
    decimal EarningsLelToPt,
    decimal EarningsPtToUel);
