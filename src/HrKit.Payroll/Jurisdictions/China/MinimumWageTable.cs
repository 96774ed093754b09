using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// Dated minimum wages by city (docs/payroll-china.md, "Minimum wage", lists the built-in cities and sources). Hosts
/// add cities or newer standards with <see cref="With"/>.
/// </summary>
public sealed class MinimumWageTable
{
    private readonly FrozenDictionary<string, ImmutableArray<MinimumWage>> _byCity;

    /// <summary>Creates a table.</summary>
    /// <exception cref="ArgumentException">
    /// Two standards of one city start on the same day, or a figure is not positive; the message names the city and date.
    /// </exception>
    public MinimumWageTable(IEnumerable<MinimumWage> standards)
    {
        ArgumentNullException.ThrowIfNull(standards);
        var byCity = new Dictionary<string, ImmutableArray<MinimumWage>>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in standards.GroupBy(s => s.City.ToLowerInvariant(), StringComparer.Ordinal))
        {
            var list = group.OrderBy(s => s.EffectiveFrom).ToImmutableArray();
            for (var i = 0; i < list.Length; i++)
            {
                var s = list[i];
                if (s.Monthly <= 0m || s.Monthly > PayrollLimits.MaxAmount || s.HourlyNonFullTime is <= 0m)
                {
                    throw new ArgumentException($"Minimum wage of '{s.City}' from {s.EffectiveFrom:yyyy-MM-dd}: monthly {s.Monthly} and hourly {s.HourlyNonFullTime} must be positive.", nameof(standards));
                }

                if (i > 0 && list[i - 1].EffectiveFrom == s.EffectiveFrom)
                {
                    throw new ArgumentException($"Minimum wage of '{s.City}': two standards start on {s.EffectiveFrom:yyyy-MM-dd}; keep one.", nameof(standards));
                }
            }

            byCity[group.Key] = list;
        }

        _byCity = byCity.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The built-in table: Beijing, Shanghai, Guangzhou and Shenzhen, each row with its source.</summary>
    public static MinimumWageTable BuiltIn { get; } = new(MinimumWageData.All);

    /// <summary>City codes in the table.</summary>
    public IEnumerable<string> Cities => _byCity.Keys;

    /// <summary>Every standard, by city and date.</summary>
    public IEnumerable<MinimumWage> Standards => _byCity.Values.SelectMany(s => s);

    /// <summary>
    /// The standard in force on the last day of <paramref name="month"/> (a standard raised mid-month applies to that
    /// month: the stricter reading), or null when the city is unknown or the month is before its first standard.
    /// </summary>
    public MinimumWage? Find(string city, YearMonth month)
    {
        if (city is null || !_byCity.TryGetValue(city, out var list))
        {
            return null;
        }

        var lastDay = month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));
        MinimumWage? found = null;
        foreach (var standard in list)
        {
            if (standard.EffectiveFrom <= lastDay)
            {
                found = standard;
            }
        }

        return found;
    }

    /// <summary>A table with <paramref name="standards"/> added; a standard on the same city and day as a built-in one replaces it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="standards"/> is null.</exception>
    public MinimumWageTable With(IEnumerable<MinimumWage> standards)
    {
        ArgumentNullException.ThrowIfNull(standards);
        var added = standards.ToList();
        var kept = Standards.Where(s => !added.Any(a => string.Equals(a.City, s.City, StringComparison.OrdinalIgnoreCase) && a.EffectiveFrom == s.EffectiveFrom));
        return new MinimumWageTable(kept.Concat(added));
    }
}
