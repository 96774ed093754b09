using System.Text.Json;

namespace HrKit.Points.Policies;

// One rule of a RulesEngine workflow; see WorkflowDocument.
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
