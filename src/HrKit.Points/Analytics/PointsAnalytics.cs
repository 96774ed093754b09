using HrKit.Points.Ledger;
using HrKit.Points.Model;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Points.Analytics;

/// <summary>Reports over the ledger for HR dashboards.</summary>
/// <remarks>Virtual members and a protected constructor let a host's unit tests replace it with a mock.</remarks>
public class PointsAnalytics
{
    private readonly IPointsLedgerStore _store;
    private readonly PointsOptions _options;

    /// <summary>Creates the reports over <paramref name="store"/>.</summary>
    /// <param name="store">The ledger.</param>
    /// <param name="options">Time zone and check-in event type.</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="options"/> is null.</exception>
    public PointsAnalytics(IPointsLedgerStore store, IOptions<PointsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _options = options.Value;
    }

    /// <summary>For mocking only: reports over no ledger, whose members a test double must override.</summary>
    protected PointsAnalytics()
    {
        _store = null!;
        _options = null!;
    }

    /// <summary>Activity from <paramref name="first"/> to <paramref name="last"/> inclusive (local dates).</summary>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    /// <exception cref="PointsInputException">A date is outside the years 1 to 9998.</exception>
    /// <exception cref="NotSupportedException">The store was not created by HrKit (the report is computed by its database).</exception>
    public virtual async Task<PointsReport> GetReportAsync(LocalDate first, LocalDate last, CancellationToken cancellationToken = default)
    {
        ReportDates.EnsureInRange(first, nameof(first));
        ReportDates.EnsureInRange(last, nameof(last));
        var ledger = _store as LedgerStore
            ?? throw new NotSupportedException($"PointsAnalytics needs a ledger store created by HrKit (PointsLedgerStores, SqlitePointsLedgerStore or PostgreSqlPointsLedgerStore), not {_store.GetType().Name}.");
        var zone = _options.Zone;
        var period = new DateInterval(first, last);
        // The database aggregates (GROUP BY over the period's index range); only a few hundred rows come back.
        var totals = await ledger.GetReportTotalsAsync(
            first.AtStartOfDayInZone(zone).ToInstant(), last.PlusDays(1).AtStartOfDayInZone(zone).ToInstant(), _options.CheckInEventType, cancellationToken).ConfigureAwait(false);
        var items = await _store.GetItemsAsync(cancellationToken).ConfigureAwait(false);

        var byRule = totals.Rules
            .Select(r => new RuleEarning(r.RuleName, r.Category, r.Points, r.Awards))
            .OrderByDescending(r => r.Points).ThenBy(r => r.RuleName, StringComparer.Ordinal)
            .ToList();
        var byCategory = totals.Rules
            .GroupBy(r => r.Category, StringComparer.Ordinal)
            .Select(g => new CategoryEarning(g.Key, PointsSum.Of(g.Select(r => r.Points))))
            .OrderBy(c => c.Category, StringComparer.Ordinal)
            .ToList();

        var hours = new int[24];
        foreach (var (bucket, count) in totals.CheckIns)
        {
            // A quarter-hour bucket lies within one local hour in every zone whose offset is a whole number of quarter hours.
            hours[Instant.FromUnixTimeTicks(bucket).InZone(zone).Hour] += count;
        }

        var redemptions = totals.Redemptions.ToDictionary(r => r.ItemId ?? "", StringComparer.Ordinal);
        var active = totals.ActiveEmployees;
        var rates = items
            .Select(i =>
            {
                var (count, employees) = redemptions.TryGetValue(i.Id, out var r) ? (r.Count, r.Employees) : (0, 0);
                return new ItemRedemptionRate(i.Id, count, employees, active == 0 ? 0m : Math.Round((decimal)employees / active, 4, MidpointRounding.AwayFromZero));
            })
            .ToList();

        return new PointsReport(period, active, rates, byRule, byCategory, hours);
    }
}
