using System.Linq.Expressions;
using HrKit.Points.Engine;
using HrKit.Points.Policies;

namespace HrKit.Points.Tests.Policies;

/// <summary>
/// What a condition becomes for one event type: type tests decided, and an operand dropped only when the outcome no
/// longer depends on it and evaluating it cannot throw (so the same expressions still run, and throw, as before).
/// </summary>
public sealed class EventTypeSpecializerTests
{
    private static Expression Specialized(Expression<Func<EventFacts, bool>> condition, string? type) =>
        EventTypeSpecializer.Specialize(condition, type).Body;

    private static void AssertFalse(Expression body) => Assert.Equal(false, Assert.IsType<ConstantExpression>(body).Value);

    [Fact]
    public void Specialize_TypeTestsOfEveryForm_Decided()
    {
        AssertFalse(Specialized(e => e.Type == "a", "b"));
        AssertFalse(Specialized(e => e.Type != "a", "a"));
        AssertFalse(Specialized(e => "a" != e.Type, "a"));
        AssertFalse(Specialized(e => !(e.Type == "a"), "a"));
        AssertFalse(Specialized(e => e.Type == "a", null));
    }

    [Fact]
    public void Specialize_ConditionalOnTheType_TakesTheBranchOfThatType()
    {
        Expression<Func<EventFacts, bool>> condition = e => e.Type == "a" ? e.Count > 1 : e.Count > 5;

        var forOther = Assert.IsAssignableFrom<BinaryExpression>(Specialized(condition, "b"));
        var forA = Assert.IsAssignableFrom<BinaryExpression>(Specialized(condition, "a"));

        Assert.Equal((5, 1), ((int)((ConstantExpression)forOther.Right).Value!, (int)((ConstantExpression)forA.Right).Value!));
    }

    [Fact]
    public void Specialize_WideningConversionsBeforeAFalseTypeTest_AreDropped()
    {
        // int to long and double, to int? and to int itself cannot throw: "x && false" is just false.
        AssertFalse(Specialized(e => (long)e.Count > 1L && e.Type == "a", "b"));
        AssertFalse(Specialized(e => (double)e.Count > 1.5 && e.Type == "a", "b"));
        AssertFalse(Specialized(e => (int?)e.Count == 1 && e.Type == "a", "b"));
        AssertFalse(Specialized(Expression.Lambda<Func<EventFacts, bool>>(
            Expression.AndAlso(Expression.GreaterThan(Expression.Convert(Count(out var e), typeof(int)), Expression.Constant(1)), TypeIs(e, "a")), e), "b"));
    }

    [Fact]
    public void Specialize_NarrowingConversionBeforeAFalseTypeTest_StillRuns()
    {
        // (int)(long)… can overflow in a checked context, so it must still run before the "false".
        var body = Specialized(e => checked((int)(long)e.Count) > 1 && e.Type == "a", "b");

        Assert.Equal(ExpressionType.AndAlso, body.NodeType);
        Assert.Equal(false, Assert.IsType<ConstantExpression>(((BinaryExpression)body).Right).Value);
    }

    [Fact]
    public void Specialize_ComparisonByAnArbitraryMethodBeforeAFalseTypeTest_StillRuns()
    {
        var e = Expression.Parameter(typeof(EventFacts), "e");
        var compare = Expression.GreaterThan(Expression.Property(e, nameof(EventFacts.Count)), Expression.Constant(1), false, typeof(EventTypeSpecializerTests).GetMethod(nameof(GreaterOrThrow))!);

        var body = Specialized(Expression.Lambda<Func<EventFacts, bool>>(Expression.AndAlso(compare, TypeIs(e, "a")), e), "b");

        Assert.Equal(ExpressionType.AndAlso, body.NodeType);
    }

    public static bool GreaterOrThrow(int left, int right) => left > right ? true : throw new InvalidOperationException();

    private static MemberExpression Count(out ParameterExpression e)
    {
        e = Expression.Parameter(typeof(EventFacts), "e");
        return Expression.Property(e, nameof(EventFacts.Count));
    }

    private static BinaryExpression TypeIs(ParameterExpression e, string type) =>
        Expression.Equal(Expression.Property(e, nameof(EventFacts.Type)), Expression.Constant(type));
}
