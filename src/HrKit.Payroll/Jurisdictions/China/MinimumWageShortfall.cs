namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>A full month of normal work paid below the city's minimum wage.</summary>
/// <param name="Standard">The minimum wage that applies.</param>
/// <param name="ComparedPay">The pay compared with it: pay for normal hours, net of the employee's contributions where the standard excludes them.</param>
/// <param name="Shortfall">How much is missing: <c>Standard.Monthly − ComparedPay</c>.</param>
/// <param name="Message">One sentence for the payslip and reports, naming the city, the standard and its date.</param>
public sealed record MinimumWageShortfall(MinimumWage Standard, decimal ComparedPay, decimal Shortfall, string Message);
