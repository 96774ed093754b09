using System.Globalization;
using System.Text;

namespace HrKit.Benchmarks.Points;

/// <summary>
/// A 50-rule policy over the same 25 event types as the plain 50-rule policy, written with the attributes of issue 14:
/// declared event attributes (<c>e.channel</c>, <c>e.trainingWeek</c>), employee attributes from the directory
/// (<c>emp.department</c>, <c>emp.tenureYears</c>), campaign windows on every rule, nested rules on half and a fixed
/// multiplier on three in five. (Per-rule budgets are not implemented yet.)
/// </summary>
public static class AttributePolicyJson
{
    public static string Create()
    {
        var sb = new StringBuilder("""{ "WorkflowName": "Attributes50", "Attributes": { "channel": "string", "trainingWeek": "bool" }, "Rules": [""" + "\n");
        for (var i = 0; i < 50; i++)
        {
            var type = $"t{i / 2:D2}";
            var points = (i % 7) + 1;
            var multiplier = (i % 5) switch { 0 => ", \"multiplier\": 2", 1 => ", \"multiplier\": 1.5", 2 => ", \"multiplier\": 3", _ => "" };
            var window = i % 2 == 0 ? "\"validFrom\": \"2025-03-01\", \"validTo\": \"2025-03-31\"" : "\"validFrom\": \"2025-01-01\"";
            var rule = (i % 4) switch
            {
                0 => $$"""
                     { "RuleName": "Attr{{i:D2}}", "Expression": "e.Type == \"{{type}}\" && e.channel == \"wecom\"",
                       "Properties": { "points": {{points}}, {{window}}{{multiplier}} } }
                     """,
                1 => $$"""
                     { "RuleName": "Attr{{i:D2}}", "Operator": "AndAlso",
                       "Rules": [ { "RuleName": "Type", "Expression": "e.Type == \"{{type}}\"" },
                                  { "RuleName": "Veteran", "Expression": "emp.department == \"R&D\" && emp.tenureYears >= 3 || e.trainingWeek" } ],
                       "Properties": { "points": {{points}}, {{window}}{{multiplier}} } }
                     """,
                2 => $$"""
                     { "RuleName": "Attr{{i:D2}}", "Expression": "e.Type == \"{{type}}\" && e.trainingWeek && e.Score >= 80",
                       "Properties": { "points": {{points}}, {{window}}{{multiplier}} } }
                     """,
                _ => $$"""
                     { "RuleName": "Attr{{i:D2}}", "Operator": "OrElse",
                       "Rules": [ { "RuleName": "Sales", "Expression": "e.Type == \"{{type}}\" && emp.department == \"Sales\"" },
                                  { "RuleName": "WeComEarly", "Expression": "e.Type == \"{{type}}\" && e.channel.StartsWith(\"we\") && e.Hour < 9" } ],
                       "Properties": { "points": {{points}}, {{window}}{{multiplier}} } }
                     """,
            };
            sb.Append(CultureInfo.InvariantCulture, $"{rule}{(i < 49 ? "," : "")}\n");
        }

        return sb.Append("] }").ToString();
    }
}
