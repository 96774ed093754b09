using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// Dated social insurance and housing fund schedules by city. The built-in table is one embedded JSON file per city
/// (docs/payroll-contributions.md lists the cities and how far each reaches); hosts load their own files
/// (<see cref="ContributionTableLoader"/>) and lay them over the built-in table with <see cref="ReplaceCities"/>
/// (whole cities) or <see cref="With"/> (single schedules). A month after a city's last schedule is paid on that
/// schedule for at most <see cref="MaxCarryForwardMonths"/> months and marked provisional (<see cref="Lookup"/>).
/// </summary>
public sealed class ContributionTable
{
    /// <summary>
    /// How many months after its last schedule ends a city is still paid on it, provisionally. Bureaus publish a
    /// cycle's bases months late (Beijing's July 2025 cycle came out in September 2025), so one year of delay must
    /// pay; two years without a new cycle means the data is stale, not late, and a run then stops with an error.
    /// </summary>
    public const int MaxCarryForwardMonths = 24;

    private readonly FrozenDictionary<string, ImmutableArray<CityContributionSchedule>> _byCity;

    // The same entries under their lower-case keys, compared ordinally (Find's first probe).
    private readonly FrozenDictionary<string, ImmutableArray<CityContributionSchedule>> _byCityExact;

    // Carried-forward lookups, kept so that a bulk run in a provisional month builds each city's message once and
    // pays every employee without allocating. At most MaxCarryForwardMonths entries per city.
    private readonly ConcurrentDictionary<(string City, YearMonth Month), ContributionLookup> _carried = new(CityMonthComparer.Instance);

    /// <summary>Creates a table; overlapping schedules of one city are rejected.</summary>
    /// <exception cref="ArgumentException">Two schedules of one city overlap; the message names both.</exception>
    public ContributionTable(IEnumerable<CityContributionSchedule> schedules)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        var grouped = schedules
            .GroupBy(s => s.City, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key.ToLowerInvariant(), g => g.OrderBy(s => s.EffectiveFrom).ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
        foreach (var (city, list) in grouped)
        {
            if (FindOverlap(list) is { } overlap)
            {
                throw new ArgumentException(
                    $"City '{city}': {OverlapText(overlap.Earlier, overlap.Later)}", nameof(schedules));
            }
        }

        _byCity = grouped.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _byCityExact = grouped.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The built-in table: the embedded per-city files under <c>Jurisdictions/China/Data/Contributions</c>.</summary>
    public static ContributionTable BuiltIn => BuiltInTable.Value;

    private static readonly Lazy<ContributionTable> BuiltInTable = new(ContributionTableLoader.LoadBuiltIn);

    /// <summary>City codes in the table.</summary>
    public IEnumerable<string> Cities => _byCity.Keys;

    /// <summary>All schedules.</summary>
    public IEnumerable<CityContributionSchedule> Schedules => _byCity.Values.SelectMany(s => s);

    /// <summary>The published schedule of <paramref name="city"/> that covers <paramref name="month"/>, or null (no carry-forward).</summary>
    public CityContributionSchedule? Find(string city, YearMonth month)
    {
        // Keys are lower case and most inputs spell the city so: an ordinal probe first skips the case-insensitive
        // comparison, which was ~1.4 % of a bulk run; a miss still finds the city in any spelling.
        if (city is null || (!_byCityExact.TryGetValue(city, out var list) && !_byCity.TryGetValue(city, out list)))
        {
            return null;
        }

        // Schedules of a city never overlap (checked when the table is built), so at most one covers the month and the
        // search order does not change the answer: newest first, where the months paid usually are, with the month's
        // first day computed once.
        var day = month.OnDayOfMonth(1);
        for (var i = list.Length - 1; i >= 0; i--)
        {
            var schedule = list[i];
            if (schedule.CoversDay(day))
            {
                return schedule;
            }
        }

        return null;
    }

    /// <summary>
    /// What applies to <paramref name="city"/> in <paramref name="month"/>: the published schedule, the latest one
    /// carried forward (at most <see cref="MaxCarryForwardMonths"/> months after it ends), or why nothing applies.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="city"/> is null.</exception>
    public ContributionLookup Lookup(string city, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(city);
        var monthText = YearMonthPattern.Iso.Format(month);
        if (!_byCity.TryGetValue(city, out var list))
        {
            return new ContributionLookup(city, month, ContributionCoverage.UnknownCity, null, null,
                $"'{city}' is not in the contribution table (known: {string.Join(", ", Cities.Order(StringComparer.Ordinal))}); add a file for it.");
        }

        if (_carried.TryGetValue((city, month), out var cached))
        {
            return cached;
        }

        if (Find(city, month) is { } published)
        {
            return new ContributionLookup(city, month, ContributionCoverage.Published, published, null,
                $"{published.City} {monthText}: schedule {Range(published)}; source: {published.Provenance}.");
        }

        var latest = list[^1];
        var notCovered = $"the contribution table has no schedule of '{city}' for {monthText} (it covers {string.Join(", ", list.Select(Range))})";
        if (latest.EffectiveTo is not { } end || month.OnDayOfMonth(1) < latest.EffectiveFrom || month.OnDayOfMonth(1) <= end)
        {
            return new ContributionLookup(city, month, ContributionCoverage.NotCovered, null, null, notCovered + "; add the missing schedule.");
        }

        var lastCovered = new YearMonth(end.Year, end.Month);
        var monthsAfter = MonthsBetween(lastCovered, month);
        var unpublished = lastCovered.PlusMonths(1);
        if (monthsAfter > MaxCarryForwardMonths)
        {
            return new ContributionLookup(city, month, ContributionCoverage.BeyondCarryForwardLimit, null, null,
                $"{notCovered}: {monthText} is {monthsAfter} months after the last schedule ended and a schedule is carried forward at most {MaxCarryForwardMonths} months; add the {YearMonthPattern.Iso.Format(unpublished)} cycle and later ones.");
        }

        var message = ChinaMessages.CarryForward(latest.City, month, unpublished, latest.EffectiveFrom, end, monthsAfter).ToString();
        var carry = new ContributionCarryForward(latest.City, month, unpublished, latest.EffectiveFrom, end, monthsAfter, message);
        return _carried.GetOrAdd((city, month), new ContributionLookup(city, month, ContributionCoverage.CarriedForward, latest, carry, message));
    }

    /// <summary>How far each city's data reaches, by city code.</summary>
    public IEnumerable<CityContributionCoverage> Coverage() =>
        _byCity.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv =>
        {
            var latest = kv.Value[^1];
            YearMonth? until = latest.EffectiveTo is { } end ? new YearMonth(end.Year, end.Month).PlusMonths(MaxCarryForwardMonths) : null;
            return new CityContributionCoverage(kv.Key, kv.Value[0].EffectiveFrom, latest.EffectiveTo, latest, until);
        });

