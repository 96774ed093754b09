using HrKit.Payroll.Localization;
namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

/// <summary>
/// Class 1 National Insurance for one pay period by the exact percentage method (HMRC manual NIM11002; Social Security
/// (Contributions) Regulations 2001 reg. 12(1); rounding in <see cref="UkRounding.NationalInsurance"/>): each pay period stands alone (no cumulation, except for directors, which this
/// calculator does not cover). Employee: the category's main rate on earnings above the Primary Threshold up to the
/// Upper Earnings Limit, its additional rate above it, nothing if earnings are below the Lower Earnings Limit.
/// Employer: the employer rate on earnings above the category's secondary threshold (Secondary Threshold, or the
/// freeport, investment zone, under-21, apprentice or veterans upper secondary threshold).
/// </summary>
public static class NationalInsuranceCalculator
{
    /// <summary>Computes one period's contributions.</summary>
    /// <param name="parameters">The tax year of the payment.</param>
    /// <param name="frequency">Weekly or monthly thresholds.</param>
    /// <param name="category">The category letter (case-insensitive).</param>
    /// <param name="earnings">NICable earnings of the period (gross pay before pension net-pay deductions), not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="PayrollInputException">
    /// The category letter is not one of the tax year's (field <c>niCategory</c>), or the earnings are negative or
    /// above <see cref="PayrollLimits.MaxAmount"/> (field <c>earnings</c>).
    /// </exception>
    public static NationalInsuranceResult Calculate(UkTaxYearParameters parameters, UkPayFrequency frequency, char category, decimal earnings)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var ni = parameters.NationalInsurance;
        var letter = char.ToUpperInvariant(category);
        if (!ni.Categories.TryGetValue(letter, out var rates))
        {
            throw new PayrollInputException("?", "niCategory",
                new LocalText("Error.GB.NiCategoryInYear", category, parameters.TaxYear, string.Join(", ", ni.Categories.Keys.Order())));
        }

        if (earnings < 0m || earnings > PayrollLimits.MaxAmount)
        {
            throw new PayrollInputException("?", "earnings", new LocalText("Error.GB.EarningsBound", earnings, PayrollLimits.MaxAmount));
        }

        var t = ni.For(frequency);
        decimal employee = 0m, atLel = 0m, lelToPt = 0m, ptToUel = 0m;
        if (earnings >= t.Lel)
        {
            atLel = t.Lel;
            lelToPt = Math.Min(earnings, t.Pt) - t.Lel;
            ptToUel = Math.Max(0m, Math.Min(earnings, t.Uel) - t.Pt);
            var aboveUel = Math.Max(0m, earnings - t.Uel);
            employee = UkRounding.NationalInsurance((ptToUel * rates.EmployeeMainRate) + (aboveUel * rates.EmployeeAdditionalRate));
        }

        var employer = t.Secondary(rates.EmployerFrom) is { } threshold && earnings > threshold
            ? UkRounding.NationalInsurance((earnings - threshold) * ni.EmployerRate)
            : 0m;
        return new NationalInsuranceResult(letter, employee, employer, atLel, lelToPt, ptToUel);
    }
}
