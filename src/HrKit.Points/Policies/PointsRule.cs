using HrKit.Points.Engine;
using ConditionTree = System.Linq.Expressions.Expression<System.Func<HrKit.Points.Engine.EventFacts, bool>>;

namespace HrKit.Points.Policies;

/// <summary>One compiled rule of a <see cref="PointsPolicy"/>.</summary>
public sealed class PointsRule
{
    private readonly Func<EventFacts, long>? _amount;

    internal PointsRule(string name, string expression, ConditionTree condition, long points, Func<EventFacts, long>? amount, string? pointsExpression)
    {
        Name = name;
        Expression = expression;
        ConditionTree = condition;
        Condition = condition.Compile();
        Points = points;
        _amount = amount;
        PointsExpression = pointsExpression;
    }

    /// <summary>Unique rule name; postings record it.</summary>
    public string Name { get; }

    /// <summary>The condition, as written.</summary>
    public string Expression { get; }

    /// <summary>Fixed points (0 when <see cref="PointsExpression"/> decides).</summary>
    public long Points { get; }

    /// <summary>Expression computing the points, when not fixed.</summary>
    public string? PointsExpression { get; }

    /// <summary>Category the points go to.</summary>
    public string Category { get; init; } = PointsCategories.General;

    /// <summary>Optional per-employee cap.</summary>
    public RuleCap? Cap { get; init; }

    /// <summary>Human description (RulesEngine <c>SuccessEvent</c> or <c>Properties.description</c>).</summary>
    public string? Description { get; init; }

    /// <summary>The verified condition, kept so the policy can specialise it per event type.</summary>
    internal ConditionTree ConditionTree { get; }

    /// <summary>The whole condition, compiled.</summary>
    internal Func<EventFacts, bool> Condition { get; }

    internal long AmountFor(EventFacts facts) => _amount is null ? Points : _amount(facts);
}
