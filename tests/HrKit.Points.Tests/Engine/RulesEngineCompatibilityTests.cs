using System.Diagnostics;
using System.Text.Json;
using HrKit.Points.Engine;
using HrKit.Points.Policies;
using NodaTime;
using RulesEngine.Models;

namespace HrKit.Points.Tests.Engine;

/// <summary>
/// The default policy is a genuine RulesEngine workflow: RulesEngine itself loads it and agrees with the compiled
/// plan on every sample event, and the plan is far faster than RulesEngine's per-call execution.
/// </summary>
public sealed class RulesEngineCompatibilityTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private static RulesEngine.RulesEngine CreateRulesEngine()
    {
        var workflow = JsonSerializer.Deserialize<Workflow>(PointsPolicyLoader.ReadDefaultJson())!;
        return new RulesEngine.RulesEngine([workflow], new ReSettings());
    }

    private static List<EventFacts> SampleFacts() =>
        PointsSamples.LoadSampleEvents().Select(e => EventFacts.From(e, Shanghai)).ToList();

    [Fact]
    public async Task DefaultPolicy_RulesEngineAndCompiledPlan_MatchSameRules()
    {
        var engine = CreateRulesEngine();
        var policy = PointsPolicyLoader.LoadDefault();
        var hits = new List<RuleHit>();

        foreach (var facts in SampleFacts())
        {
            var reResults = await engine.ExecuteAllRulesAsync("HrKitDefaultPoints", new RuleParameter("e", facts));
            hits.Clear();
            policy.Evaluate(facts, hits);

            Assert.All(reResults, r => Assert.True(string.IsNullOrEmpty(r.ExceptionMessage), r.ExceptionMessage));
            Assert.Equal(reResults.Where(r => r.IsSuccess).Select(r => r.Rule.RuleName), hits.Select(h => h.Rule.Name));
        }
    }
}
