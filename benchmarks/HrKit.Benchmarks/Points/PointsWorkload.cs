using System.Globalization;
using System.Text;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using NodaTime;

namespace HrKit.Benchmarks.Points;

/// <summary>Deterministic events and policies for the points benchmarks.</summary>
public static class PointsWorkload
{
    public const int Seed = 4_242;

    private static readonly Instant Start = Instant.FromUtc(2025, 3, 3, 0, 0);

    /// <summary>The built-in policy (7 rules).</summary>
    public const string DefaultPolicy = "default";

    /// <summary>A generated 50-rule policy over 25 event types.</summary>
    public const string FiftyRulePolicy = "50-rule";

    /// <summary>50 rules using nested rules, LocalParams, campaign windows and multipliers (<see cref="CampaignPolicyJson"/>).</summary>
    public const string CampaignPolicy = "50-rule-campaign";

    /// <summary>50 rules using declared event attributes, the employee directory, windows, nested rules and multipliers (<see cref="AttributePolicyJson"/>).</summary>
    public const string AttributePolicy = "50-rule-attributes";

    /// <summary>The workflow JSON of a generated policy (RulesEngine reads the same text).</summary>
    public static string Json(string name) => name switch
    {
        DefaultPolicy => PointsPolicyLoader.ReadDefaultJson(),
        FiftyRulePolicy => FiftyRuleJson(),
        CampaignPolicy => CampaignPolicyJson.Create(),
        AttributePolicy => AttributePolicyJson.Create(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown policy"),
    };

    public static PointsPolicy LoadPolicy(string name) => name switch
    {
        DefaultPolicy => PointsPolicyLoader.LoadDefault(),
        FiftyRulePolicy => PointsPolicyLoader.Parse(FiftyRuleJson()),
        CampaignPolicy => PointsPolicyLoader.Parse(CampaignPolicyJson.Create()),
        AttributePolicy => PointsPolicyLoader.Parse(AttributePolicyJson.Create()),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown policy"),
    };

    /// <summary>
    /// 50 rules in the RulesEngine workflow format HrKit.Points reads: two rules per event type t00..t24, one on the
    /// type alone and one combining the type with hour, weekday, score or minutes; a fifth of them compute their points
    /// with an expression, some carry daily or monthly caps.
    /// </summary>
    public static string FiftyRuleJson()
    {
        var sb = new StringBuilder("{ \"WorkflowName\": \"Benchmark50\", \"Rules\": [\n");
        for (var i = 0; i < 50; i++)
        {
            var type = $"t{i / 2:D2}";
            var condition = (i % 2, i % 5) switch
            {
                (0, _) => $"e.Type == \\\"{type}\\\"",
                (_, 1) => $"e.Type == \\\"{type}\\\" && e.Hour < 9",
                (_, 3) => $"e.Type == \\\"{type}\\\" && e.DayOfWeek >= 6",
                (_, 0) => $"e.Type == \\\"{type}\\\" && e.Score >= 80",
                _ => $"e.Type == \\\"{type}\\\" && e.Minutes > 30 && e.Subject != \\\"\\\"",
            };
            var points = i % 5 == 4 ? "\"e.Minutes >= 60 ? 5 : 2\"" : ((i % 7) - 1).ToString(CultureInfo.InvariantCulture);
            var cap = (i % 6) switch { 2 => ", \"dailyCap\": 10", 4 => ", \"monthlyCap\": 100", _ => "" };
            if (points.StartsWith('-') || points == "0")
            {
                cap = "";
                points = points == "0" ? "3" : points;
            }

            sb.Append(CultureInfo.InvariantCulture,
                $"  {{ \"RuleName\": \"Rule{i:D2}\", \"RuleExpressionType\": \"LambdaExpression\", \"Expression\": \"{condition}\", \"Properties\": {{ \"points\": {points}, \"category\": \"{(i % 3 == 0 ? "learning" : "general")}\"{cap} }} }}");
            sb.Append(i < 49 ? ",\n" : "\n");
        }

        return sb.Append("] }").ToString();
    }

    /// <summary>Events whose types the policy knows (plus a tenth of unknown types that match nothing).</summary>
    public static PointsEvent[] Events(string policy, int count)
    {
        string[] types = policy == DefaultPolicy
            ? ["checkIn", "checkIn", "checkIn", "late", "shareArticle", "comment", "comment", "trainingCompleted", "performanceReview", "attendanceMonth", "unknown"]
            : [.. Enumerable.Range(0, 25).Select(i => $"t{i:D2}"), "unknown", "other"];
        var random = new Random(Seed);
        var events = new PointsEvent[count];
        for (var i = 0; i < count; i++)
        {
            var at = Start + Duration.FromMinutes(random.Next(0, 60 * 24 * 28));
            events[i] = new PointsEvent($"ev-{i:D8}", $"E{random.Next(1, 5_001):D7}", types[random.Next(types.Length)], at)
            {
                Score = random.Next(50, 101),
                Count = random.Next(0, 3),
                Minutes = random.Next(0, 180),
                Subject = random.Next(4) == 0 ? null : $"article-{random.Next(1_000)}",
                Attributes = policy == AttributePolicy ? AttributeInputs.For(random) : null,
            };
        }

        return events;
    }
}
