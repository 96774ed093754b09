using System.Text.Json;
using System.Text.Json.Serialization;

namespace HrKit.Points.Policies;

// Mirrors the documented Microsoft RulesEngine workflow format so the same file opens in RulesEngine tooling;
// points data lives in each rule's Properties. Fields we do not support are read only to reject them by name, and a
// field RulesEngine does not define either fails the load by name.
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record WorkflowDocument
{
    public string? WorkflowName { get; init; }

    public List<RuleDocument?>? Rules { get; init; }

    public List<JsonElement>? GlobalParams { get; init; }

    public List<string>? WorkflowsToInject { get; init; }

    public string? RuleExpressionType { get; init; }

    /// <summary>HrKit's custom event attributes: name → "string", "number", "bool" or "date" (RulesEngine ignores it).</summary>
    public Dictionary<string, JsonElement>? Attributes { get; init; }
}
