using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// Dated social insurance and housing fund schedules by city. The built-in table covers Beijing, Shanghai, Shenzhen
/// and Guangzhou; hosts load their own (<see cref="ContributionTableLoader"/>) or combine tables with <see cref="With"/>,
/// where a host's schedule replaces a built-in one of the same city and start date.
/// </summary>
public sealed class ContributionTable
{
    private readonly FrozenDictionary<string, ImmutableArray<CityContributionSchedule>> _byCity;

    /// <summary>Creates a table; overlapping schedules of one city are rejected.</summary>
    public ContributionTable(IEnumerable<CityContributionSchedule> schedules)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        var grouped = schedules
            .GroupBy(s => s.City, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key.ToLowerInvariant(), g => g.OrderBy(s => s.EffectiveFrom).ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
        foreach (var (city, list) in grouped)
        {
            for (var i = 1; i < list.Length; i++)
            {
                var previousEnd = list[i - 1].EffectiveTo;
                if (previousEnd is null || previousEnd.Value >= list[i].EffectiveFrom)
                {
                    throw new ArgumentException(
                        $"City '{city}': the schedule from {list[i - 1].EffectiveFrom:yyyy-MM-dd} overlaps the one from {list[i].EffectiveFrom:yyyy-MM-dd}; give the earlier one an effectiveTo before the later one starts.",
                        nameof(schedules));
                }
            }
        }

        _byCity = grouped.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The built-in table (embedded resource <c>china-contributions.json</c>).</summary>
    public static ContributionTable BuiltIn => BuiltInTable.Value;

    private static readonly Lazy<ContributionTable> BuiltInTable = new(ContributionTableLoader.LoadBuiltIn);

    /// <summary>City codes in the table.</summary>
    public IEnumerable<string> Cities => _byCity.Keys;

    /// <summary>All schedules.</summary>
    public IEnumerable<CityContributionSchedule> Schedules => _byCity.Values.SelectMany(s => s);

    /// <summary>The schedule of <paramref name="city"/> that covers <paramref name="month"/>, or null.</summary>
    public CityContributionSchedule? Find(string city, YearMonth month)
    {
        if (city is null || !_byCity.TryGetValue(city, out var list))
        {
            return null;
        }

        foreach (var schedule in list)
        {
            if (schedule.Covers(month))
            {
                return schedule;
            }
        }

        return null;
    }

    /// <summary>Whether the table knows <paramref name="city"/> at all.</summary>
    public bool HasCity(string city) => city is not null && _byCity.ContainsKey(city);

    /// <summary>A new table with <paramref name="overrides"/> replacing schedules of the same city and start date.</summary>
    public ContributionTable With(IEnumerable<CityContributionSchedule> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var list = overrides.ToList();
        var replaced = Schedules.Where(s => !list.Any(o =>
            string.Equals(o.City, s.City, StringComparison.OrdinalIgnoreCase) && o.EffectiveFrom == s.EffectiveFrom));
        return new ContributionTable(replaced.Concat(list));
    }
}
