using HrKit.Points.Engine;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using NodaTime;

namespace HrKit.Points.Tests.Policies;

/// <summary>
/// Text inside a string literal is the author's text: an escaped quote does not end it, so brackets and names after
/// it are neither counted against the limits nor bound to employee fields.
/// </summary>
public sealed class StringLiteralScanTests
{
    private static PointsPolicy Parse(string expression) => PointsPolicyLoader.Parse($$"""
        { "WorkflowName": "T", "Rules": [ { "RuleName": "R", "Expression": {{System.Text.Json.JsonSerializer.Serialize(expression)}}, "Properties": { "points": 1 } } ] }
        """);

    private static bool Matches(PointsPolicy policy, string subject)
    {
        var hits = new List<RuleHit>();
        Assert.Null(policy.Evaluate(EventFacts.From(new PointsEvent("x", "E1", "t", Instant.FromUtc(2025, 6, 2, 1, 0)) { Subject = subject }, DateTimeZone.Utc), hits));
        return hits.Count == 1;
    }

    [Fact]
    public void Parse_BracketsAfterAnEscapedQuoteInALiteral_NotCountedAsNesting()
    {
        var brackets = new string('(', 40);

        var policy = Parse($"e.Subject == \"a\\\"{brackets}\"");

        Assert.True(Matches(policy, "a\"" + brackets));
    }

    [Fact]
    public void Parse_EmployeeNameAfterAnEscapedQuoteInALiteral_StaysText()
    {
        var policy = Parse("e.Subject == \"a\\\" emp.grade\"");

        Assert.False(policy.ReadsEmployee);
        Assert.True(Matches(policy, "a\" emp.grade"));
    }

    [Theory]
    [InlineData("e.Count > 0", false)]
    [InlineData("emp.department == \"HR\"", true)]
    [InlineData("emp.department == \"HR\" || emp.department == \"IT\"", true)]
    [InlineData("emp.grade == \"P5\" && emp.tenureYears >= 3 && emp.department == \"HR\"", true)]
    public void ReadsEmployee_TrueExactlyWhenARuleReadsAnEmployeeField(string expression, bool expected)
    {
        Assert.Equal(expected, Parse(expression).ReadsEmployee);
    }
}
