using System.Collections.Immutable;
using System.Linq.Expressions;
using HrKit.Points.Engine;

namespace HrKit.Points.Policies;

/// <summary>
/// What a rule's expressions can name: the event <c>e</c> and the <c>LocalParams</c> of the rule and of the rules it
/// is nested in (RulesEngine hands a parent's scoped params to its children). A local param is inlined where it is
/// used, so a rule with local params compiles to one tree like any other.
/// </summary>
internal sealed class RuleScope
{
    private readonly ImmutableDictionary<ParameterExpression, Expression> _values;

    private RuleScope(ParameterExpression @event, ImmutableArray<ParameterExpression> parameters, ImmutableDictionary<ParameterExpression, Expression> values, NameBindings names)
    {
        Event = @event;
        Parameters = parameters;
        _values = values;
        Names = names;
    }

    /// <summary>A scope with only the event; every rule of a policy shares its parameter.</summary>
    public static RuleScope Empty { get; } = ForEvent(Expression.Parameter(typeof(EventFacts), ExpressionCompiler.ParameterName));

    public static RuleScope ForEvent(ParameterExpression @event) => new(@event, [], ImmutableDictionary<ParameterExpression, Expression>.Empty, NameBindings.None);

    /// <summary>The scope of a policy's top-level rules: the event, its declared attributes and the employee profile.</summary>
    public static RuleScope ForPolicy(EventAttributeSchema attributes) =>
        Empty.WithNames(NameBindings.For(Empty.Event, attributes));

    /// <summary>The dotted names (<c>e.attribute</c>, <c>emp.field</c>) the policy adds.</summary>
    public NameBindings Names { get; }

    public ParameterExpression Event { get; }

    /// <summary>The local params in scope, in declaration order (a later one may use an earlier one).</summary>
    public ImmutableArray<ParameterExpression> Parameters { get; }

    public bool Declares(string name) => name == Event.Name || Parameters.Any(p => p.Name == name);

    /// <summary>This scope plus a local param <paramref name="name"/> whose (inlined, verified) value is <paramref name="value"/>.</summary>
    public RuleScope With(string name, Expression value)
    {
        var parameter = Expression.Parameter(value.Type, name);
        return new RuleScope(Event, Parameters.Add(parameter), _values.Add(parameter, value), Names);
    }

    private RuleScope WithNames(NameBindings names) => new(Event, Parameters, _values.AddRange(names.Values), names);

    /// <summary>
    /// Replaces every local param in <paramref name="body"/> by its value, or returns null when the result would have more
    /// than <paramref name="maxNodes"/> nodes: local params that each use the previous one twice double the tree per param.
    /// </summary>
    public Expression? Inline(Expression body, int maxNodes)
    {
        if (_values.IsEmpty)
        {
            return body;
        }

        var inlined = new Inliner(_values).Visit(body)!;
        var counter = new NodeCounter(maxNodes);
        counter.Visit(inlined);
        return counter.Exceeded ? null : inlined;
    }

    // Counts nodes as the compiler will emit them (a shared subtree once per use), stopping at the bound.
    private sealed class NodeCounter(int max) : ExpressionVisitor
    {
        private int _count;

        public bool Exceeded => _count > max;

        public override Expression? Visit(Expression? node) => node is null || ++_count > max ? node : base.Visit(node);
    }

    private sealed class Inliner(ImmutableDictionary<ParameterExpression, Expression> values) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            values.TryGetValue(node, out var value) ? value : node;
    }
}
