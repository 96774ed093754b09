using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// 税后倒推: the gross that yields a target net, exact to the fen, computed by searching the forward calculation
/// (<see cref="CumulativeWithholding"/>, <see cref="AnnualBonusTax"/>) so it can never disagree with the payslip.
/// </summary>
/// <remarks>
/// <para>
/// Tax is rounded to the fen, so one more fen of gross raises the tax by 0.00 or 0.01: the net rises by 0.01 or
/// stays. Several grosses can therefore give the same net; the result is always the <b>smallest</b> of them (the
/// cheapest for the employer). Every fen of net above the net of a zero gross is reached by some gross.
/// </para>
/// <para>
/// A separately taxed annual bonus is not monotone: just above 36 000, 144 000, 300 000, 420 000, 660 000 and
/// 960 000 a larger bonus nets less (<see cref="AnnualBonusDeadZones"/>). A target after-tax bonus reached both
/// below a boundary and above it is answered with the bonus below, the smallest.
/// </para>
/// </remarks>
public static class NetToGross
{
    /// <summary>The gross wage of <paramref name="month"/> whose net pay equals the target, given the year so far.</summary>
    /// <param name="month">The pay month.</param>
    /// <param name="previous">The cumulative state through the previous month (<see cref="TaxYearToDate.Empty"/> in January).</param>
    /// <param name="input">The target net and the month's fixed deductions.</param>
    /// <param name="wholeYearBasicDeduction">Apply the 60 000 deduction from January (国家税务总局公告2020年第19号).</param>
    /// <exception cref="ArgumentNullException"><paramref name="previous"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A figure is negative or above <see cref="PayrollLimits.MaxAmount"/>, or the target is below the net of a zero
    /// gross (less than nothing after contributions), or no gross up to <see cref="PayrollLimits.MaxAmount"/> reaches it.
    /// </exception>
    public static NetToGrossResult MonthlyWage(YearMonth month, TaxYearToDate previous, MonthlyNetToGrossInput input, bool wholeYearBasicDeduction = false)
    {
        ArgumentNullException.ThrowIfNull(previous);
        Check(input.TargetNet, "TargetNet");
        Check(input.EmployeeContributions, "EmployeeContributions");
        Check(input.SpecialAdditionalDeductions, "SpecialAdditionalDeductions");
        Check(input.OtherDeductions, "OtherDeductions");

        decimal TaxOn(decimal gross) => CumulativeWithholding.Calculate(month, previous,
            new CumulativeWithholdingInput(gross, 0m, input.EmployeeContributions, input.SpecialAdditionalDeductions, input.OtherDeductions),
            wholeYearBasicDeduction).TaxThisMonth;
        decimal NetOf(decimal gross) => gross - input.EmployeeContributions - TaxOn(gross);

        if (input.TargetNet < NetOf(0m))
        {
            throw new ArgumentOutOfRangeException(nameof(input), input.TargetNet,
                $"TargetNet {input.TargetNet:0.00} is below the net of a zero gross ({NetOf(0m):0.00}).");
        }

        var gross = SmallestReaching(NetOf, input.TargetNet, 0m, PayrollLimits.MaxAmount)
            ?? throw new ArgumentOutOfRangeException(nameof(input), input.TargetNet,
                $"TargetNet {input.TargetNet:0.00} needs a gross above {PayrollLimits.MaxAmount:0} yuan.");
        return new NetToGrossResult(gross, TaxOn(gross), NetOf(gross));
    }

    /// <summary>The smallest separately taxed annual bonus whose after-tax amount equals the target.</summary>
    /// <param name="targetAfterTax">The bonus the employee should receive after tax, 0 to <see cref="PayrollLimits.MaxAmount"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The target is negative or above the limit.</exception>
    public static NetToGrossResult AnnualBonus(decimal targetAfterTax)
    {
        Check(targetAfterTax, nameof(targetAfterTax));

        // Within one row of the table the net never falls, so each row is searched on its own, lowest row first.
        var from = 0m;
        foreach (var bracket in TaxTable.MonthlyConverted.Brackets)
        {
            var to = bracket.UpTo == decimal.MaxValue ? PayrollLimits.MaxAmount : bracket.UpTo * 12m;
            if (AnnualBonusDeadZones.NetOf(to) >= targetAfterTax
                && SmallestReaching(AnnualBonusDeadZones.NetOf, targetAfterTax, from, to) is { } bonus)
            {
                return new NetToGrossResult(bonus, AnnualBonusTax.Calculate(bonus).Tax, AnnualBonusDeadZones.NetOf(bonus));
            }

            from = to + 0.01m;
        }

        throw new ArgumentOutOfRangeException(nameof(targetAfterTax), targetAfterTax,
            $"An after-tax bonus of {targetAfterTax:0.00} needs a bonus above {PayrollLimits.MaxAmount:0} yuan.");
    }

    // The smallest amount in [from, to], in fen, whose net is at least the target; null when even 'to' falls short.
    // 'net' must not fall within the range. Binary search on whole fen: at most 47 steps up to MaxAmount.
    internal static decimal? SmallestReaching(Func<decimal, decimal> net, decimal target, decimal from, decimal to)
    {
        var low = (long)decimal.Round(from * 100m, MidpointRounding.ToPositiveInfinity);
        var high = (long)decimal.Floor(to * 100m);
        if (low > high || net(high / 100m) < target)
        {
            return null;
        }

        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            if (net(mid / 100m) >= target)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return low / 100m;
    }

    private static void Check(decimal value, string field)
    {
        if (value < 0m || value > PayrollLimits.MaxAmount)
        {
            throw new ArgumentOutOfRangeException(field, value, $"{field} must lie between 0 and {PayrollLimits.MaxAmount:0} yuan.");
        }
    }
}
