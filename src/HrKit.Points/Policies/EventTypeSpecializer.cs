using System.Linq.Expressions;
using System.Reflection;
using HrKit.Points.Engine;

namespace HrKit.Points.Policies;

/// <summary>
/// Rewrites a verified condition for events of one known type: every ordinal test of <c>e.Type</c> against a string
/// literal becomes <c>true</c> or <c>false</c>, and the <c>&amp;&amp;</c>, <c>||</c>, <c>!</c> and <c>?:</c> around it
/// fold away. The result evaluates exactly as the original would for that type: an operand is dropped only when its
/// value cannot change the outcome and evaluating it cannot throw, so the same sub-expressions run in the same order.
/// </summary>
internal sealed class EventTypeSpecializer : ExpressionVisitor
{
    private static readonly PropertyInfo TypeProperty = typeof(EventFacts).GetProperty(nameof(EventFacts.Type))!;
    private static readonly MethodInfo StringEquality = typeof(string).GetMethod("op_Equality", [typeof(string), typeof(string)])!;
    private static readonly MethodInfo StringInequality = typeof(string).GetMethod("op_Inequality", [typeof(string), typeof(string)])!;

    // Null stands for "a type that no literal in the policy names": every test of e.Type == "…" is then false.
    private readonly string? _type;

    private EventTypeSpecializer(string? type) => _type = type;

    /// <summary>
    /// The condition as it evaluates for events whose type is <paramref name="type"/>, or for a type named by no literal
    /// when <paramref name="type"/> is null.
    /// </summary>
    public static Expression<Func<EventFacts, bool>> Specialize(Expression<Func<EventFacts, bool>> condition, string? type)
    {
        var body = new EventTypeSpecializer(type).Visit(condition.Body);
        return body == condition.Body ? condition : Expression.Lambda<Func<EventFacts, bool>>(body, condition.Parameters);
    }

    /// <summary>The string literals the condition compares <c>e.Type</c> with, in order of appearance.</summary>
    public static IReadOnlyList<string> TypeLiterals(Expression condition)
    {
        var finder = new LiteralFinder();
        finder.Visit(condition);
        return finder.Literals;
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (AsTypeTest(node) is var (literal, equality))
        {
            return Expression.Constant(string.Equals(_type, literal, StringComparison.Ordinal) == equality);
        }

        if (node.Method is not null || node.Type != typeof(bool) || node.NodeType is not (ExpressionType.AndAlso or ExpressionType.OrElse))
        {
            return base.VisitBinary(node);
        }

        var left = Visit(node.Left);
        var right = Visit(node.Right);
        var and = node.NodeType == ExpressionType.AndAlso;
        // "x && false" is false, but x still runs first in the original: drop x only when running it cannot throw.
        return (Truth(left), Truth(right)) switch
        {
            (bool l, _) when l != and => left,     // false && y, true || y: y never runs
            (bool, _) => right,                    // true && y, false || y
            (_, bool r) when r == and => left,     // x && true, x || false
            (_, bool) when CannotThrow(left) => right,
            _ => node.Update(left, node.Conversion, right),
        };
    }

    protected override Expression VisitUnary(UnaryExpression node)
    {
        var operand = Visit(node.Operand);
        return node.NodeType == ExpressionType.Not && node.Method is null && Truth(operand) is bool value
            ? Expression.Constant(!value)
            : node.Update(operand);
    }

    protected override Expression VisitConditional(ConditionalExpression node)
    {
        var test = Visit(node.Test);
        return Truth(test) is bool value
            ? Visit(value ? node.IfTrue : node.IfFalse)
            : node.Update(test, Visit(node.IfTrue), Visit(node.IfFalse));
    }

    private static bool? Truth(Expression node) => node is ConstantExpression { Value: bool value } ? value : null;

    // e.Type == "x", "x" == e.Type and their != forms, compared ordinally as string's operators do.
    private static (string Literal, bool Equality)? AsTypeTest(BinaryExpression node)
    {
        if (node.NodeType is not (ExpressionType.Equal or ExpressionType.NotEqual)
            || (node.Method is not null && node.Method != StringEquality && node.Method != StringInequality))
        {
            return null;
        }

        var literal = (IsTypeField(node.Left), IsTypeField(node.Right)) switch
        {
            (true, false) => node.Right,
            (false, true) => node.Left,
            _ => null,
        };
        return literal is ConstantExpression { Value: string text } && literal.Type == typeof(string)
            ? (text, node.NodeType == ExpressionType.Equal)
            : null;
    }

    private static bool IsTypeField(Expression node) =>
        node is MemberExpression { Expression: ParameterExpression } member && member.Member == TypeProperty;

    // Conservative: stored event fields, literals, comparisons and logic. Not the local-time fields (computed on first
    // read), no arithmetic (division by zero, decimal overflow), no narrowing conversions, no method calls other than
    // comparison operators.
    private static bool CannotThrow(Expression node) => node switch
    {
        ConstantExpression or ParameterExpression => true,
        MemberExpression { Expression: ParameterExpression, Member: PropertyInfo { SetMethod: not null } } => true,
        UnaryExpression { NodeType: ExpressionType.Not, Method: null } u => CannotThrow(u.Operand),
        UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked, Method: null } u => IsWidening(u.Operand.Type, u.Type) && CannotThrow(u.Operand),
        BinaryExpression { NodeType: ExpressionType.AndAlso or ExpressionType.OrElse or ExpressionType.Equal or ExpressionType.NotEqual
            or ExpressionType.LessThan or ExpressionType.LessThanOrEqual or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual } b
            => (b.Method is null || b.Method.Name.StartsWith("op_", StringComparison.Ordinal)) && CannotThrow(b.Left) && CannotThrow(b.Right),
        _ => false,
    };

    // Conversions to decimal never get here: Expression.Convert gives them decimal's op_Implicit as their Method.
    private static bool IsWidening(Type from, Type to) =>
        from == to
        || Nullable.GetUnderlyingType(to) == from
        || (from == typeof(int) && (to == typeof(long) || to == typeof(double)));

    private sealed class LiteralFinder : ExpressionVisitor
    {
        public List<string> Literals { get; } = [];

        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (AsTypeTest(node) is var (literal, _))
            {
                Literals.Add(literal);
            }

            return base.VisitBinary(node);
        }
    }
}
