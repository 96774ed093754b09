using System.Globalization;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// Whether a full month of normal work is paid at least the minimum wage (最低工资规定 art. 12): pay for normal working
/// hours, excluding overtime pay, special-condition allowances (night shift, high temperature, …) and benefits, and,
/// where the city's standard excludes them, the employee's own social insurance and housing fund.
/// </summary>
public static class MinimumWageCheck
{
    /// <summary>The shortfall, or null when the pay reaches the standard.</summary>
    /// <param name="standard">The city's standard for the month (<see cref="MinimumWageTable.Find"/>).</param>
    /// <param name="normalHoursPay">Pay for the month's normal working hours (wages less overtime and excluded allowances).</param>
    /// <param name="employeeContributions">The employee's social insurance and housing fund of the month.</param>
    /// <exception cref="ArgumentNullException"><paramref name="standard"/> is null.</exception>
    public static MinimumWageShortfall? Check(MinimumWage standard, decimal normalHoursPay, decimal employeeContributions)
    {
        ArgumentNullException.ThrowIfNull(standard);
        var compared = standard.IncludesEmployeeContributions ? normalHoursPay : normalHoursPay - employeeContributions;
        if (compared >= standard.Monthly)
        {
            return null;
        }

        var shortfall = standard.Monthly - compared;
        var message = ChinaMessages.MinimumWageShortfall(standard, compared, shortfall).ToString();
        return new MinimumWageShortfall(standard, compared, shortfall, message);
    }
}
