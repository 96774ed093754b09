using System.Collections.Immutable;
using HrKit.Points.Engine;

namespace HrKit.Points.Policies;

/// <summary>
/// A validated, compiled, immutable policy. Build one with <see cref="PointsPolicyLoader"/>; share it freely
/// between threads — evaluating an event touches only compiled delegates.
/// </summary>
public sealed class PointsPolicy
{
    private readonly EventTypeIndex _index;

    internal PointsPolicy(string name, ImmutableArray<PointsRule> rules)
    {
        Name = name;
        Rules = rules;
        _index = EventTypeIndex.Build(rules);
    }

    /// <summary>The RulesEngine <c>WorkflowName</c>.</summary>
    public string Name { get; }

    /// <summary>Enabled rules in file order.</summary>
    public ImmutableArray<PointsRule> Rules { get; }

    /// <summary>
    /// Appends every matching rule and its points to <paramref name="hits"/>, in file order; allocation-free. Only the
    /// rules that can match the event's type run (see <see cref="EventTypeIndex"/>).
    /// </summary>
    internal void Evaluate(EventFacts facts, List<RuleHit> hits)
    {
        var candidates = _index.For(facts.Type);
        var i = 0;
        try
        {
            for (; i < candidates.Length; i++)
            {
                ref readonly var candidate = ref candidates[i];
                if (candidate.Matches(facts))
                {
                    hits.Add(new RuleHit(candidate.Rule, candidate.Rule.AmountFor(facts)));
                }
            }
        }
        catch (Exception ex) when (ex is ArithmeticException or NullReferenceException or ArgumentException)
        {
            throw new InvalidOperationException($"Rule '{candidates[i].Rule.Name}' failed on event type '{facts.Type}': {ex.Message}", ex);
        }
    }
}
