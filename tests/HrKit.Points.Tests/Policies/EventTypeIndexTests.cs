using HrKit.Points.Policies;

namespace HrKit.Points.Tests.Policies;

/// <summary>The index's work is bounded: past 256 types it is not built, past 16 type literals a rule runs whole.</summary>
public sealed class EventTypeIndexTests
{
    private static PointsPolicy Policy(IEnumerable<string> expressions) => PointsPolicyLoader.Parse(
        $$"""{ "WorkflowName": "T", "Rules": [ {{string.Join(", ", expressions.Select((x, i) => $$"""{ "RuleName": "R{{i}}", "Expression": {{System.Text.Json.JsonSerializer.Serialize(x)}}, "Properties": { "points": 1 } }"""))}} ] }""");

    [Theory]
    [InlineData(256, 1)]
    [InlineData(257, 257)]
    public void Build_TypesBeyond256_EveryEventRunsEveryRule(int types, int candidatesForT1)
    {
        var policy = Policy(Enumerable.Range(1, types).Select(i => $"e.Type == \"t{i}\""));

        var index = EventTypeIndex.Build(policy.Rules);

        Assert.Equal(candidatesForT1, index.For("t1").Length);
    }

    [Theory]
    // A rule naming 16 types is decided for each of them (no condition left to run); one naming 17 runs whole.
    [InlineData(16, true)]
    [InlineData(17, false)]
    public void For_RuleNamingManyTypes_SpecialisedUpTo16(int literals, bool decided)
    {
        var policy = Policy([string.Join(" || ", Enumerable.Range(1, literals).Select(i => $"e.Type == \"t{i}\""))]);

        var candidate = Assert.Single(EventTypeIndex.Build(policy.Rules).For("t1"));

        Assert.Equal(decided, candidate.Condition is null);
    }
}
