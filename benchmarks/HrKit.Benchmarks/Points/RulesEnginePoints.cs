using HrKit.Points.Engine;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using NodaTime;
using RulesEngine.Models;

namespace HrKit.Benchmarks.Points;

/// <summary>
/// The baseline: the same policy run by Microsoft RulesEngine itself, registered once with default
/// <see cref="ReSettings"/>. Each rule keeps its Expression. Fixed points stay in the rule's <c>Properties</c>, as in the
/// policy file, and are read from the matching rule; only computed points use an OutputExpression action, the
/// RulesEngine way to return a value from a matching rule. (Running an OutputExpression for constants too costs
/// RulesEngine 10–20% more per event; measured, so not done.) Each event is one <c>ExecuteAllRulesAsync</c> over the
/// same facts object HrKit uses. Caps and posting requests are not part of either side of this comparison.
/// </summary>
internal sealed class RulesEnginePoints
{
    private const string PointsProperty = "points";
    private readonly global::RulesEngine.RulesEngine _engine;
    private readonly string _workflow;
    private readonly DateTimeZone _zone;
    private readonly Func<PointsEvent, EventFacts, RuleParameter[]>? _inputs;

    // For a workflow run as written (nested rules, LocalParams): each top-level rule's fixed points times its multiplier.
    private readonly Dictionary<string, long>? _awards;

    /// <summary>
    /// RulesEngine on the policy's workflow JSON exactly as written (nested rules and LocalParams included). RulesEngine
    /// has no notion of the multiplier in <c>Properties</c>, so a matching rule's award (fixed points × multiplier,
    /// rounded as HrKit rounds) is looked up by name, as fixed points are read from Properties above.
    /// </summary>
    /// <param name="workflowJson">The workflow as written.</param>
    /// <param name="policy">HrKit's compiled policy, for the awards.</param>
    /// <param name="zone">Time zone of the facts.</param>
    /// <param name="inputs">RulesEngine's inputs for an event, when the facts object alone is not what the rules read (attributes, emp).</param>
    public RulesEnginePoints(string workflowJson, PointsPolicy policy, DateTimeZone zone, Func<PointsEvent, EventFacts, RuleParameter[]>? inputs = null)
    {
        _inputs = inputs;
        _workflow = policy.Name;
        _zone = zone;
        var workflow = System.Text.Json.JsonSerializer.Deserialize<Workflow>(workflowJson)!;
        _engine = new global::RulesEngine.RulesEngine([workflow], new ReSettings());
        _awards = policy.Rules.ToDictionary(
            r => r.Name,
            r => (long)Math.Round(r.Points * (r.Multiplier ?? 1m), MidpointRounding.AwayFromZero),
            StringComparer.Ordinal);
    }

    public RulesEnginePoints(PointsPolicy policy, DateTimeZone zone)
    {
        _workflow = policy.Name;
        _zone = zone;
        var workflow = new Workflow
        {
            WorkflowName = policy.Name,
            Rules = [.. policy.Rules.Select(r => new Rule
            {
                RuleName = r.Name,
                RuleExpressionType = RuleExpressionType.LambdaExpression,
                Expression = r.Expression,
                Properties = new Dictionary<string, object> { [PointsProperty] = r.Points },
                Actions = r.PointsExpression is null ? null : new RuleActions
                {
                    OnSuccess = new ActionInfo
                    {
                        Name = "OutputExpression",
                        Context = new Dictionary<string, object> { ["Expression"] = r.PointsExpression },
                    },
                },
            })],
        };
        _engine = new global::RulesEngine.RulesEngine([workflow], new ReSettings());
    }

    /// <summary>Evaluates one event: the number of matching rules and their points.</summary>
    public async ValueTask<(int Hits, long Points)> EvaluateAsync(PointsEvent e)
    {
        var facts = EventFacts.From(e, _zone);
        var results = await _engine.ExecuteAllRulesAsync(_workflow, _inputs?.Invoke(e, facts) ?? [new RuleParameter("e", facts)]).ConfigureAwait(false);
        var hits = 0;
        long points = 0;
        foreach (var r in results)
        {
            if (r.IsSuccess)
            {
                hits++;
                points += _awards is not null ? _awards[r.Rule.RuleName]
                    : r.ActionResult.Output is { } computed
                    ? Convert.ToInt64(computed, System.Globalization.CultureInfo.InvariantCulture)
                    : (long)r.Rule.Properties[PointsProperty];
            }
        }

        return (hits, points);
    }
}
