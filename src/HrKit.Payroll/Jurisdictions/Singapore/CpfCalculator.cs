using NodaTime;

namespace HrKit.Payroll.Jurisdictions.Singapore;

/// <summary>
/// A month's CPF contributions (CPF Board, "How much CPF contributions to pay", steps 1 to 4, and the rate tables).
/// Wages: Ordinary Wages are capped at the monthly OW ceiling; Additional Wages at what is left of the year's AW
/// ceiling (annual ceiling − the year's OW subject to CPF − AW already subjected). When the year's OW is not given it
/// is projected: OW subjected so far plus this month's capped OW for every month to December, as employers estimate it
/// when paying a bonus; recompute at year end or when employment ends if the OW changed.
/// Contribution by total wages TW: none up to $50; employer's rate × TW up to $500; below $750 employer's rate × TW
/// plus the phase-in factor × (TW − $500), of which the latter is the employee's; from $750 the total and employee rates.
/// Rounding (CPF Board): the total is rounded to the nearest dollar, 50 cents up; the employee's share drops its cents;
/// the employer's share is the difference. Bounds: wages 0 to <see cref="PayrollLimits.MaxAmount"/>.
/// </summary>
public static class CpfCalculator
{
    /// <summary>Computes the month's contributions.</summary>
    /// <param name="parameters">The figures in force for the month.</param>
    /// <param name="rate">The table row (see <see cref="CpfRateTables"/> and <see cref="CpfAgeBands"/>).</param>
    /// <param name="month">The wage month.</param>
    /// <param name="ordinaryWages">The month's Ordinary Wages.</param>
    /// <param name="additionalWages">Additional Wages paid in the month (bonus, leave pay, …).</param>
    /// <param name="yearToDate">What this employer subjected to CPF earlier in the calendar year.</param>
    /// <param name="ordinaryWagesForYear">The year's total OW subject to CPF when known (e.g. at year end); null to project it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A wage or year-to-date amount is negative or above <see cref="PayrollLimits.MaxAmount"/>.</exception>
    public static CpfContribution Calculate(CpfParameters parameters, CpfRate rate, YearMonth month, decimal ordinaryWages, decimal additionalWages,
        CpfYearToDate yearToDate, decimal? ordinaryWagesForYear = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Check(ordinaryWages, nameof(ordinaryWages));
        Check(additionalWages, nameof(additionalWages));
        Check(yearToDate.OrdinaryWagesSubjectToCpf, nameof(yearToDate));
        Check(yearToDate.AdditionalWagesSubjectToCpf, nameof(yearToDate));
        if (ordinaryWagesForYear is { } given)
        {
            Check(given, nameof(ordinaryWagesForYear));
        }

        // Operands are at most 1e9 and months at most 12, so no sum or product below can overflow decimal.
        var ow = Math.Min(ordinaryWages, parameters.OrdinaryWageCeiling);
        var owForYear = ordinaryWagesForYear ?? yearToDate.OrdinaryWagesSubjectToCpf + (ow * (13 - month.Month));
        var awCeiling = Math.Max(0m, parameters.AnnualWageCeiling - owForYear);
        var awRoom = Math.Max(0m, awCeiling - yearToDate.AdditionalWagesSubjectToCpf);
        var aw = Math.Min(additionalWages, awRoom);
        var tw = ow + aw;

        decimal totalRaw, employeeRaw;
        if (tw <= parameters.NoContributionUpTo)
        {
            totalRaw = employeeRaw = 0m;
        }
        else if (tw <= parameters.EmployerOnlyUpTo)
        {
            totalRaw = rate.EmployerRate * tw;
            employeeRaw = 0m;
        }
        else if (tw < parameters.PhaseInBelow)
        {
            employeeRaw = rate.EmployeePhaseInFactor * (tw - parameters.EmployerOnlyUpTo);
            totalRaw = (rate.EmployerRate * tw) + employeeRaw;
        }
        else
        {
            totalRaw = rate.TotalRate * tw;
            employeeRaw = rate.EmployeeRate * tw;
        }

        var total = Math.Round(totalRaw, 0, MidpointRounding.AwayFromZero);
        var employee = Math.Min(Math.Floor(employeeRaw), total);
        var after = new CpfYearToDate(yearToDate.OrdinaryWagesSubjectToCpf + ow, yearToDate.AdditionalWagesSubjectToCpf + aw);
        return new CpfContribution(rate, ow, aw, awCeiling, total, employee, total - employee, after);
    }

    private static void Check(decimal amount, string name)
    {
        if (amount < 0m || amount > PayrollLimits.MaxAmount)
        {
            throw new ArgumentOutOfRangeException(name, amount, $"{name} must be between 0 and {PayrollLimits.MaxAmount}.");
        }
    }
}
