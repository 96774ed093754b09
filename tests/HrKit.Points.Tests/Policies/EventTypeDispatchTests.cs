using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HrKit.Points.Engine;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using NodaTime;

namespace HrKit.Points.Tests.Policies;

/// <summary>
/// The policy runs only the rules that can match an event's type; these check that doing so never changes which rules
/// match, their order, or which expressions run (and so which ones throw).
/// </summary>
public sealed class EventTypeDispatchTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>2025-06-02 00:00 in Shanghai, a Monday.</summary>
    private static readonly Instant MondayMidnight = Instant.FromUtc(2025, 6, 1, 16, 0);

    // Type tests first, last, negated, in an ||, in a ?: and absent; typed and untyped rules interleaved.
    private static readonly PointsPolicy Policy = Parse(
        ("R1", "e.Minutes > 30"),
        ("R2", "e.Type == \"checkIn\""),
        ("R3", "e.Hour < 9 && e.Type == \"checkIn\""),
        ("R4", "e.Type != \"checkIn\""),
        ("R5", "(e.Type == \"review\" || e.Type == \"course\") && e.Score >= 80"),
        ("R6", "e.Type == \"review\" ? e.Score >= 90 : e.Count == 0"),
        ("R7", "!(\"course\" == e.Type)"));

    private static PointsPolicy Parse(params (string Name, string Expression)[] rules) =>
        PointsPolicyLoader.Parse($$"""
            { "WorkflowName": "T", "Rules": [ {{string.Join(",", rules.Select(r =>
                $$"""{ "RuleName": "{{r.Name}}", "Expression": {{System.Text.Json.JsonSerializer.Serialize(r.Expression)}}, "Properties": { "points": 1 } }"""))}} ] }
            """);

    private static EventFacts Facts(string type, int hour = 12, int minutes = 0, decimal score = 0, int count = 0) =>
        EventFacts.From(new PointsEvent("ev", "E1", type, MondayMidnight + Duration.FromHours(hour)) { Minutes = minutes, Score = score, Count = count }, Shanghai);

    private static string Hits(PointsPolicy policy, EventFacts facts)
    {
        var hits = new List<RuleHit>();
        policy.Evaluate(facts, hits);
        return string.Join(" ", hits.Select(h => h.Rule.Name));
    }

    [Theory]
    [InlineData("checkIn", 8, 45, 0, 1, "R1 R2 R3 R7")]
    [InlineData("checkIn", 9, 0, 0, 0, "R2 R6 R7")]
    [InlineData("review", 10, 0, 95, 1, "R4 R5 R6 R7")]
    [InlineData("review", 10, 0, 85, 0, "R4 R5 R7")]
    [InlineData("course", 7, 31, 85, 0, "R1 R4 R5 R6")]
    [InlineData("party", 7, 0, 99, 0, "R4 R6 R7")]
    [InlineData("CheckIn", 8, 0, 0, 1, "R4 R7")]
    [InlineData("", 8, 60, 0, 1, "R1 R4 R7")]
    public void Evaluate_EventOfEachKindOfType_HitsTheHandWorkedRulesInFileOrder(string type, int hour, int minutes, int score, int count, string expected)
    {
        Assert.Equal(expected, Hits(Policy, Facts(type, hour, minutes, score, count)));
    }

    [Fact]
    public void Evaluate_RuleNotTestingTheType_FiresForEveryType()
    {
        var policy = Parse(("Typed", "e.Type == \"a\""), ("Any", "e.Count >= 0"));

        Assert.Equal("Typed Any", Hits(policy, Facts("a")));
        Assert.Equal("Any", Hits(policy, Facts("b")));
        Assert.Equal("Any", Hits(policy, Facts("never-mentioned")));
    }

    [Fact]
    public void Evaluate_EventWithoutType_MatchesLikeTheUnspecialisedConditions()
    {
        var facts = EventFacts.From(new PointsEvent("ev", "E1", null!, MondayMidnight) { Count = 0 }, Shanghai);

        Assert.Equal("R4 R6 R7", Hits(Policy, facts));
    }

    [Fact]
    public void Evaluate_FailingExpressionAfterTypeTest_RunsOnlyForThatType()
    {
        var policy = Parse(("Ratio", "e.Type == \"x\" && 10 / e.Count > 1"));

        Assert.Equal("", Hits(policy, Facts("y", count: 0)));
        var failure = policy.Evaluate(Facts("x", count: 0), []);
        Assert.Equal(("Ratio", "Expression"), (failure?.RuleName, failure?.Field));
    }

    [Fact]
    public void Evaluate_ConditionFailingAfterAnEarlierRulesMultiplier_NamesTheExpression()
    {
        // "Doubled" matches and runs its multiplier first; "Ratio" then divides by zero in its condition, not its multiplier.
        var policy = PointsPolicyLoader.Parse("""
            { "WorkflowName": "T", "Rules": [
              { "RuleName": "Doubled", "Expression": "e.Hour >= 0", "Properties": { "points": 1, "multiplier": "e.Hour >= 0 ? 2 : 1" } },
              { "RuleName": "Ratio", "Expression": "10 / e.Count > 1", "Properties": { "points": 1 } } ] }
            """);

        var failure = policy.Evaluate(Facts("y", count: 0), []);

        Assert.Equal(("Ratio", "Expression"), (failure?.RuleName, failure?.Field));
    }

    [Fact]
    public void Evaluate_FailingExpressionBeforeTypeTest_StillRunsForOtherTypes()
    {
        // "10 / e.Count > 1 && false" must still divide first, as RulesEngine would.
        var policy = Parse(("Ratio", "10 / e.Count > 1 && e.Type == \"x\""), ("Plain", "e.Type == \"y\""));

        var failure = policy.Evaluate(Facts("y", count: 0), []);
        Assert.Equal(("Ratio", "Expression"), (failure?.RuleName, failure?.Field));
        Assert.Contains(nameof(DivideByZeroException), failure?.Reason.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RuleNamingMoreTypesThanAreSpecialised_MatchesLikeItsWholeCondition()
    {
        var many = string.Join(" || ", Enumerable.Range(0, 20).Select(i => $"e.Type == \"t{i}\""));
        var policy = Parse(("Many", many), ("One", "e.Type == \"t3\""));

        Assert.Equal(("Many One", "Many", ""), (Hits(policy, Facts("t3")), Hits(policy, Facts("t19")), Hits(policy, Facts("t20"))));
    }

    [Fact]
    public void Evaluate_PolicyNamingMoreTypesThanAreIndexed_MatchesLikeTheWholeConditions()
    {
        var policy = Parse([.. Enumerable.Range(0, 300).Select(i => ($"R{i}", $"e.Type == \"t{i}\" || e.Count == {i + 1000}"))]);

        Assert.Equal(("R0", "R299", "R7", ""), (Hits(policy, Facts("t0")), Hits(policy, Facts("t299")), Hits(policy, Facts("x", count: 1007)), Hits(policy, Facts("x"))));
    }

    private static Arbitrary<PointsEvent> Events() =>
        (from type in Gen.Elements("checkIn", "CheckIn", "review", "course", "party", "", null)
         from minutes in Gen.Choose(-10, 200)
         from hour in Gen.Choose(0, 23 * 60 + 59)
         from score in Gen.Choose(0, 100)
         from count in Gen.Choose(-1, 3)
         select new PointsEvent("ev", "E1", type!, MondayMidnight + Duration.FromMinutes(hour)) { Minutes = minutes, Score = score, Count = count })
        .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Evaluate_AnyEvent_HitsExactlyTheRulesWhoseWholeConditionHolds() => Prop.ForAll(Events(), e =>
    {
        var facts = EventFacts.From(e, Shanghai);
        var expected = string.Join(" ", Policy.Rules.Where(r => r.Condition(facts)).Select(r => r.Name));
        return Hits(Policy, facts) == expected;
    });
}
