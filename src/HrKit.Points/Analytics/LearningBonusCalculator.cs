using HrKit.Points.Ledger;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Points.Analytics;

/// <summary>
/// The points → pay link: <c>factor = min(learningPoints / target, 1) × maxFactor</c>, rounded to 4 decimals,
/// never negative. Payroll multiplies the performance bonus by <c>1 + factor</c>. HrKit.Points knows nothing of
/// payroll; HrKit.Integration passes <see cref="LearningBonus.Factor"/> into the payroll performance input.
/// </summary>
/// <remarks>Virtual members and a protected constructor let a host's unit tests replace it with a mock.</remarks>
public class LearningBonusCalculator
{
    private readonly IPointsLedgerStore _store;
    private readonly PointsOptions _options;

    /// <summary>Creates the calculator over <paramref name="store"/>.</summary>
    /// <param name="store">The ledger.</param>
    /// <param name="options">Target, maximum factor, learning category and time zone.</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="options"/> is null.</exception>
    public LearningBonusCalculator(IPointsLedgerStore store, IOptions<PointsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _options = options.Value;
    }

    /// <summary>For mocking only: a calculator over no ledger, whose members a test double must override.</summary>
    protected LearningBonusCalculator()
    {
        _store = null!;
        _options = null!;
    }

    /// <summary>The factor for a number of learning points, with the configured target and maximum.</summary>
    public virtual decimal FactorFor(long learningPoints) => Factor(learningPoints, _options.LearningTargetPoints, _options.MaxLearningBonusFactor);

    /// <summary><c>min(max(points, 0) / target, 1) × maxFactor</c>, rounded half away from zero to 4 decimals.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="targetPoints"/> is not positive.</exception>
    public static decimal Factor(long learningPoints, long targetPoints, decimal maxFactor)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetPoints);
        var share = Math.Min((decimal)Math.Max(learningPoints, 0) / targetPoints, 1m);
        return Math.Round(share * maxFactor, 4, MidpointRounding.AwayFromZero);
    }

    /// <summary>One employee's learning bonus for <paramref name="month"/>.</summary>
    /// <exception cref="PointsInputException"><paramref name="month"/> is outside the years 1 to 9998.</exception>
    public virtual async Task<LearningBonus> GetAsync(string employeeId, YearMonth month, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(employeeId);
        var all = await GetAllAsync(month, employeeId, cancellationToken).ConfigureAwait(false);
        return all.Count > 0 ? all[0] : new LearningBonus(employeeId, month, 0, 0m);
    }

    /// <summary>Learning bonuses of every employee with learning points in <paramref name="month"/>, by employee id.</summary>
    /// <exception cref="PointsInputException"><paramref name="month"/> is outside the years 1 to 9998.</exception>
    public virtual Task<IReadOnlyList<LearningBonus>> GetAllAsync(YearMonth month, CancellationToken cancellationToken = default) =>
        GetAllAsync(month, null, cancellationToken);

    private async Task<IReadOnlyList<LearningBonus>> GetAllAsync(YearMonth month, string? employeeId, CancellationToken ct)
    {
        ReportDates.EnsureInRange(month.OnDayOfMonth(1), nameof(month));
        var zone = _options.Zone;
        var query = new PostingQuery
        {
            EmployeeId = employeeId,
            Category = _options.LearningCategory,
            From = month.OnDayOfMonth(1).AtStartOfDayInZone(zone).ToInstant(),
            To = month.PlusMonths(1).OnDayOfMonth(1).AtStartOfDayInZone(zone).ToInstant(),
        };
        var postings = await _store.GetPostingsAsync(query, ct).ConfigureAwait(false);
        return postings
            .Where(Earnings.IsEarning)
            .GroupBy(p => p.EmployeeId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var points = PointsSum.Of(g);
                return new LearningBonus(g.Key, month, points, FactorFor(points));
            })
            .ToList();
    }
}
