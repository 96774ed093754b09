using System.Collections.Immutable;
using HrKit.Points.Engine;
using HrKit.Points.Localization;

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

    /// <summary>The custom event attributes the policy declares.</summary>
    internal EventAttributeSchema Attributes { get; init; } = EventAttributeSchema.None;

    /// <summary>Whether any rule reads <c>emp.*</c>, so events need the employee's profile from the directory.</summary>
    internal bool ReadsEmployee { get; init; }

    /// <summary>The RulesEngine <c>WorkflowName</c>.</summary>
    public string Name { get; }

    /// <summary>Enabled rules in file order.</summary>
    public ImmutableArray<PointsRule> Rules { get; }

    /// <summary>
    /// Appends every matching rule and its points to <paramref name="hits"/>, in file order; allocation-free. Only the
    /// rules that can match the event's type run (see <see cref="EventTypeIndex"/>). Returns the first rule that threw
    /// (division by zero, overflow, a substring past the end…) or computed points outside
    /// <see cref="PointsBounds.MaxPointsPerPosting"/>; the caller then rejects the event and discards its hits.
    /// </summary>
    internal RuleFailure? Evaluate(EventFacts facts, List<RuleHit> hits)
    {
        var candidates = _index.For(facts.Type);
        var i = 0;
        var field = "Expression";
        try
        {
            for (; i < candidates.Length; i++)
            {
                ref readonly var candidate = ref candidates[i];
                if (candidate.Rule.HasWindow && !candidate.Rule.IsValidOn(facts.Local.Date))
                {
                    continue;
                }

                field = "Expression";
                if (candidate.Matches(facts))
                {
                    field = "Properties.points";
                    var points = candidate.Rule.AmountFor(facts);
                    if (candidate.Rule.HasMultiplier)
                    {
                        field = "Properties.multiplier";
                        points = candidate.Rule.Multiply(points, facts);
                    }

                    if (!PointsBounds.IsPostingAmount(points))
                    {
                        return new RuleFailure(candidate.Rule.Name, field, PointsText.Of("Rule.PointsOutOfRange", points, PointsBounds.MaxPointsPerPosting));
                    }

                    hits.Add(new RuleHit(candidate.Rule, points));
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A rule is the policy author's code run on the host's data: whatever it throws is about this event only.
            return new RuleFailure(candidates[i].Rule.Name, field, PointsText.Of("Rule.Threw", ex.GetType().Name, ex.Message));
        }

        return null;
    }
}
