using System.Text.Json;
using System.Text.Json.Serialization;

namespace HrKit.Points.Policies;

// One rule of a RulesEngine workflow; see WorkflowDocument. A field RulesEngine does not define (a misspelt
// "Enabeld") fails the load by name instead of being ignored.
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record RuleDocument
{
    public string? RuleName { get; init; }

    public string? Expression { get; init; }

    public string? RuleExpressionType { get; init; }

    public string? SuccessEvent { get; init; }

    public string? ErrorMessage { get; init; }

    public bool? Enabled { get; init; }

    public Dictionary<string, JsonElement>? Properties { get; init; }

    /// <summary>RulesEngine's nested-rule operator: And, AndAlso, Or or OrElse, with child <see cref="Rules"/>.</summary>
    public string? Operator { get; init; }

    public List<RuleDocument?>? Rules { get; init; }

    public List<LocalParamDocument?>? LocalParams { get; init; }

    public JsonElement? Actions { get; init; }

    public List<string>? WorkflowsToInject { get; init; }
}
