using System.Linq.Expressions;

namespace HrKit.Points.Policies;

/// <summary>
/// Rewrites a verified tree so integer arithmetic and narrowing conversions throw <see cref="OverflowException"/>
/// instead of wrapping: the parser emits unchecked <c>+ - * </c>, unary minus and casts, and a wrapped product (e.g.
/// <c>e.Minutes * 1000000</c>) would otherwise become a large negative award. Decimal arithmetic already throws.
/// </summary>
internal sealed class CheckedArithmetic : ExpressionVisitor
{
    private static readonly CheckedArithmetic Instance = new();

    private CheckedArithmetic() { }

    public static Expression<Func<T, TResult>> Rewrite<T, TResult>(Expression<Func<T, TResult>> lambda) =>
        (Expression<Func<T, TResult>>)Instance.Visit(lambda)!;

    public static Expression Rewrite(Expression body) => Instance.Visit(body)!;

    public override Expression? Visit(Expression? node)
    {
        // The size limits keep trees shallow; this turns any remaining surprise into a catchable error.
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return base.Visit(node);
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        var left = Visit(node.Left)!;
        var right = Visit(node.Right)!;
        if (node.Method is null)
        {
            switch (node.NodeType)
            {
                case ExpressionType.Add:
                    return Expression.AddChecked(left, right);
                case ExpressionType.Subtract:
                    return Expression.SubtractChecked(left, right);
                case ExpressionType.Multiply:
                    return Expression.MultiplyChecked(left, right);
            }
        }

        return node.Update(left, VisitAndConvert(node.Conversion, nameof(VisitBinary)), right);
    }

    protected override Expression VisitUnary(UnaryExpression node)
    {
        var operand = Visit(node.Operand)!;
        return (node.NodeType, node.Method) switch
        {
            (ExpressionType.Negate, null) => Expression.NegateChecked(operand),
            (ExpressionType.Convert, null) => Expression.ConvertChecked(operand, node.Type),
            _ => node.Update(operand),
        };
    }
}
