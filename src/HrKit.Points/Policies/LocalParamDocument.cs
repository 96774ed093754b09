using System.Text.Json.Serialization;

namespace HrKit.Points.Policies;

// One RulesEngine ScopedParam: a named sub-expression the rule (and its nested rules) can use by name.
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record LocalParamDocument
{
    public string? Name { get; init; }

    public string? Expression { get; init; }
}
