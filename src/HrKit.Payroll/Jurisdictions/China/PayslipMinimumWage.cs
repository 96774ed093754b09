using HrKit.Payroll.Model;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// Checks a payslip against the city's minimum wage when it pays a full month of normal work: employed the whole
/// month (no proration), no unpaid or reduced leave. Pay for normal hours is the gross pay less overtime lines
/// (<c>OT_*</c>), the annual bonus and tax-free income (benefits and subsidies are not wages for normal work).
/// </summary>
public static class PayslipMinimumWage
{
    /// <summary>The line code of the flag the China pack adds to a full payslip below the minimum wage (kind Info, amount = the shortfall).</summary>
    public const string LineCode = "MINIMUM_WAGE_SHORTFALL";

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
        return Check(input, payslip.Lines, payslip.GrossPay, payslip.EmployeeContributions, table);
    }

    internal static MinimumWageShortfall? Check(EmployeeMonthInput input, IEnumerable<PayslipLine> lines, decimal grossPay, decimal employeeContributions, MinimumWageTable table)
    {
        decimal excluded = 0;
        foreach (var line in lines)
        {
            if (line.Code is "UNPAID_LEAVE" or "LEAVE" && line.Amount != 0m)
            {
                return null;
            }

            if (line.Code.StartsWith("OT_", StringComparison.Ordinal) || line.Code is "ANNUAL_BONUS" or "TAX_FREE_INCOME")
            {
                excluded += line.Amount;
            }
        }

        if (!IsEmployedAllMonth(input) || table.Find(input.City, input.Period) is not { } standard)
        {
            return null;
        }

        return MinimumWageCheck.Check(standard, grossPay - excluded, employeeContributions);
    }

    private static bool IsEmployedAllMonth(EmployeeMonthInput input)
    {
        var first = input.Period.OnDayOfMonth(1);
        var last = input.Period.OnDayOfMonth(input.Period.Calendar.GetDaysInMonth(input.Period.Year, input.Period.Month));
        return input.ProrationFactor is null or 1m
            && (input.HireDate is null || input.HireDate <= first)
            && (input.TerminationDate is null || input.TerminationDate >= last)
            && input.Attendance.UnpaidLeaveDays == 0m;
    }
}
