using System.Text.Json;

namespace HrKit.Points.Tests.Support;

/// <summary>Builds policy JSON for tests; expressions are JSON-escaped so any text can be tried.</summary>
internal static class PolicyJson
{
    public static string OneRule(string expression, string points = "1", string name = "R") =>
        $$"""{ "WorkflowName": "T", "Rules": [ { "RuleName": {{JsonSerializer.Serialize(name)}}, "Expression": {{JsonSerializer.Serialize(expression)}}, "Properties": { "points": {{points}} } } ] }""";

    public static string PointsExpression(string pointsExpression, string expression = "true", string name = "R") =>
        OneRule(expression, JsonSerializer.Serialize(pointsExpression), name);
}
