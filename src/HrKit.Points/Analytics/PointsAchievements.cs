using HrKit.Points.Ledger;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Points.Analytics;

/// <summary>
/// Levels from lifetime earned points, badges from streaks and counts, leaderboards per period and department — each
/// one ledger query (SQL on SQLite and PostgreSQL). Dates are local to <see cref="PointsOptions.TimeZoneId"/>.
/// See docs/points-ledger.md.
/// </summary>
/// <remarks>Virtual members and a protected constructor let a host's unit tests replace it with a mock.</remarks>
public class PointsAchievements
{
    private readonly IPointsLedgerStore _store;
    private readonly PointsOptions _options;

    /// <summary>Creates the queries over <paramref name="store"/>.</summary>
    /// <param name="store">The ledger.</param>
    /// <param name="options">The time zone of local dates.</param>
    public PointsAchievements(IPointsLedgerStore store, IOptions<PointsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _options = options.Value;
    }

    /// <summary>For mocking only: queries over no ledger, whose members a test double must override.</summary>
    protected PointsAchievements()
    {
        _store = null!;
        _options = null!;
    }

    /// <summary>The employee's level by lifetime earned points across all categories.</summary>
    /// <param name="employeeId">The employee.</param>
    /// <param name="levels">The levels, in any order; names unique, thresholds 0 or more and distinct.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <exception cref="ArgumentException">An id is empty, or the levels are empty, unnamed, negative or share a name or threshold.</exception>
    /// <exception cref="PointsInputException">The employee id is longer than <see cref="PointsBounds.MaxIdLength"/>.</exception>
    public virtual async Task<LevelStanding> GetLevelAsync(string employeeId, IReadOnlyList<PointsLevel> levels, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(levels);
        if (levels.Count == 0 || levels.Any(l => l is null || string.IsNullOrWhiteSpace(l.Name) || l.MinEarned < 0)
            || levels.DistinctBy(l => l.Name).Count() != levels.Count || levels.DistinctBy(l => l.MinEarned).Count() != levels.Count)
        {
            throw new ArgumentException("Levels must be at least one, each named, from 0 points up, with distinct names and thresholds.", nameof(levels));
        }

        var earned = await _store.GetLifetimeEarnedAsync(employeeId, cancellationToken: cancellationToken).ConfigureAwait(false);
        var ordered = levels.OrderBy(l => l.MinEarned).ToList();
        var level = ordered.LastOrDefault(l => l.MinEarned <= earned);
        var next = ordered.FirstOrDefault(l => l.MinEarned > earned);
        return new LevelStanding(employeeId, earned, level, next, next is null ? 0 : next.MinEarned - earned);
    }

    /// <summary>The badges the employee has earned by the end of <paramref name="through"/> (all history when null).</summary>
    /// <exception cref="ArgumentException">An id is empty, a rule's count is outside 1–10,000, or two rules share a name.</exception>
    /// <exception cref="PointsInputException">An id is longer than <see cref="PointsBounds.MaxIdLength"/>, or <paramref name="through"/> is outside the years 1 to 9998.</exception>
    public virtual async Task<IReadOnlyList<EarnedBadge>> GetBadgesAsync(string employeeId, IReadOnlyList<BadgeRule> rules, LocalDate? through = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Any(r => r is null || string.IsNullOrWhiteSpace(r.Name) || r.Count is < 1 or > 10_000 || !Enum.IsDefined(r.Window)) || rules.DistinctBy(r => r.Name).Count() != rules.Count)
        {
            throw new ArgumentException("Badge rules must be named uniquely, with a count from 1 to 10,000 and a defined window.", nameof(rules));
        }

        var zone = _options.Zone;
        Instant? end = null;
        if (through is { } last)
        {
            ReportDates.EnsureInRange(last, nameof(through));
            end = last.PlusDays(1).AtStartOfDayInZone(zone).ToInstant();
        }

        var badges = new List<EarnedBadge>();
        foreach (var rule in rules)
        {
            var activity = await _store.GetActivityAsync(employeeId, rule.EventType, new Interval(null, end), cancellationToken).ConfigureAwait(false);
            var dates = activity.Select(at => at.InZone(zone).Date).ToList();
            if (BadgeCounter.Earned(dates, rule) is { } badge)
            {
                badges.Add(badge);
            }
        }

        return badges;
    }

    /// <summary>Top earners from <paramref name="first"/> to <paramref name="last"/> (local dates, inclusive).</summary>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    /// <exception cref="PointsInputException">A date is outside the years 1 to 9998, or <paramref name="top"/> outside 1–1,000.</exception>
    public virtual Task<IReadOnlyList<LeaderboardEntry>> GetLeaderboardAsync(LocalDate first, LocalDate last, int top, string? category = null, CancellationToken cancellationToken = default) =>
        _store.GetLeaderboardAsync(new LeaderboardQuery(Period(first, last), top) { Category = category }, cancellationToken);

    /// <summary>Top earners of one department, its members read from the host's <paramref name="directory"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="department"/> is empty, or <paramref name="last"/> is before <paramref name="first"/>.</exception>
    /// <exception cref="PointsInputException">A date is out of range, <paramref name="top"/> outside 1–1,000, or the department has more than 10,000 members.</exception>
    public virtual async Task<IReadOnlyList<LeaderboardEntry>> GetDepartmentLeaderboardAsync(
        IDepartmentDirectory directory, string department, LocalDate first, LocalDate last, int top, string? category = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentException.ThrowIfNullOrEmpty(department);
        var members = await directory.GetMembersAsync(department, cancellationToken).ConfigureAwait(false);
        return members.Count == 0
            ? []
            : await _store.GetLeaderboardAsync(new LeaderboardQuery(Period(first, last), top) { Category = category, EmployeeIds = members }, cancellationToken).ConfigureAwait(false);
    }

    private Interval Period(LocalDate first, LocalDate last)
    {
        ReportDates.EnsureInRange(first, nameof(first));
        ReportDates.EnsureInRange(last, nameof(last));
        _ = new DateInterval(first, last);
        var zone = _options.Zone;
        return new Interval(first.AtStartOfDayInZone(zone).ToInstant(), last.PlusDays(1).AtStartOfDayInZone(zone).ToInstant());
    }
}
