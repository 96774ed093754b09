using HrKit.Points.Engine;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using NodaTime;
using RulesEngine.Models;

namespace HrKit.Benchmarks.Points;

/// <summary>
/// The baseline: the same policy run by Microsoft RulesEngine itself. Each rule keeps its Expression; its points
/// become an OutputExpression action (the constant, or the points expression), which is how a RulesEngine user returns
/// a value from a matching rule. Each event is one <c>ExecuteAllRulesAsync</c> over the same facts object HrKit uses.
/// Caps and posting requests are not part of either side of this comparison.
/// </summary>
public sealed class RulesEnginePoints
{
    private readonly global::RulesEngine.RulesEngine _engine;
    private readonly string _workflow;
    private readonly DateTimeZone _zone;

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
                Actions = new RuleActions
                {
                    OnSuccess = new ActionInfo
                    {
                        Name = "OutputExpression",
                        Context = new Dictionary<string, object> { ["Expression"] = r.PointsExpression ?? r.Points.ToString(System.Globalization.CultureInfo.InvariantCulture) },
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
        var results = await _engine.ExecuteAllRulesAsync(_workflow, new RuleParameter("e", facts)).ConfigureAwait(false);
        var hits = 0;
        long points = 0;
        foreach (var r in results)
        {
            if (r.IsSuccess)
            {
                hits++;
                points += Convert.ToInt64(r.ActionResult.Output, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return (hits, points);
    }
}
