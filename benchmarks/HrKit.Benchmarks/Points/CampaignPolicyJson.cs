using System.Globalization;
using System.Text;

namespace HrKit.Benchmarks.Points;

/// <summary>
/// A 50-rule policy written with the rule language of issue 14, over the same 25 event types as the plain 50-rule
/// policy: every rule is a RulesEngine nested rule (OrElse or AndAlso), half of them with a LocalParam, all with a
/// campaign window (one closed, covering the benchmark month, one open-ended), a multiplier on three in five and a
/// daily or monthly budget on one in two.
/// </summary>
public static class CampaignPolicyJson
{
    public static string Create()
    {
        var sb = new StringBuilder("{ \"WorkflowName\": \"Campaign50\", \"Rules\": [\n");
        for (var i = 0; i < 50; i++)
        {
            var type = $"t{i / 2:D2}";
            var points = (i % 7) + 1;
            var multiplier = (i % 5) switch { 0 => ", \"multiplier\": 2", 1 => ", \"multiplier\": 1.5", 2 => ", \"multiplier\": 3", _ => "" };
            var budget = (i % 4) switch { 0 => ", \"dailyBudget\": 5000", 2 => ", \"monthlyBudget\": 200000", _ => "" };
            var window = i % 2 == 0 ? "\"validFrom\": \"2025-03-01\", \"validTo\": \"2025-03-31\"" : "\"validFrom\": \"2025-01-01\"";
            var rule = i % 2 == 0
                ? $$"""
                  { "RuleName": "Campaign{{i:D2}}", "Operator": "OrElse",
                    "LocalParams": [ { "Name": "isType", "Expression": "e.Type == \"{{type}}\"" } ],
                    "Rules": [ { "RuleName": "Early", "Expression": "isType && e.Hour < 9" }, { "RuleName": "HighScore", "Expression": "isType && e.Score >= 80" } ],
                    "Properties": { "points": {{points}}, {{window}}{{multiplier}}{{budget}} } }
                  """
                : $$"""
                  { "RuleName": "Campaign{{i:D2}}", "Operator": "AndAlso",
                    "Rules": [ { "RuleName": "Type", "Expression": "e.Type == \"{{type}}\"" }, { "RuleName": "LongOrWeekend", "Expression": "e.Minutes > 30 || e.DayOfWeek >= 6" } ],
                    "Properties": { "points": {{points}}, {{window}}{{multiplier}}{{budget}} } }
                  """;
            sb.Append(CultureInfo.InvariantCulture, $"{rule}{(i < 49 ? "," : "")}\n");
        }

        return sb.Append("] }").ToString();
    }
}
