using HrKit.Localization;
using HrKit.Points.Localization;
using System.Diagnostics;
using HrKit.Points.Catalog;
using HrKit.Points.Diagnostics;
using HrKit.Points.Employees;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Points.Engine;

/// <summary>
/// The front door: events in, points out. Evaluates events against the policy in force and records the
/// resulting postings in one ledger transaction per call.
/// </summary>
/// <remarks>
/// Virtual members and a protected constructor let a host's unit tests replace it with a mock, as the Azure SDK
/// clients allow; HrKit.Integration's pipelines depend on this type, so a mock stands in for them too.
/// </remarks>
public class PointsService
{
    private readonly IPointsPolicySource _policies;
    private readonly PointsOptions _options;
    private readonly DateTimeZone _zone;
    private readonly ILogger _logger;
    private readonly IEmployeeDirectory? _directory;

    /// <summary>
    /// Creates the service; <c>AddHrKitPoints</c> does this with the options it validated at start-up. Without
    /// dependency injection, pass <c>Options.Create(new PointsOptions { … })</c>.
    /// </summary>
    /// <param name="policies">Policy in force.</param>
    /// <param name="store">Ledger.</param>
    /// <param name="options">Time zone and expiry.</param>
    /// <param name="logger">Optional log.</param>
    /// <param name="directory">Employee profiles, needed by policies that read <c>emp.*</c>: asked once per batch for the batch's employees.</param>
    /// <exception cref="ArgumentException">The time zone is unknown or <see cref="PointsOptions.ExpireAfter"/> is not positive or above <see cref="PointsBounds.MaxExpireAfter"/>.</exception>
    public PointsService(IPointsPolicySource policies, IPointsLedgerStore store, IOptions<PointsOptions> options, ILogger<PointsService>? logger = null, IEmployeeDirectory? directory = null)
    {
        _directory = directory;
        ArgumentNullException.ThrowIfNull(options);
        _policies = policies ?? throw new ArgumentNullException(nameof(policies));
        Store = store ?? throw new ArgumentNullException(nameof(store));
        _options = options.Value ?? throw new ArgumentNullException(nameof(options));
        _zone = _options.Zone;
        if (_options.ExpireAfter is { } d && (d <= Duration.Zero || d > PointsBounds.MaxExpireAfter))
        {
            throw new ArgumentException($"PointsOptions.ExpireAfter {d} must be positive and at most {PointsBounds.MaxExpireAfter.Days:N0} days (PointsBounds.MaxExpireAfter), or null.", nameof(options));
        }

        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Where processing is counted: the host's meter when built by <c>AddHrKitPoints</c>, else the process-wide one.</summary>
    internal PointsMetrics Metrics { get; init; } = PointsTelemetry.Metrics;

    /// <summary>For mocking only: a service with no policy or ledger, whose members a test double must override.</summary>
    protected PointsService()
    {
        _policies = null!;
        Store = null!;
        _options = null!;
        _zone = DateTimeZone.Utc;
        _logger = NullLogger.Instance;
    }

    /// <summary>The ledger, for history, reversals, expiry and the catalog.</summary>
    public virtual IPointsLedgerStore Store { get; }

    /// <summary>The policy in force now.</summary>
    public virtual PointsPolicy Policy => _policies.Current;

    /// <summary>
    /// Awards points for one event; sending the same event again awards nothing more. An invalid event, or one a rule
    /// fails on, is reported in <see cref="AppendResult.Rejected"/> and records nothing.
    /// </summary>
    /// <exception cref="PointsLedgerException">A credit would take an account past <see cref="PointsBounds.MaxBalance"/>; nothing was recorded.</exception>
    public virtual Task<AppendResult> ProcessAsync(PointsEvent pointsEvent, CancellationToken cancellationToken = default) =>
        ProcessBatchAsync([pointsEvent ?? throw new ArgumentNullException(nameof(pointsEvent))], cancellationToken);

    /// <summary>
    /// Awards points for a batch in one transaction: after a crash the batch is wholly recorded or not at all, and
    /// replaying it is safe. Each event is checked on its own: one with a missing or oversized id, a time outside
    /// <see cref="PointsBounds.EventTimes"/>, or on which a rule throws or computes points outside
    /// <see cref="PointsBounds.MaxPointsPerPosting"/> is listed in <see cref="AppendResult.Rejected"/> with the field,
    /// rule and reason, and records nothing; the other events are recorded.
    /// </summary>
    /// <exception cref="PointsLedgerException">A credit would take an account past <see cref="PointsBounds.MaxBalance"/>; nothing of the batch was recorded.</exception>
    /// <exception cref="EmployeeDirectoryException">The policy reads <c>emp.*</c> and the employee directory failed; nothing of the batch was recorded.</exception>
    public virtual async Task<AppendResult> ProcessBatchAsync(IReadOnlyList<PointsEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        using var activity = PointsTelemetry.ActivitySource.StartActivity("points.process");
        activity?.SetTag("hrkit.points.events", events.Count);
        var rejected = new List<RejectedEvent>();
        var policy = _policies.Current; // one plan for the whole batch, even if a reload lands meanwhile
        var profiles = policy.ReadsEmployee ? await LookUpEmployeesAsync(events, cancellationToken).ConfigureAwait(false) : null;
        var requests = BuildRequests(events, rejected, policy, profiles);
        var result = await Store.AppendAsync(requests, cancellationToken).ConfigureAwait(false);
        var awarded = PointsSum.Of(result.Posted);
        Metrics.EventsEvaluated.Add(events.Count);
        Metrics.PointsAwarded.Add(awarded);
        if (result.DuplicateSources.Count > 0)
        {
            _logger.DuplicatesSkipped(result.DuplicateSources.Count);
        }

        if (rejected.Count > 0)
        {
            Metrics.EventsRejected.Add(rejected.Count);
            foreach (var r in rejected)
            {
                _logger.EventRejected(r.ToString());
            }

            result = result with { Rejected = rejected };
        }

        activity?.SetStatus(ActivityStatusCode.Ok);
        return result;
    }

    /// <summary>Current balances per category.</summary>
    public virtual Task<IReadOnlyList<CategoryBalance>> GetBalancesAsync(string employeeId, CancellationToken cancellationToken = default) =>
        Store.GetBalancesAsync(employeeId, cancellationToken);

    /// <summary>Redeems one unit of a catalog item (see <see cref="IPointsLedgerStore.RedeemAsync"/>).</summary>
    public virtual Task<Posting> RedeemAsync(RedemptionRequest request, CancellationToken cancellationToken = default) =>
        Store.RedeemAsync(request, cancellationToken);

    /// <summary>The postings an event batch would request, before idempotency, caps, budgets and clamping.</summary>
    internal List<PostingRequest> BuildRequests(IReadOnlyList<PointsEvent> events, IReadOnlyDictionary<string, EmployeeProfile>? profiles = null) =>
        BuildRequests(events, [], _policies.Current, profiles);

    // One directory call per batch, before any rule runs: evaluation never waits on the host.
    private async Task<IReadOnlyDictionary<string, EmployeeProfile>?> LookUpEmployeesAsync(IReadOnlyList<PointsEvent> events, CancellationToken cancellationToken)
    {
        if (_directory is null)
        {
            return null;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (e?.EmployeeId is { } id)
            {
                ids.Add(id);
            }
        }

        try
        {
            return await _directory.GetProfilesAsync(ids, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new EmployeeDirectoryException(PointsText.Of("Directory.Failed", _directory.GetType().Name, ids.Count, ex.Message), ex);
        }
    }

    /// <summary>The postings the valid events of a batch would request; the others are added to <paramref name="rejected"/>.</summary>
    internal List<PostingRequest> BuildRequests(IReadOnlyList<PointsEvent?> events, List<RejectedEvent> rejected, PointsPolicy policy, IReadOnlyDictionary<string, EmployeeProfile>? profiles)
    {
        var requests = new List<PostingRequest>(events.Count);
        var hits = new List<RuleHit>(4);
        var facts = new EventFacts(policy.Attributes);
        var budgetPeriods = new BudgetPeriodCache(_zone);
        for (var index = 0; index < events.Count; index++)
        {
            var e = events[index];
            if (EventCheck.Problem(e) is var (field, reason))
            {
                rejected.Add(new RejectedEvent(index, EventCheck.Shorten(e?.EventId), field, reason));
                continue;
            }

            hits.Clear();
            facts.Load(e!, _zone);
            if ((policy.Attributes.Load(e!, facts) ?? EmployeeProblem(policy, profiles, e!, facts)) is var (badField, why))
            {
                rejected.Add(new RejectedEvent(index, e!.EventId, badField, why));
                continue;
            }

            if (policy.Evaluate(facts, hits) is { } failure)
            {
                rejected.Add(new RejectedEvent(index, e!.EventId, failure.Field, failure.Reason) { RuleName = failure.RuleName });
                continue;
            }

            foreach (var (rule, points) in hits)
            {
                requests.Add(new PostingRequest(e!.EventId, e.EventId + "/" + rule.Name, e.EmployeeId, rule.Category, points, e.OccurredAt)
                {
                    RuleName = rule.Name,
                    EventType = e.Type,
                    ExpiresAt = _options.ExpireAfter is { } d ? e.OccurredAt + d : null,
                    CapKey = rule.Cap is { } cap ? CapKeys.For(rule.Name, cap.Period, facts.Local.Date) : null,
                    CapLimit = rule.Cap?.Limit,
                    Budget = rule.Budget is { } budget ? budgetPeriods.For(budget, facts.Local.Date) : null,
                });
            }
        }

        return requests;
    }

    // Loads the employee's profile into the facts, or says why the event cannot be evaluated without it.
    private static (string Field, LocalMessage Reason)? EmployeeProblem(PointsPolicy policy, IReadOnlyDictionary<string, EmployeeProfile>? profiles, PointsEvent e, EventFacts facts)
    {
        if (!policy.ReadsEmployee)
        {
            return null;
        }

        if (profiles is null)
        {
            return ("employeeId", PointsText.Of("Event.NoDirectory"));
        }

        if (!profiles.TryGetValue(e.EmployeeId, out var profile) || profile is null)
        {
            return ("employeeId", PointsText.Of("Event.NotInDirectory", EventCheck.Shorten(e.EmployeeId)));
        }

        facts.Employee = profile;
        return null;
    }
}
