using System.Text.Json;

namespace HrKit.Points.Policies;

// Mirrors the documented Microsoft RulesEngine workflow format so the same file opens in RulesEngine tooling;
// points data lives in each rule's Properties. Fields we do not support are read only to reject them by name.
internal sealed record WorkflowDocument
{
    public string? WorkflowName { get; init; }

    public List<RuleDocument?>? Rules { get; init; }

    public List<JsonElement>? GlobalParams { get; init; }

    public List<string>? WorkflowsToInject { get; init; }
}

internal sealed record RuleDocument
{
    public string? RuleName { get; init; }

    public string? Expression { get; init; }

    public string? RuleExpressionType { get; init; }

    public string? SuccessEvent { get; init; }

    public string? ErrorMessage { get; init; }

    public bool? Enabled { get; init; }

    public Dictionary<string, JsonElement>? Properties { get; init; }

    public List<JsonElement>? Rules { get; init; }

    public List<JsonElement>? LocalParams { get; init; }

    public JsonElement? Actions { get; init; }
}
