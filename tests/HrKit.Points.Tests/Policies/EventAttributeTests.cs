using System.Text.Json;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using HrKit.Points.Serialization;
using HrKit.Points.Tests.Support;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Policies;

/// <summary>Issue 14: custom event attributes declared in the policy, typed, read as e.name.</summary>
public sealed class EventAttributeTests
{
    private const string Declared = """ "Attributes": { "channel": "string", "trainingWeek": "bool", "score2": "number", "courseDate": "date" } """;

    private static string Policy(string rules) => $$"""{ "WorkflowName": "T", {{Declared}}, "Rules": [ {{rules}} ] }""";

    private const string DoubleForWeComInTrainingWeek = """
        { "RuleName": "Share", "Expression": "e.Type == \"shareArticle\"",
          "Properties": { "points": 2, "multiplier": "e.channel == \"wecom\" && e.trainingWeek ? 2 : 1" } }
        """;

    private static Dictionary<string, JsonElement> Attrs(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;

    private static PointsService Service(string policyJson) =>
        new(new StaticPointsPolicySource(PointsPolicyLoader.Parse(policyJson)), PointsLedgerStores.InMemory(new FakeClock(TestData.Monday9am)), Options.Create(new PointsOptions()));

    [Fact]
    public async Task ProcessBatchAsync_ShareFromWeComDuringTrainingWeek_DoublePoints()
    {
        var service = Service(Policy(DoubleForWeComInTrainingWeek));
        var at = TestData.Monday9am;

        var result = await service.ProcessBatchAsync(
        [
            TestData.Event("a", "E1", "shareArticle", at) with { Attributes = Attrs("""{ "channel": "wecom", "trainingWeek": true }""") },
            TestData.Event("b", "E1", "shareArticle", at) with { Attributes = Attrs("""{ "channel": "wecom", "trainingWeek": false }""") },
            TestData.Event("c", "E1", "shareArticle", at) with { Attributes = Attrs("""{ "channel": "email", "trainingWeek": true }""") },
            TestData.Event("d", "E1", "shareArticle", at),
            TestData.Event("e", "E1", "shareArticle", at) with { Attributes = Attrs("""{ "channel": "wecom", "trainingWeek": true }""") },
            TestData.Event("f", "E1", "shareArticle", at),
        ]);

        // Hand-worked: 2 × 2 for WeCom in training week, 2 × 1 otherwise; absent attributes read "" and false, also
        // right after an event that had them (f after e).
        Assert.Equal([4L, 2, 2, 2, 4, 2], result.Posted.Select(p => p.Points));
        Assert.Empty(result.Rejected);
    }

    [Fact]
    public async Task ProcessBatchAsync_EventWithoutAttributesAfterOneWithAll_ReadsEachTypesDefault()
    {
        var service = Service(Policy("""
            { "RuleName": "NoChannel", "Expression": "e.channel == \"\"", "Properties": { "points": 1 } },
            { "RuleName": "Week", "Expression": "e.trainingWeek", "Properties": { "points": 10 } },
            { "RuleName": "Scored", "Expression": "e.score2 != 0", "Properties": { "points": 100 } },
            { "RuleName": "Dated", "Expression": "e.courseDate.Year > 1", "Properties": { "points": 1000 } }
            """));
        var at = TestData.Monday9am;

        var result = await service.ProcessBatchAsync(
        [
            TestData.Event("a", "E1", "x", at) with { Attributes = Attrs("""{ "channel": "wecom", "trainingWeek": true, "score2": 7, "courseDate": "2025-06-14" }""") },
            TestData.Event("b", "E1", "x", at),
        ]);

        // Hand-worked: a is dated, scored and in training week (1000 + 100 + 10); b has none of them, and its absent
        // channel reads "" (1): nothing of a's values is left behind.
        Assert.Equal(["a:Week", "a:Scored", "a:Dated", "b:NoChannel"], result.Posted.Select(p => $"{p.SourceId}:{p.RuleName}"));
    }

    [Fact]
    public async Task ProcessBatchAsync_AttributeOnAPolicyThatDeclaresNone_RejectedSayingSo()
    {
        var service = Service("""{ "WorkflowName": "T", "Rules": [ { "RuleName": "Any", "Expression": "true", "Properties": { "points": 1 } } ] }""");

        var result = await service.ProcessBatchAsync(
            [TestData.Event("ok", "E1", "x"), TestData.Event("bad", "E1", "x") with { Attributes = Attrs("""{ "channel": "wecom" }""") }]);

        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(("bad", "attributes.channel"), (rejected.EventId, rejected.Field));
        Assert.Contains("is not declared; the policy declares no attributes", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(["ok"], result.Posted.Select(p => p.SourceId));
    }

    [Theory]
    [InlineData("""{ "score2": 80.5 }""", "HighScore")]
    [InlineData("""{ "score2": 80.49 }""", "")]
    [InlineData("""{ "courseDate": "2025-06-14" }""", "EarlyCourse")]
    [InlineData("""{ "courseDate": "2025-06-15" }""", "")]
    [InlineData("""{ }""", "")]
    public void Evaluate_NumberAndDateAttributes_ComparedByValue(string attributes, string expected)
    {
        var policy = PointsPolicyLoader.Parse(Policy("""
            { "RuleName": "HighScore", "Expression": "e.score2 >= 80.5", "Properties": { "points": 1 } },
            { "RuleName": "EarlyCourse", "Expression": "e.courseDate.Year == 2025 && e.courseDate < \"2025-06-15\"", "Properties": { "points": 1 } }
            """));
        var e = TestData.Event("x", "E1", "any") with { Attributes = Attrs(attributes) };
        var hits = new List<RuleHit>();

        Assert.Null(policy.Evaluate(EventFacts.From(e, DateTimeZone.Utc, policy), hits));

        Assert.Equal(expected, string.Join(",", hits.Select(h => h.Rule.Name)));
    }

    [Theory]
    [InlineData("""{ "channel": 5 }""", "attributes.channel", "\"string\"")]
    [InlineData("""{ "trainingWeek": "yes" }""", "attributes.trainingWeek", "\"bool\"")]
    [InlineData("""{ "courseDate": "2025-13-01" }""", "attributes.courseDate", "ISO date")]
    [InlineData("""{ "score2": "80" }""", "attributes.score2", "\"number\"")]
    [InlineData("""{ "Channel": "wecom" }""", "attributes.Channel", "is not declared; the policy declares channel, trainingWeek, score2, courseDate (names are case-sensitive).")]
    public async Task ProcessBatchAsync_AttributeUndeclaredOrMistyped_RejectedNamingIt(string attributes, string field, string hint)
    {
        var service = Service(Policy("""{ "RuleName": "Any", "Expression": "true", "Properties": { "points": 1 } }"""));

        var result = await service.ProcessBatchAsync(
            [TestData.Event("ok", "E1", "x"), TestData.Event("bad", "E1", "x") with { Attributes = Attrs(attributes) }]);

        var rejected = Assert.Single(result.Rejected);
        Assert.Equal((1, "bad", field), (rejected.Index, rejected.EventId, rejected.Field));
        Assert.Contains(hint, rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(["ok"], result.Posted.Select(p => p.SourceId));
    }

    [Theory]
    [InlineData("e.chanel == \"wecom\"", "e.channel")]
    [InlineData("e.channel == 5", "channel")]
    [InlineData("e.trainingWeek == \"yes\"", "Expression")]
    public void Parse_RuleReadsUndeclaredOrMistypedAttribute_ErrorNamesRuleAndField(string expression, string hint)
    {
        var error = Assert.Single(Assert.Throws<PointsPolicyException>(() => PointsPolicyLoader.Parse(Policy(
            $$"""{ "RuleName": "Bad", "Expression": {{JsonSerializer.Serialize(expression)}}, "Properties": { "points": 1 } }"""))).Errors);

        Assert.Equal(("Bad", "Expression"), (error.RuleName, error.Field));
        Assert.Contains(hint, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "channel": "text" }""", "Attributes.channel", "\"string\"")]
    [InlineData("""{ "score": "number" }""", "Attributes.score", "e.Score")]
    [InlineData("""{ "9lives": "bool" }""", "Attributes.9lives", "not a name")]
    public void Parse_BadDeclaration_ErrorNamesAttribute(string declaration, string field, string hint)
    {
        var error = Assert.Single(Assert.Throws<PointsPolicyException>(() => PointsPolicyLoader.Parse(
            $$"""{ "WorkflowName": "T", "Attributes": {{declaration}}, "Rules": [ { "RuleName": "R", "Expression": "true", "Properties": { "points": 1 } } ] }""")).Errors);

        Assert.Equal(field, error.Field);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AttributeNameInsideStringLiteral_LeftAsText()
    {
        var policy = PointsPolicyLoader.Parse(Policy("""{ "RuleName": "R", "Expression": "e.Subject == \"e.channel\"", "Properties": { "points": 1 } }"""));
        var e = TestData.Event("x", "E1", "any") with { Subject = "e.channel", Attributes = Attrs("""{ "channel": "wecom" }""") };
        var hits = new List<RuleHit>();

        Assert.Null(policy.Evaluate(EventFacts.From(e, DateTimeZone.Utc, policy), hits));

        Assert.Single(hits);
    }

    [Fact]
    public void ReadEventLines_AttributesObject_CarriedOnTheEvent()
    {
        var e = Assert.Single(PointsJson.ReadEventLines(new StringReader(
            """{"eventId":"a","employeeId":"E1","type":"shareArticle","occurredAt":"2025-06-02T09:00:00+08:00","attributes":{"channel":"wecom","trainingWeek":true}}""")));

        Assert.Equal("wecom", e.Attributes!["channel"].GetString());
        Assert.True(e.Attributes["trainingWeek"].GetBoolean());
    }
}
