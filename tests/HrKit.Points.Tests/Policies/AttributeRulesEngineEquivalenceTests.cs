using System.Text.Json;
using HrKit.Points.Employees;
using HrKit.Points.Engine;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using NodaTime;
using RulesEngine.Models;

namespace HrKit.Points.Tests.Policies;

/// <summary>
/// Issue 14: rules over custom attributes and employee fields match what RulesEngine 6 decides on the same workflow,
/// given the same values as input objects named e and emp.
/// </summary>
public sealed class AttributeRulesEngineEquivalenceTests
{
    private const string Workflow =
        """
        {
          "WorkflowName": "Attr",
          "Attributes": { "channel": "string", "trainingWeek": "bool", "score2": "number", "courseDate": "date" },
          "Rules": [
            { "RuleName": "WeComTrainingShare", "Expression": "e.Type == \"shareArticle\" && e.channel == \"wecom\" && e.trainingWeek", "Properties": { "points": 4 } },
            { "RuleName": "ScoreOrEarlyCourse", "Operator": "OrElse",
              "LocalParams": [ { "Name": "high", "Expression": "e.score2 >= 80.5" } ],
              "Rules": [
                { "RuleName": "High", "Expression": "high && !e.trainingWeek" },
                { "RuleName": "Early", "Expression": "e.courseDate.Year == 2025 && e.courseDate < \"2025-06-15\"" } ],
              "Properties": { "points": 2 } },
            { "RuleName": "RdVeteran", "Expression": "emp.department == \"R&D\" && emp.tenureYears >= 3 && e.channel.StartsWith(\"we\")", "Properties": { "points": 3 } },
            { "RuleName": "JuneHire", "Operator": "AndAlso",
              "Rules": [ { "RuleName": "June", "Expression": "emp.hireDate.Month == 6" }, { "RuleName": "Grade", "Expression": "emp.grade != \"P5\" || e.score2 > 99" } ],
              "Properties": { "points": 1 } }
          ]
        }
        """;

    /// <summary>What RulesEngine sees as e: the built-in type and the attributes as plain properties.</summary>
    public sealed record EventInput(string Type, string channel, bool trainingWeek, decimal score2, DateTime courseDate);

    /// <summary>What RulesEngine sees as emp.</summary>
    public sealed record EmployeeInput(string department, string grade, DateTime hireDate, int tenureYears);

    [Fact]
    public async Task Evaluate_AttributeAndEmployeeRules_SameResultsAsRulesEngine()
    {
        var workflow = JsonSerializer.Deserialize<Workflow>(Workflow)!;
        var engine = new RulesEngine.RulesEngine([workflow], new ReSettings());
        var policy = PointsPolicyLoader.Parse(Workflow);
        var at = Instant.FromUtc(2025, 6, 2, 1, 0);
        var hits = new List<RuleHit>();
        var compared = 0;
        var matched = 0;

        foreach (var type in new[] { "shareArticle", "other" })
        foreach (var channel in new[] { "wecom", "web", "" })
        foreach (var training in new[] { true, false })
        foreach (var score in new[] { 80.49m, 80.5m, 100m })
        foreach (var course in new[] { "2025-06-14", "2025-06-15", "2024-01-01" })
        foreach (var profile in new EmployeeProfile[] { new("R&D", "P5", new LocalDate(2022, 6, 2)), new("R&D", "P6", new LocalDate(2022, 6, 3)), new("Sales", "P5", new LocalDate(2001, 7, 1)) })
        {
            var attributes = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(
                $$"""{ "channel": "{{channel}}", "trainingWeek": {{(training ? "true" : "false")}}, "score2": {{score}}, "courseDate": "{{course}}" }""")!;
            var e = new PointsEvent($"e{compared}", "E1", type, at) { Attributes = attributes };
            var facts = EventFacts.From(e, DateTimeZone.Utc, policy, profile);
            var tenure = Period.Between(profile.HireDate, new LocalDate(2025, 6, 2), PeriodUnits.Years).Years;
            var expected = await engine.ExecuteAllRulesAsync("Attr",
                new RuleParameter("e", new EventInput(type, channel, training, score, DateTime.Parse(course, System.Globalization.CultureInfo.InvariantCulture))),
                new RuleParameter("emp", new EmployeeInput(profile.Department, profile.Grade, profile.HireDate.ToDateTimeUnspecified(), tenure)));
            hits.Clear();

            Assert.Null(policy.Evaluate(facts, hits));
            Assert.All(expected, r => Assert.True(string.IsNullOrEmpty(r.ExceptionMessage), r.ExceptionMessage));
            Assert.Equal(expected.Where(r => r.IsSuccess).Select(r => r.Rule.RuleName), hits.Select(h => h.Rule.Name));
            compared++;
            matched += hits.Count;
        }

        Assert.Equal(324, compared);
        Assert.InRange(matched, 100, 900); // the grid exercises both outcomes of the rules
    }
}
