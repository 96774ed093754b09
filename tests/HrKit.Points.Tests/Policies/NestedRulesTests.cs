using System.Text.Json;
using HrKit.Points.Engine;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using NodaTime;
using RulesEngine.Models;

namespace HrKit.Points.Tests.Policies;

/// <summary>Issue 14: RulesEngine nested rules (Operator) and LocalParams compile into the plan and agree with RulesEngine.</summary>
public sealed class NestedRulesTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private const string Workflow =
        """
        {
          "WorkflowName": "Nested",
          "Rules": [
            { "RuleName": "LongCourseOrExam", "Operator": "OrElse",
              "LocalParams": [ { "Name": "isCourse", "Expression": "e.Type == \"courseCompleted\"" } ],
              "Rules": [
                { "RuleName": "LongCourse", "Expression": "isCourse && e.Minutes >= 120" },
                { "RuleName": "ExamPassed", "Expression": "e.Type == \"exam\" && e.Score >= 60" },
                { "RuleName": "Off", "Enabled": false, "Expression": "true" } ],
              "Properties": { "points": 10, "category": "learning" } },
            { "RuleName": "EarlyWeekdayCheckIn", "Operator": "AndAlso",
              "LocalParams": [ { "Name": "weekday", "Expression": "e.DayOfWeek <= 5" }, { "Name": "early", "Expression": "e.Hour < 9" } ],
              "Rules": [
                { "RuleName": "IsCheckIn", "Expression": "e.Type == \"checkIn\"" },
                { "RuleName": "WeekdayAndEarly", "Operator": "And", "Rules": [
                  { "RuleName": "Weekday", "Expression": "weekday" },
                  { "RuleName": "Early", "LocalParams": [ { "Name": "veryEarly", "Expression": "e.Hour < 8" } ], "Expression": "early || veryEarly" } ] } ],
              "Properties": { "points": 2 } },
            { "RuleName": "AllChildrenDisabled", "Operator": "OrElse",
              "Rules": [ { "RuleName": "Off", "Enabled": false, "Expression": "true" } ],
              "Properties": { "points": 1 } },
            { "RuleName": "ManyAbsences", "LocalParams": [ { "Name": "twice", "Expression": "e.Count * 2" } ],
              "Expression": "twice > 10", "Properties": { "points": "-twice" } }
          ]
        }
        """;

    // 2025-06-02 is a Monday, 2025-06-07 a Saturday; hours are Shanghai time (UTC+8).
    private static IEnumerable<PointsEvent> Grid()
    {
        var n = 0;
        foreach (var type in new[] { "courseCompleted", "exam", "checkIn", "other" })
        foreach (var day in new[] { 2, 7 })
        foreach (var hour in new[] { 7, 8, 9 })
        foreach (var (minutes, score, count) in new[] { (0, 0m, 0), (120, 60m, 6), (90, 59.5m, 5) })
        {
            yield return new PointsEvent($"g{n++}", "E1", type, Instant.FromUtc(2025, 6, day, 0, 30).Plus(Duration.FromHours(hour - 8)))
            {
                Minutes = minutes,
                Score = score,
                Count = count,
            };
        }
    }

    [Fact]
    public async Task Evaluate_NestedRulesAndLocalParams_SameTopLevelResultsAsRulesEngine()
    {
        var workflow = JsonSerializer.Deserialize<Workflow>(Workflow)!;
        var engine = new RulesEngine.RulesEngine([workflow], new ReSettings());
        var policy = PointsPolicyLoader.Parse(Workflow);
        var hits = new List<RuleHit>();
        var compared = 0;

        foreach (var e in Grid())
        {
            var facts = EventFacts.From(e, Shanghai);
            var expected = await engine.ExecuteAllRulesAsync("Nested", new RuleParameter("e", facts));
            hits.Clear();

            Assert.Null(policy.Evaluate(facts, hits));
            Assert.All(expected, r => Assert.True(string.IsNullOrEmpty(r.ExceptionMessage), r.ExceptionMessage));
            Assert.Equal(expected.Where(r => r.IsSuccess).Select(r => r.Rule.RuleName), hits.Select(h => h.Rule.Name));
            compared++;
        }

        Assert.Equal(72, compared);
    }

    [Theory]
    // Hand-worked: a 120-minute course → 10; an exam scored 59.5 → nothing; a Monday 08:30 check-in → 2 (early);
    // a Saturday 07:30 check-in → nothing (weekend); 6 absences → twice = 12 > 10 → -12.
    [InlineData("courseCompleted", 2, 9, 120, 0, 0, "LongCourseOrExam:10")]
    [InlineData("exam", 2, 9, 0, 59.5, 0, "")]
    [InlineData("checkIn", 2, 8, 0, 0, 0, "EarlyWeekdayCheckIn:2")]
    [InlineData("checkIn", 7, 7, 0, 0, 0, "")]
    [InlineData("other", 2, 10, 0, 0, 6, "ManyAbsences:-12")]
    public void Evaluate_NestedPolicy_HandWorkedAwards(string type, int day, int hour, int minutes, double score, int count, string expected)
    {
        var policy = PointsPolicyLoader.Parse(Workflow);
        var e = new PointsEvent("x", "E1", type, Instant.FromUtc(2025, 6, day, 0, 30).Plus(Duration.FromHours(hour - 8)))
        {
            Minutes = minutes,
            Score = (decimal)score,
            Count = count,
        };
        var hits = new List<RuleHit>();

        Assert.Null(policy.Evaluate(EventFacts.From(e, Shanghai), hits));

        Assert.Equal(expected, string.Join(",", hits.Select(h => $"{h.Rule.Name}:{h.Points}")));
    }

    private static IReadOnlyList<PolicyError> Errors(string rules) =>
        Assert.Throws<PointsPolicyException>(() => PointsPolicyLoader.Parse($$"""{ "WorkflowName": "T", "Rules": [ {{rules}} ] }""")).Errors;

    [Fact]
    public void Parse_MisspeltEnabled_ErrorNamesTheField()
    {
        var error = Assert.Single(Errors("""{ "RuleName": "R", "Enabeld": false, "Expression": "true", "Properties": { "points": 1 } }"""));

        Assert.Contains("unknown field 'Enabeld'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MisspeltWorkflowField_ErrorNamesTheField()
    {
        var ex = Assert.Throws<PointsPolicyException>(() => PointsPolicyLoader.Parse("""{ "WorkflowName": "T", "Rulez": [] }"""));

        Assert.Contains("unknown field 'Rulez'", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OperatorOnFlatRule_ErrorNamesOperatorAndExpression()
    {
        var errors = Errors("""{ "RuleName": "R", "Operator": "OrElse", "Expression": "true", "Properties": { "points": 1 } }""");

        Assert.Equal(["Expression", "Rules"], errors.Select(e => e.Field).Order());
    }

    [Fact]
    public void Parse_UnknownOperator_ErrorNamesIt()
    {
        var errors = Errors("""{ "RuleName": "R", "Operator": "orelse", "Rules": [ { "RuleName": "C", "Expression": "true" } ], "Properties": { "points": 1 } }""");

        Assert.Contains(errors, e => e.Field == "Operator" && e.Message.Contains("'orelse'", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_Actions_ErrorNamesActions()
    {
        var error = Assert.Single(Errors("""{ "RuleName": "R", "Expression": "true", "Actions": { "OnSuccess": { "Name": "OutputExpression" } }, "Properties": { "points": 1 } }"""));

        Assert.Equal(("R", "Actions"), (error.RuleName, error.Field));
    }

    [Fact]
    public void Parse_RulesWithoutOperator_ErrorSaysAddOperator()
    {
        var error = Assert.Single(Errors("""{ "RuleName": "R", "Expression": "true", "Rules": [ { "RuleName": "C", "Expression": "true" } ], "Properties": { "points": 1 } }"""));

        Assert.Equal("Rules", error.Field);
        Assert.Contains("AndAlso", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PointsOnNestedRule_ErrorNamesThePath()
    {
        var error = Assert.Single(Errors("""{ "RuleName": "R", "Operator": "AndAlso", "Rules": [ { "RuleName": "C", "Expression": "true", "Properties": { "points": 3 } } ], "Properties": { "points": 1 } }"""));

        Assert.Equal(("R/C", "Properties"), (error.RuleName, error.Field));
    }

    [Fact]
    public void Parse_BadExpressionInNestedRule_ErrorNamesThePath()
    {
        var error = Assert.Single(Errors("""{ "RuleName": "R", "Operator": "AndAlso", "Rules": [ { "RuleName": "C", "Expression": "e.Nope > 1" } ], "Properties": { "points": 1 } }"""));

        Assert.Equal(("R/C", "Expression"), (error.RuleName, error.Field));
    }

    [Fact]
    public void Parse_Input1AsInRulesEngineSamples_HintSaysTheEventIsE()
    {
        var error = Assert.Single(Errors("""{ "RuleName": "R", "Expression": "input1.Score > 80", "Properties": { "points": 1 } }"""));

        Assert.True(error.Message.Contains("The event is called e", StringComparison.Ordinal), error.Message);
    }

    [Fact]
    public void Parse_LocalParamNameTwice_ErrorNamesIt()
    {
        var error = Assert.Single(Errors("""{ "RuleName": "R", "LocalParams": [ { "Name": "a", "Expression": "1" }, { "Name": "a", "Expression": "2" } ], "Expression": "a > 0", "Properties": { "points": 1 } }"""));

        Assert.Equal("LocalParams[2].Name", error.Field);
    }

    [Theory]
    [InlineData("""{ "Expression": "e.Hour < 9" }""")]
    [InlineData("""{ "Name": "early" }""")]
    [InlineData("""{ "Name": " ", "Expression": "e.Hour < 9" }""")]
    [InlineData("""{ "Name": "early", "Expression": "" }""")]
    [InlineData("null")]
    public void Parse_LocalParamWithoutNameOrExpression_ErrorNamesItAndShowsAnExample(string param)
    {
        var error = Assert.Single(Errors($$"""{ "RuleName": "R", "LocalParams": [ { "Name": "ok", "Expression": "1" }, {{param}} ], "Expression": "e.Hour < 9", "Properties": { "points": 1 } }"""));

        Assert.Equal(("R", "LocalParams[2]"), (error.RuleName, error.Field));
        Assert.Equal("""a local param needs a Name and an Expression, e.g. { "Name": "longCourse", "Expression": "e.Minutes >= 120" }.""", error.Message);
    }

    [Theory]
    // Names in messages are cut at 40 characters and marked with an ellipsis.
    [InlineData(40, "9aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData(41, "9aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…")]
    public void Parse_LocalParamNameNotAnIdentifier_ShownUpTo40Characters(int length, string shown)
    {
        var name = "9" + new string('a', length - 1);

        var error = Assert.Single(Errors($$"""{ "RuleName": "R", "LocalParams": [ { "Name": "{{name}}", "Expression": "1" } ], "Expression": "e.Hour < 9", "Properties": { "points": 1 } }"""));

        Assert.Equal(("LocalParams[1].Name", $"'{shown}' is not a name; use letters, digits and '_', starting with a letter."), (error.Field, error.Message));
    }

    [Fact]
    public void Parse_LocalParamsDoublingEachStep_RefusedInsteadOfExpandingExponentially()
    {
        var pars = string.Join(", ", Enumerable.Range(1, 30).Select(i => $$"""{ "Name": "p{{i}}", "Expression": "{{(i == 1 ? "e.Count" : $"p{i - 1} + p{i - 1}")}}" }"""));

        var errors = Errors($$"""{ "RuleName": "R", "LocalParams": [ {{pars}} ], "Expression": "p30 > 0", "Properties": { "points": 1 } }""");

        Assert.Contains(errors, e => e.Message.Contains("MaxExpressionOperators", StringComparison.Ordinal));
    }

    // A nested rule has no expression of its own; validate and explanations show its operator and child count.
    [Fact]
    public void Expression_OfANestedRule_IsItsOperatorAndChildCount()
    {
        var policy = PointsPolicyLoader.Parse(Workflow);

        Assert.Equal("OrElse of 3 nested rules", policy.Rules.Single(r => r.Name == "LongCourseOrExam").Expression);
        Assert.Equal("AndAlso of 2 nested rules", policy.Rules.Single(r => r.Name == "EarlyWeekdayCheckIn").Expression);
    }
}
