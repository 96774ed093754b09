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

    [Fact]
    public async Task CompiledPlan_SamplePolicy_AtLeastFiftyTimesRulesEngineThroughput()
    {
        var engine = CreateRulesEngine();
        var policy = PointsPolicyLoader.LoadDefault();
        var facts = SampleFacts();
        var hits = new List<RuleHit>();
        foreach (var f in facts)
        {
            await engine.ExecuteAllRulesAsync("HrKitDefaultPoints", new RuleParameter("e", f)); // warm up both
            policy.Evaluate(f, hits);
        }

        // Best of three for each side, so a burst of load from parallel tests does not decide the ratio.
        var rulesEnginePerEvent = double.MaxValue;
        var planPerEvent = double.MaxValue;
        for (var trial = 0; trial < 3; trial++)
        {
            var sw = Stopwatch.StartNew();
            for (var i = 0; i < 10; i++)
            {
                foreach (var f in facts)
                {
                    await engine.ExecuteAllRulesAsync("HrKitDefaultPoints", new RuleParameter("e", f));
                }
            }

            rulesEnginePerEvent = Math.Min(rulesEnginePerEvent, sw.Elapsed.TotalNanoseconds / (10 * facts.Count));
            sw.Restart();
            for (var i = 0; i < 2_000; i++)
            {
                foreach (var f in facts)
                {
                    hits.Clear();
                    policy.Evaluate(f, hits);
                }
            }

            planPerEvent = Math.Min(planPerEvent, sw.Elapsed.TotalNanoseconds / (2_000 * facts.Count));
        }

        // BenchmarkDotNet measures this properly; this guards the order of magnitude on any machine.
        Assert.True(rulesEnginePerEvent / planPerEvent >= 50, $"RulesEngine {rulesEnginePerEvent:F0} ns/event, plan {planPerEvent:F0} ns/event");
    }
}
