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
    public virtual async Task<PointsReport> GetReportAsync(LocalDate first, LocalDate last, CancellationToken cancellationToken = default)
    {
        ReportDates.EnsureInRange(first, nameof(first));
        ReportDates.EnsureInRange(last, nameof(last));
        var zone = _options.Zone;
        var period = new DateInterval(first, last);
        var postings = await _store.GetPostingsAsync(
            new PostingQuery { From = first.AtStartOfDayInZone(zone).ToInstant(), To = last.PlusDays(1).AtStartOfDayInZone(zone).ToInstant() },
            cancellationToken).ConfigureAwait(false);
        var items = await _store.GetItemsAsync(cancellationToken).ConfigureAwait(false);

        var awards = postings.Where(p => p.Kind == PostingKind.Award).ToList();
        var active = awards.Select(p => p.EmployeeId).Distinct(StringComparer.Ordinal).Count();
        var earning = postings.Where(Earnings.IsEarning).ToList();
        var byRule = earning
            .GroupBy(p => (p.RuleName!, p.Category))
            .Select(g => new RuleEarning(g.Key.Item1, g.Key.Category, PointsSum.Of(g), g.Count(p => p.Kind == PostingKind.Award)))
            .OrderByDescending(r => r.Points).ThenBy(r => r.RuleName, StringComparer.Ordinal)
            .ToList();
        var byCategory = earning
            .GroupBy(p => p.Category, StringComparer.Ordinal)
            .Select(g => new CategoryEarning(g.Key, PointsSum.Of(g)))
            .OrderBy(c => c.Category, StringComparer.Ordinal)
            .ToList();

        var hours = new int[24];
        foreach (var checkIn in awards.Where(p => p.EventType == _options.CheckInEventType).DistinctBy(p => p.SourceId))
        {
            hours[checkIn.OccurredAt.InZone(zone).Hour]++;
        }

        var reversed = postings.Where(p => p.Kind == PostingKind.Reversal).Select(p => p.RelatedPostingId).ToHashSet();
        var redemptions = postings.Where(p => p.Kind == PostingKind.Redemption && !reversed.Contains(p.Id)).ToLookup(p => p.ItemId ?? "");
        var rates = items
            .Select(i =>
            {
                var r = redemptions[i.Id].ToList();
                var employees = r.Select(p => p.EmployeeId).Distinct(StringComparer.Ordinal).Count();
                return new ItemRedemptionRate(i.Id, r.Count, employees, active == 0 ? 0m : Math.Round((decimal)employees / active, 4, MidpointRounding.AwayFromZero));
            })
            .ToList();

        return new PointsReport(period, active, rates, byRule, byCategory, hours);
    }
}
