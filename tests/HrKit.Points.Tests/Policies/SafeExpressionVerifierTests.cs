using System.Linq.Expressions;
using HrKit.Points.Engine;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using NodaTime;

namespace HrKit.Points.Tests.Policies;

/// <summary>
/// The verifier is an allow-list behind the parser: what is on the list is accepted (and evaluates), and anything else
/// is refused with a message naming it, whether the parser produced it or not.
/// </summary>
public sealed class SafeExpressionVerifierTests
{
    private static readonly ParameterExpression E = Expression.Parameter(typeof(EventFacts), "e");

    private static string Problems(Expression body) =>
        string.Join(" | ", SafeExpressionVerifier.Check(Expression.Lambda(body, E)).Select(p => p.ToString()));

    private static PolicyError Refused(string expression)
    {
        var ex = Assert.Throws<PointsPolicyException>(() => Parse(expression));
        var error = Assert.Single(ex.Errors);
        Assert.Equal(("R", "Expression"), (error.RuleName, error.Field));
        return error;
    }

    private static PointsPolicy Parse(string expression) => PointsPolicyLoader.Parse($$"""
        { "WorkflowName": "T", "Attributes": { "courseDate": "date" },
          "Rules": [ { "RuleName": "R", "Expression": {{System.Text.Json.JsonSerializer.Serialize(expression)}}, "Properties": { "points": 1 } } ] }
        """);

    private static bool Matches(string expression, int count, decimal score)
    {
        var policy = Parse(expression);
        var e = new PointsEvent("x", "E1", "t", Instant.FromUtc(2025, 6, 2, 1, 0))
        {
            Count = count,
            Score = score,
            Attributes = new Dictionary<string, System.Text.Json.JsonElement> { ["courseDate"] = System.Text.Json.JsonDocument.Parse("\"2025-06-14\"").RootElement },
        };
        var hits = new List<RuleHit>();
        Assert.Null(policy.Evaluate(EventFacts.From(e, DateTimeZone.Utc, policy), hits));
        return hits.Count == 1;
    }

    [Theory]
    // Methods of numbers on the list (Equals, CompareTo), static constants and read-only fields of numbers, and the
    // date parts Year, Month, Day and DayOfYear. 2025-06-14 is day 165 (31 + 28 + 31 + 30 + 31 + 14).
    [InlineData("e.Count.Equals(3)", true)]
    [InlineData("e.Count.Equals(4)", false)]
    [InlineData("e.Score.CompareTo(80) > 0", true)]
    [InlineData("e.Count < int.MaxValue", true)]
    [InlineData("e.Score < decimal.MaxValue", true)]
    [InlineData("e.courseDate.Year == 2025 && e.courseDate.Month == 6 && e.courseDate.Day == 14", true)]
    [InlineData("e.courseDate.DayOfYear == 165", true)]
    [InlineData("e.courseDate.DayOfYear == 166", false)]
    public void Evaluate_WhatTheListAllows_IsAcceptedAndEvaluates(string expression, bool expected)
    {
        Assert.Equal(expected, Matches(expression, count: 3, score: 80.5m));
    }

    [Theory]
    [InlineData("int.Parse(e.Subject) == 3", "calling 'Int32.Parse' is not allowed")]
    [InlineData("e.courseDate.AddDays(1).Year > 2000", "calling 'DateTime.AddDays' is not allowed")]
    [InlineData("DateTime.Now.Year > 2000", "'DateTime.Now' is not an event field.")]
    [InlineData("DateTime.MaxValue.Year > 2000", "'DateTime.MaxValue' is not an event field.")]
    [InlineData("e.courseDate.Ticks > 0", "'DateTime.Ticks' is not an event field.")]
    [InlineData("e.Subject == string.Empty", "'String.Empty' is not an event field.")]
    public void Parse_WhatTheListDoesNotAllow_IsRefusedNamingIt(string expression, string reason)
    {
        Assert.Contains(reason, Refused(expression).Message, StringComparison.Ordinal);
    }

    // An operator of decimal or DateTime called by its method name (decimal.op_Addition(a, b)) is the operator itself,
    // so every name on the list is accepted; a Math function of decimal's own (decimal.Round) too.
    [Theory]
    [InlineData(typeof(decimal), "op_Equality")]
    [InlineData(typeof(decimal), "op_Inequality")]
    [InlineData(typeof(decimal), "op_GreaterThan")]
    [InlineData(typeof(decimal), "op_GreaterThanOrEqual")]
    [InlineData(typeof(decimal), "op_LessThan")]
    [InlineData(typeof(decimal), "op_LessThanOrEqual")]
    [InlineData(typeof(decimal), "op_Addition")]
    [InlineData(typeof(decimal), "op_Subtraction")]
    [InlineData(typeof(decimal), "op_Multiply")]
    [InlineData(typeof(decimal), "op_Division")]
    [InlineData(typeof(decimal), "op_Modulus")]
    [InlineData(typeof(decimal), "op_UnaryNegation")]
    [InlineData(typeof(decimal), "op_Implicit")]
    [InlineData(typeof(decimal), "op_Explicit")]
    [InlineData(typeof(decimal), "Round")]
    [InlineData(typeof(DateTime), "op_GreaterThan")]
    [InlineData(typeof(DateTime), "op_Equality")]
    public void Check_OperatorCalledByItsMethodName_Accepted(Type type, string name)
    {
        var method = type.GetMethods().First(m => m.Name == name && m.GetParameters().All(p => p.ParameterType == type || p.ParameterType == typeof(int))
            && (m.GetParameters().Length > 0));
        var arguments = method.GetParameters()
            .Select(p => (Expression)(p.ParameterType == typeof(int) ? Expression.Constant(3) : Expression.Constant(type == typeof(decimal) ? (object)2.5m : new DateTime(2025, 6, 14))))
            .ToArray();

        Assert.Equal("", Problems(Expression.Call(method, arguments)));
    }

    // The parser never produces these; the verifier refuses them all the same.
    [Fact]
    public void Check_ConstantOfAnotherType_Refused() =>
        Assert.Equal("a constant of type 'Object' is not allowed.", Problems(Expression.NotEqual(Expression.Constant(new object()), Expression.Constant(null))));

    [Fact]
    public void Check_Constructor_Refused() =>
        Assert.Equal("creating a 'Random' is not allowed.", Problems(Expression.NotEqual(Expression.New(typeof(Random)), Expression.Constant(null, typeof(Random)))));

    [Fact]
    public void Check_Array_Refused() =>
        Assert.Equal("creating arrays is not allowed.", Problems(Expression.NotEqual(Expression.NewArrayInit(typeof(int), Expression.Constant(1)), Expression.Constant(null, typeof(int[])))));

    [Fact]
    public void Check_DelegateInvocation_Refused() =>
        Assert.Equal("invoking delegates is not allowed.", Problems(Expression.Invoke(Expression.Parameter(typeof(Func<bool>), "f"))));

    [Fact]
    public void Check_NestedLambda_Refused() =>
        Assert.Equal("nested lambdas are not allowed.", Problems(Expression.NotEqual(Expression.Lambda<Func<bool>>(Expression.Constant(true)), Expression.Constant(null, typeof(Func<bool>)))));

    [Fact]
    public void Check_EveryProblem_Reported()
    {
        var body = Expression.AndAlso(
            Expression.NotEqual(Expression.New(typeof(Random)), Expression.Constant(null, typeof(Random))),
            Expression.Invoke(Expression.Parameter(typeof(Func<bool>), "f")));

        Assert.Equal("creating a 'Random' is not allowed. | invoking delegates is not allowed.", Problems(body));
    }
}
