using BenchmarkDotNet.Attributes;
using HrKit.Benchmarks.Infrastructure;
using HrKit.Points;
using HrKit.Points.Employees;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using NodaTime;

namespace HrKit.Benchmarks.Points;

/// <summary>
/// Events per second through a points policy: HrKit's compiled plan (evaluation alone, and evaluation plus the posting
/// requests the ledger receives) against Microsoft RulesEngine's <c>ExecuteAllRulesAsync</c> on the same workflow.
/// No ledger here; see <see cref="LedgerBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Points")]
public class PointsPolicyBenchmarks
{
    private PointsEvent[] _events = [];
    private PointsPolicy _policy = null!;
    private PointsService _service = null!;
    private RulesEnginePoints _rulesEngine = null!;
    private DateTimeZone _zone = null!;
    private IReadOnlyDictionary<string, EmployeeProfile>? _profiles;

    [Params(PointsWorkload.DefaultPolicy, PointsWorkload.FiftyRulePolicy, PointsWorkload.CampaignPolicy, PointsWorkload.AttributePolicy)]
    public string Policy { get; set; } = PointsWorkload.DefaultPolicy;

    [ParamsSource(nameof(EventCounts))]
    public int Events { get; set; }

    public static IEnumerable<int> EventCounts => BenchmarkSettings.PointsEventCounts;

    [GlobalSetup]
    public void Setup()
    {
        _policy = PointsWorkload.LoadPolicy(Policy);
        _events = PointsWorkload.Events(Policy, Events);
        var options = new PointsOptions();
        _zone = DateTimeZoneProviders.Tzdb[options.TimeZoneId];
        _service = new PointsService(new StaticPointsPolicySource(_policy), PointsLedgerStores.InMemory(SystemClock.Instance), Microsoft.Extensions.Options.Options.Create(options));
        _profiles = Policy == PointsWorkload.AttributePolicy ? AttributeInputs.Profiles : null;
        _rulesEngine = Policy switch
        {
            PointsWorkload.CampaignPolicy => new RulesEnginePoints(PointsWorkload.Json(Policy), _policy, _zone),
            PointsWorkload.AttributePolicy => new RulesEnginePoints(PointsWorkload.Json(Policy), _policy, _zone, AttributeInputs.RulesEngineInputs),
            _ => new RulesEnginePoints(_policy, _zone),
        };
        var hrkit = Evaluate();
        var baseline = RulesEngine().GetAwaiter().GetResult();
        if (hrkit != baseline)
        {
            throw new InvalidOperationException($"HrKit and RulesEngine disagree on {Policy}: {hrkit} vs {baseline} points.");
        }
    }

    [Benchmark(Baseline = true, Description = "RulesEngine ExecuteAllRulesAsync")]
    public async Task<long> RulesEngine()
    {
        long total = 0;
        foreach (var e in _events)
        {
            total += (await _rulesEngine.EvaluateAsync(e).ConfigureAwait(false)).Points;
        }

        return total;
    }

    /// <summary>
    /// The compiled plan as <see cref="PointsService"/> runs it: facts refilled per event (attributes into their slots,
    /// the employee's profile from the batch's directory answer), then the event type's candidate rules.
    /// </summary>
    [Benchmark(Description = "HrKit policy Evaluate")]
    public long Evaluate()
    {
        var hits = new List<RuleHit>(4);
        var facts = new EventFacts(_policy.Attributes);
        long total = 0;
        foreach (var e in _events)
        {
            hits.Clear();
            facts.Load(e, _zone);
            if (_policy.Attributes.Load(e, facts) is not null)
            {
                throw new InvalidOperationException($"event {e.EventId} has an attribute the policy does not declare.");
            }

            facts.Employee = _profiles?[e.EmployeeId];
            _policy.Evaluate(facts, hits);
            foreach (var hit in hits)
            {
                total += hit.Points;
            }
        }

        return total;
    }

    /// <summary>What <see cref="PointsService.ProcessBatchAsync"/> does before the ledger: validation, evaluation, posting requests with cap keys.</summary>
    [Benchmark(Description = "HrKit BuildRequests")]
    public long BuildRequests()
    {
        long total = 0;
        foreach (var request in _service.BuildRequests(_events, _profiles))
        {
            total += request.Points;
        }

        return total;
    }
}
