using System.Diagnostics;
using HrKit.Points.Catalog;
using HrKit.Points.Diagnostics;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace HrKit.Points.Engine;

/// <summary>
/// The front door: events in, points out. Evaluates events against the policy in force and records the
/// resulting postings in one ledger transaction per call.
/// </summary>
public sealed class PointsService
{
    private readonly IPointsPolicySource _policies;
    private readonly PointsOptions _options;
    private readonly DateTimeZone _zone;
    private readonly ILogger _logger;

    /// <summary>Creates the service.</summary>
    /// <param name="policies">Policy in force.</param>
    /// <param name="store">Ledger.</param>
    /// <param name="options">Time zone and expiry.</param>
    /// <param name="logger">Optional log.</param>
    public PointsService(IPointsPolicySource policies, IPointsLedgerStore store, PointsOptions options, ILogger<PointsService>? logger = null)
    {
        _policies = policies ?? throw new ArgumentNullException(nameof(policies));
        Store = store ?? throw new ArgumentNullException(nameof(store));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _zone = options.Zone;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The ledger, for history, reversals, expiry and the catalog.</summary>
    public IPointsLedgerStore Store { get; }

    /// <summary>The policy in force now.</summary>
    public PointsPolicy Policy => _policies.Current;

    /// <summary>Awards points for one event; sending the same event again awards nothing more.</summary>
    public Task<AppendResult> ProcessAsync(PointsEvent pointsEvent, CancellationToken cancellationToken = default) =>
        ProcessBatchAsync([pointsEvent ?? throw new ArgumentNullException(nameof(pointsEvent))], cancellationToken);

    /// <summary>Awards points for a batch in one transaction: after a crash the batch is wholly recorded or not at all, and replaying it is safe.</summary>
    public async Task<AppendResult> ProcessBatchAsync(IReadOnlyList<PointsEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        using var activity = PointsTelemetry.ActivitySource.StartActivity("points.process");
        activity?.SetTag("hrkit.points.events", events.Count);
        var requests = BuildRequests(events);
        var result = await Store.AppendAsync(requests, cancellationToken).ConfigureAwait(false);
        var awarded = result.Posted.Sum(p => p.Points);
        PointsTelemetry.EventsEvaluated.Add(events.Count);
        PointsTelemetry.PointsAwarded.Add(awarded);
        if (result.DuplicateSources.Count > 0)
        {
            _logger.DuplicatesSkipped(result.DuplicateSources.Count);
        }

        activity?.SetStatus(ActivityStatusCode.Ok);
        return result;
    }

    /// <summary>Current balances per category.</summary>
    public Task<IReadOnlyList<CategoryBalance>> GetBalancesAsync(string employeeId, CancellationToken cancellationToken = default) =>
        Store.GetBalancesAsync(employeeId, cancellationToken);

    /// <summary>Redeems one unit of a catalog item (see <see cref="IPointsLedgerStore.RedeemAsync"/>).</summary>
    public Task<Posting> RedeemAsync(RedemptionRequest request, CancellationToken cancellationToken = default) =>
        Store.RedeemAsync(request, cancellationToken);

    /// <summary>The postings an event batch would request, before idempotency, caps and clamping.</summary>
    internal List<PostingRequest> BuildRequests(IReadOnlyList<PointsEvent> events)
    {
        var policy = _policies.Current; // one plan for the whole batch, even if a reload lands meanwhile
        var requests = new List<PostingRequest>(events.Count);
        var hits = new List<RuleHit>(4);
        var facts = new EventFacts();
        foreach (var e in events)
        {
            Validate(e);
            hits.Clear();
            facts.Load(e, _zone);
            policy.Evaluate(facts, hits);
            foreach (var (rule, points) in hits)
            {
                requests.Add(new PostingRequest(e.EventId, e.EventId + "/" + rule.Name, e.EmployeeId, rule.Category, points, e.OccurredAt)
                {
                    RuleName = rule.Name,
                    EventType = e.Type,
                    ExpiresAt = _options.ExpireAfter is { } d ? e.OccurredAt + d : null,
                    CapKey = rule.Cap is { } cap ? CapKeys.For(rule.Name, cap.Period, facts.Local.Date) : null,
                    CapLimit = rule.Cap?.Limit,
                });
            }
        }

        return requests;
    }

    private static void Validate(PointsEvent? e)
    {
        if (e is null || string.IsNullOrWhiteSpace(e.EventId) || string.IsNullOrWhiteSpace(e.EmployeeId) || string.IsNullOrWhiteSpace(e.Type))
        {
            throw new ArgumentException($"Event '{e?.EventId}' needs eventId, employeeId and type (see docs/points-events.md); nothing in the batch was recorded.", nameof(e));
        }
    }
}
