using System.Collections.Immutable;

namespace HrKit.Payroll.Jurisdictions;

/// <summary>
/// A marginal rate scale (progressive tax bands, or graduated contribution rates): each band's rate applies to the
/// part of the amount between its threshold and the next. Immutable; <see cref="Apply"/> allocates nothing.
/// </summary>
public sealed class TaxScale
{
    /// <summary>Creates a scale.</summary>
    /// <exception cref="ArgumentException">There is no band, the first threshold is not 0, or thresholds do not ascend.</exception>
    public TaxScale(IEnumerable<ScaleBracket> brackets)
    {
        ArgumentNullException.ThrowIfNull(brackets);
        Brackets = [.. brackets];
        if (Brackets.IsEmpty || Brackets[0].Threshold != 0m)
        {
            throw new ArgumentException("A scale needs at least one band and its first band must start at threshold 0.", nameof(brackets));
        }

        for (var i = 1; i < Brackets.Length; i++)
        {
            if (Brackets[i].Threshold <= Brackets[i - 1].Threshold)
            {
                throw new ArgumentException($"Band {i} starts at {Brackets[i].Threshold}, not above the band before it ({Brackets[i - 1].Threshold}); list bands in ascending order.", nameof(brackets));
            }
        }
    }

    /// <summary>The bands, ascending by threshold; the first starts at 0.</summary>
    public ImmutableArray<ScaleBracket> Brackets { get; }

    /// <summary>The sum over the bands of rate × the part of <paramref name="amount"/> inside the band; 0 for amounts at or below 0. Not rounded.</summary>
    public decimal Apply(decimal amount)
    {
        var total = 0m;
        for (var i = 0; i < Brackets.Length && amount > Brackets[i].Threshold; i++)
        {
            var top = i + 1 < Brackets.Length ? Math.Min(amount, Brackets[i + 1].Threshold) : amount;
            total += (top - Brackets[i].Threshold) * Brackets[i].Rate;
        }

        return total;
    }

    /// <summary>The band <paramref name="amount"/> falls in (the top band charged on it); the first band for amounts at or below 0.</summary>
    public ScaleBracket BandOf(decimal amount)
    {
        var band = Brackets[0];
        foreach (var bracket in Brackets)
        {
            if (amount > bracket.Threshold)
            {
                band = bracket;
            }
        }

        return band;
    }
}
