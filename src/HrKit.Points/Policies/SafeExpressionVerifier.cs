using HrKit.Points.Localization;
using HrKit.Localization;
using System.Linq.Expressions;
using System.Reflection;
using HrKit.Points.Engine;

namespace HrKit.Points.Policies;

/// <summary>
/// Second line of defence after the parser: walks the parsed tree and allows only arithmetic, comparisons,
/// conditionals, event fields and a short list of pure string/Math methods — so no expression can reach IO,
/// reflection or allocate arbitrary objects, whatever the parser lets through.
/// </summary>
internal sealed class SafeExpressionVerifier : ExpressionVisitor
{
    private static readonly HashSet<string> StringMethods =
        ["Contains", "StartsWith", "EndsWith", "Equals", "IsNullOrEmpty", "ToUpperInvariant", "ToLowerInvariant", "Trim", "Substring", "Concat", "Compare", "CompareOrdinal"];

    private static readonly HashSet<string> MathMethods = ["Min", "Max", "Abs", "Round", "Floor", "Ceiling", "Truncate"];

    private readonly List<LocalMessage> _problems = [];

    private SafeExpressionVerifier() { }

    /// <summary>Returns the reasons the expression is unsafe; empty when it is fine.</summary>
    public static IReadOnlyList<LocalMessage> Check(Expression expression)
    {
        var v = new SafeExpressionVerifier();
        v.Visit(expression);
        return v._problems;
    }

    public override Expression? Visit(Expression? node)
    {
        // The size limits keep trees shallow; this turns any remaining surprise into a catchable error.
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return base.Visit(node);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var type = node.Method.DeclaringType;
        var allowed = (type == typeof(string) && StringMethods.Contains(node.Method.Name))
            || ((type == typeof(Math) || type == typeof(decimal)) && MathMethods.Contains(node.Method.Name))
            || ((IsPrimitive(type) || type == typeof(DateTime)) && node.Method.Name is "Equals" or "CompareTo" or "op_Equality" or "op_Inequality"
                or "op_GreaterThan" or "op_GreaterThanOrEqual" or "op_LessThan" or "op_LessThanOrEqual"
                or "op_Addition" or "op_Subtraction" or "op_Multiply" or "op_Division" or "op_Modulus"
                or "op_UnaryNegation" or "op_Implicit" or "op_Explicit");
        if (!allowed)
        {
            _problems.Add(PointsText.Of("Expr.MethodNotAllowed", type?.Name, node.Method.Name));
        }

        return base.VisitMethodCall(node);
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        var owner = node.Member.DeclaringType;
        var allowed = owner == typeof(EventFacts)
            || (owner == typeof(string) && node.Member.Name == "Length")
            || (owner == typeof(DateTime) && node.Member.Name is "Year" or "Month" or "Day" or "DayOfYear")
            || (IsPrimitive(owner) && node.Member is FieldInfo { IsStatic: true, IsLiteral: true } or FieldInfo { IsStatic: true, IsInitOnly: true });
        if (!allowed)
        {
            _problems.Add(PointsText.Of("Expr.NotAField", owner?.Name, node.Member.Name));
        }

        return base.VisitMember(node);
    }

    protected override Expression VisitConstant(ConstantExpression node)
    {
        // A date attribute compared with "2025-06-01" arrives as a DateTime constant.
        if (node.Value is not null && !IsPrimitive(node.Type) && node.Type != typeof(string) && node.Type != typeof(DateTime))
        {
            _problems.Add(PointsText.Of("Expr.ConstantNotAllowed", node.Type.Name));
        }

        return base.VisitConstant(node);
    }

    protected override Expression VisitNew(NewExpression node)
    {
        _problems.Add(PointsText.Of("Expr.NewNotAllowed", node.Type.Name));
        return base.VisitNew(node);
    }

    protected override Expression VisitNewArray(NewArrayExpression node)
    {
        _problems.Add(PointsText.Of("Expr.ArrayNotAllowed"));
        return base.VisitNewArray(node);
    }

    protected override Expression VisitInvocation(InvocationExpression node)
    {
        _problems.Add(PointsText.Of("Expr.InvokeNotAllowed"));
        return base.VisitInvocation(node);
    }

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        if (node.Parameters.Count != 1 || node.Parameters[0].Type != typeof(EventFacts))
        {
            _problems.Add(PointsText.Of("Expr.LambdaNotAllowed"));
        }

        return base.VisitLambda(node);
    }

    private static bool IsPrimitive(Type? type)
    {
        var t = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return t is not null && (t.IsPrimitive || t == typeof(decimal));
    }
}
