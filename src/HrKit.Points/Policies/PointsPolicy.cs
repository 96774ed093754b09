using System.Collections.Immutable;
using HrKit.Points.Engine;

namespace HrKit.Points.Policies;

/// <summary>
/// A validated, compiled, immutable policy. Build one with <see cref="PointsPolicyLoader"/>; share it freely
/// between threads — evaluating an event touches only compiled delegates.
/// </summary>
public sealed class PointsPolicy
{
    internal PointsPolicy(string name, ImmutableArray<PointsRule> rules)
    {
        Name = name;
        Rules = rules;
    }

    /// <summary>The RulesEngine <c>WorkflowName</c>.</summary>
    public string Name { get; }

    /// <summary>Enabled rules in file order.</summary>
    public ImmutableArray<PointsRule> Rules { get; }

    /// <summary>Appends every matching rule and its points to <paramref name="hits"/>; allocation-free.</summary>
    internal void Evaluate(EventFacts facts, List<RuleHit> hits)
    {
        foreach (var rule in Rules)
        {
            bool matched;
            long points;
            try
            {
                matched = rule.Matches(facts);
                points = matched ? rule.AmountFor(facts) : 0;
            }
            catch (Exception ex) when (ex is ArithmeticException or NullReferenceException or ArgumentException)
            {
                throw new InvalidOperationException($"Rule '{rule.Name}' failed on event type '{facts.Type}': {ex.Message}", ex);
            }

            if (matched)
            {
                hits.Add(new RuleHit(rule, points));
            }
        }
    }
}