    /// <summary>
    /// The cities whose last schedule ends before <paramref name="month"/> starts: paying that month for them is
    /// provisional (carried forward) or, past <see cref="MaxCarryForwardMonths"/>, an error.
    /// </summary>
    public ImmutableArray<CityContributionCoverage> CitiesEndingBefore(YearMonth month) =>
        [.. Coverage().Where(c => c.LastDay is { } last && last < month.OnDayOfMonth(1))];

    /// <summary>Whether the table knows <paramref name="city"/> at all.</summary>
    public bool HasCity(string city) => city is not null && _byCity.ContainsKey(city);

    /// <summary>The schedules of <paramref name="city"/>, oldest first; empty for an unknown city.</summary>
    public ImmutableArray<CityContributionSchedule> SchedulesOf(string city) =>
        city is not null && _byCity.TryGetValue(city, out var list) ? list : [];

    /// <summary>A new table with <paramref name="overrides"/> replacing schedules of the same city and start date.</summary>
    /// <exception cref="ArgumentException">The result would have overlapping schedules of one city.</exception>
    public ContributionTable With(IEnumerable<CityContributionSchedule> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var list = overrides.ToList();
        var replaced = Schedules.Where(s => !list.Any(o =>
            string.Equals(o.City, s.City, StringComparison.OrdinalIgnoreCase) && o.EffectiveFrom == s.EffectiveFrom));
        return new ContributionTable(replaced.Concat(list));
    }

    /// <summary>
    /// A new table in which every city of <paramref name="replacements"/> replaces that city here as a whole (all its
    /// schedules), and cities this table lacks are added. This is how a host's folder of city files overrides the built-in table.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="replacements"/> is null.</exception>
    public ContributionTable ReplaceCities(ContributionTable replacements)
    {
        ArgumentNullException.ThrowIfNull(replacements);
        var kept = Schedules.Where(s => !replacements.HasCity(s.City));
        return new ContributionTable(kept.Concat(replacements.Schedules));
    }

    internal static (CityContributionSchedule Earlier, CityContributionSchedule Later)? FindOverlap(IReadOnlyList<CityContributionSchedule> ordered)
    {
        for (var i = 1; i < ordered.Count; i++)
        {
            var previousEnd = ordered[i - 1].EffectiveTo;
            if (previousEnd is null || previousEnd.Value >= ordered[i].EffectiveFrom)
            {
                return (ordered[i - 1], ordered[i]);
            }
        }

        return null;
    }

    internal static string OverlapText(CityContributionSchedule earlier, CityContributionSchedule later) =>
        $"the schedule {Range(earlier)} overlaps the one from {later.EffectiveFrom:yyyy-MM-dd}; give the earlier one an effectiveTo before the later one starts.";

    internal static string Range(CityContributionSchedule s) =>
        $"{s.EffectiveFrom:yyyy-MM-dd}..{(s.EffectiveTo is { } to ? to.ToString("yyyy-MM-dd", null) : "open")}";

    private static int MonthsBetween(YearMonth from, YearMonth to) => ((to.Year - from.Year) * 12) + to.Month - from.Month;

    private sealed class CityMonthComparer : IEqualityComparer<(string City, YearMonth Month)>
    {
        public static readonly CityMonthComparer Instance = new();

        public bool Equals((string City, YearMonth Month) x, (string City, YearMonth Month) y) =>
            x.Month == y.Month && string.Equals(x.City, y.City, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string City, YearMonth Month) key) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(key.City), key.Month);
    }
}
