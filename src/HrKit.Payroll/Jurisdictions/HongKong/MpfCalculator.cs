using NodaTime;

namespace HrKit.Payroll.Jurisdictions.HongKong;

/// <summary>
/// MPF mandatory contributions of a monthly-paid regular employee (MPFA, "Mandatory Contributions": employer 5 % of
/// relevant income, employee 5 % from the minimum level up, both capped at the maximum level).
/// Rounding: each contribution is rounded to the cent, half away from zero; the Ordinance prescribes no rounding and
/// the levels make every whole-dollar income exact to the cent. Bounds: relevant income 0 to
/// <see cref="PayrollLimits.MaxAmount"/>.
/// </summary>
public static class MpfCalculator
{
    /// <summary>The contributions for the month that starts on <paramref name="periodStart"/>.</summary>
    /// <param name="parameters">The figures in force for the period.</param>
    /// <param name="relevantIncome">The period's relevant income (wages, bonus, commission, allowances; not severance or long service payments).</param>
    /// <param name="periodStart">First day of the contribution (wage) period.</param>
    /// <param name="employmentStart">First day of employment, for the new employee's contribution holiday; null when employed long before.</param>
    /// <exception cref="ArgumentOutOfRangeException">The relevant income is negative or above <see cref="PayrollLimits.MaxAmount"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public static MpfContribution Calculate(MpfParameters parameters, decimal relevantIncome, LocalDate periodStart, LocalDate? employmentStart)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (relevantIncome < 0m || relevantIncome > PayrollLimits.MaxAmount)
        {
            throw new ArgumentOutOfRangeException(nameof(relevantIncome), relevantIncome, $"Relevant income must be between 0 and {PayrollLimits.MaxAmount}.");
        }

        var capped = relevantIncome > parameters.MaximumRelevantIncome;
        var contributionBase = capped ? parameters.MaximumRelevantIncome : relevantIncome;
        var employer = Money.RoundToFen(contributionBase * parameters.EmployerRate);

        MpfEmployeeShare share;
        if (employmentStart is { } start && MpfContributionHoliday.Covers(start, periodStart, parameters.EmployeeHolidayDays))
        {
            share = MpfEmployeeShare.ContributionHoliday;
        }
        else if (relevantIncome < parameters.MinimumRelevantIncome)
        {
            share = MpfEmployeeShare.BelowMinimum;
        }
        else
        {
            share = capped ? MpfEmployeeShare.CappedAtMaximum : MpfEmployeeShare.Rate;
        }

        var employee = share is MpfEmployeeShare.Rate or MpfEmployeeShare.CappedAtMaximum
            ? Money.RoundToFen(contributionBase * parameters.EmployeeRate)
            : 0m;
        return new MpfContribution(relevantIncome, contributionBase, employee, employer, share);
    }
}
