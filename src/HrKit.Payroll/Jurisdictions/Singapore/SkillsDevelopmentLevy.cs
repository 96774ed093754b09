namespace HrKit.Payroll.Jurisdictions.Singapore;

/// <summary>
/// Skills Development Levy, paid by the employer for every employee (citizens, SPRs and foreigners): 0.25 % of the
/// month's total remuneration up to the first $4,500, at least $2 (SkillsFuture Singapore / GoBusiness, "SDL
/// computation"). Rounding: each employee's levy to the cent (half away from zero); the employer's total payable is
/// rounded down to the dollar, once, for the whole organisation. No remuneration in a month, no levy.
/// </summary>
public static class SkillsDevelopmentLevy
{
    /// <summary>One employee's levy for a month.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The remuneration is negative or above <see cref="PayrollLimits.MaxAmount"/>.</exception>
    public static decimal ForEmployee(SdlParameters parameters, decimal remuneration)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (remuneration < 0m || remuneration > PayrollLimits.MaxAmount)
        {
            throw new ArgumentOutOfRangeException(nameof(remuneration), remuneration, $"Remuneration must be between 0 and {PayrollLimits.MaxAmount}.");
        }

        return remuneration == 0m
            ? 0m
            : Math.Max(parameters.Minimum, Money.RoundToFen(parameters.Rate * Math.Min(remuneration, parameters.RemunerationCap)));
    }

    /// <summary>The organisation's levy payable for a month: the employees' levies summed and rounded down to the dollar.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="levies"/> is null.</exception>
    /// <exception cref="OverflowException">The sum exceeds decimal's range (not reachable with levies from <see cref="ForEmployee"/>).</exception>
    public static decimal TotalPayable(IEnumerable<decimal> levies)
    {
        ArgumentNullException.ThrowIfNull(levies);
        var total = 0m;
        foreach (var levy in levies)
        {
            total = checked(total + levy);
        }

        return Math.Floor(total);
    }
}
