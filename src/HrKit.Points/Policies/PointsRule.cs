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

    /// <summary>Optional budget of the rule across all employees of a tenant, applied after <see cref="Cap"/>.</summary>
    public RuleBudget? Budget { get; init; }

    /// <summary>First local date (policy time zone) the rule awards on, inclusive; <see langword="null"/> = no start (<c>Properties.validFrom</c>).</summary>
    public NodaTime.LocalDate? ValidFrom { get; init; }

    /// <summary>Last local date the rule awards on, inclusive; <see langword="null"/> = no end (<c>Properties.validTo</c>).</summary>
    public NodaTime.LocalDate? ValidTo { get; init; }

    /// <summary>
    /// <c>Properties.multiplier</c>: the points are multiplied by it and rounded half away from zero; <see langword="null"/>
    /// when absent or when <see cref="MultiplierExpression"/> decides.
    /// </summary>
    public decimal? Multiplier { get; init; }

    /// <summary>Expression computing the multiplier per event (0 to <see cref="PointsBounds.MaxMultiplier"/>), when not fixed.</summary>
    public string? MultiplierExpression { get; init; }

    /// <summary>Human description (RulesEngine <c>SuccessEvent</c> or <c>Properties.description</c>).</summary>
    public string? Description { get; init; }

    /// <summary>The verified condition, kept so the policy can specialise it per event type.</summary>
    internal ConditionTree ConditionTree { get; }

    /// <summary>The whole condition, compiled.</summary>
    internal Func<EventFacts, bool> Condition { get; }

    internal long AmountFor(EventFacts facts) => _amount is null ? Points : _amount(facts);

    /// <summary>The compiled multiplier expression, when <see cref="MultiplierExpression"/> is set.</summary>
    internal Func<EventFacts, decimal>? MultiplierFunc { get; init; }

    internal bool HasMultiplier => Multiplier is not null || MultiplierFunc is not null;

    /// <summary>Whether an event on <paramref name="date"/> (local) falls in the rule's validity window.</summary>
    internal bool IsValidOn(NodaTime.LocalDate date) => !(date < ValidFrom) && !(date > ValidTo);

    internal bool HasWindow => ValidFrom is not null || ValidTo is not null;

    /// <summary><paramref name="points"/> times the multiplier, rounded half away from zero.</summary>
    /// <exception cref="OverflowException">The product is past a long (the caller rejects the event).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The multiplier expression gave a value outside 0 to <see cref="PointsBounds.MaxMultiplier"/>.</exception>
    internal long Multiply(long points, EventFacts facts)
    {
        var m = Multiplier ?? MultiplierFunc!(facts);
        if (m is < 0m or > PointsBounds.MaxMultiplier)
        {
            throw new ArgumentOutOfRangeException(nameof(facts), m, $"the multiplier must be from 0 to {PointsBounds.MaxMultiplier} (PointsBounds.MaxMultiplier).");
        }

        return checked((long)Math.Round(points * m, MidpointRounding.AwayFromZero));
    }
}
