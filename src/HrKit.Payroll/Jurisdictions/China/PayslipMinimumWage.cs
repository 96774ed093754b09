using HrKit.Payroll.Model;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// Checks a payslip against the city's minimum wage when it pays a full month of normal work: employed the whole
/// month (no proration), no unpaid or reduced leave. Pay for normal hours is the gross pay less overtime lines
/// (<c>OT_*</c>), the annual bonus and tax-free income (benefits and subsidies are not wages for normal work).
/// </summary>
public static class PayslipMinimumWage
{
    /// <summary>The shortfall, or null when the month is not a full month of normal work, the city has no standard, or the pay reaches it.</summary>
    /// <param name="payslip">The payslip, with lines.</param>
    /// <param name="input">The input it was computed from.</param>
    /// <param name="table">The minimum wages (<see cref="MinimumWageTable.BuiltIn"/> or the host's).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static MinimumWageShortfall? Check(Payslip payslip, EmployeeMonthInput input, MinimumWageTable table)
    {
        ArgumentNullException.ThrowIfNull(payslip);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(table);
        if (!IsFullMonthOfNormalWork(payslip, input) || table.Find(input.City, input.Period) is not { } standard)
        {
            return null;
        }

        var excluded = payslip.Lines
            .Where(l => l.Code.StartsWith("OT_", StringComparison.Ordinal) || l.Code is "ANNUAL_BONUS" or "TAX_FREE_INCOME")
            .Sum(l => l.Amount);
        return MinimumWageCheck.Check(standard, payslip.GrossPay - excluded, payslip.EmployeeContributions);
    }

    private static bool IsFullMonthOfNormalWork(Payslip payslip, EmployeeMonthInput input)
    {
        var first = input.Period.OnDayOfMonth(1);
        var last = input.Period.OnDayOfMonth(input.Period.Calendar.GetDaysInMonth(input.Period.Year, input.Period.Month));
        var employedAllMonth = input.ProrationFactor is null or 1m
            && (input.HireDate is null || input.HireDate <= first)
            && (input.TerminationDate is null || input.TerminationDate >= last);
        var reducedLeave = payslip.Lines.Any(l => l.Code is "UNPAID_LEAVE" or "LEAVE" && l.Amount != 0m);
        return employedAllMonth && input.Attendance.UnpaidLeaveDays == 0m && !reducedLeave;
    }
}
