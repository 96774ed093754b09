using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using HrKit.Points.Serialization;

namespace HrKit.Points.Policies;

/// <summary>
/// Reads a RulesEngine workflow (one object, or an array holding one workflow), validates every rule and
/// compiles it. Throws <see cref="PointsPolicyException"/> listing all problems, never a half-loaded policy.
/// </summary>
public static class PointsPolicyLoader
{
    private const string DefaultResource = "HrKit.Points.Policies.Default.default-policy.json";

    /// <summary>The built-in policy (docs/points-policy.md explains each rule).</summary>
    public static PointsPolicy LoadDefault() => Parse(ReadDefaultJson());

    /// <summary>The built-in policy's JSON text, e.g. as a starting point for your own.</summary>
    public static string ReadDefaultJson()
    {
        using var stream = typeof(PointsPolicyLoader).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"Embedded resource '{DefaultResource}' is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Loads a policy file.</summary>
    public static PointsPolicy LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(File.ReadAllText(path, Encoding.UTF8));
    }

    /// <summary>Parses and compiles policy JSON.</summary>
    public static PointsPolicy Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var workflow = Deserialize(json);
        var errors = new List<PolicyError>();
        if (string.IsNullOrWhiteSpace(workflow.WorkflowName))
        {
            errors.Add(new PolicyError(null, "WorkflowName", "missing; give the policy a name, e.g. \"WorkflowName\": \"PointsPolicy\"."));
        }

        if (workflow.GlobalParams is { Count: > 0 } || workflow.WorkflowsToInject is { Count: > 0 })
        {
            errors.Add(new PolicyError(null, "GlobalParams", "GlobalParams and WorkflowsToInject are not supported; inline them into each rule."));
        }

        if (workflow.Rules is null || workflow.Rules.Count == 0)
        {
            errors.Add(new PolicyError(null, "Rules", "the policy has no rules; add at least one."));
        }

        var rules = ImmutableArray.CreateBuilder<PointsRule>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var rule in workflow.Rules ?? [])
        {
            index++;
            if (rule is null)
            {
                errors.Add(new PolicyError($"#{index}", "Rules", "null is not a rule; remove it."));
                continue;
            }

            var name = rule.RuleName;
            if (string.IsNullOrWhiteSpace(name))
            {
                errors.Add(new PolicyError($"#{index}", "RuleName", "missing; every rule needs a unique name (postings record it)."));
                name = $"#{index}";
            }
            else if (!names.Add(name))
            {
                errors.Add(new PolicyError(name, "RuleName", $"duplicate name; rename rule #{index} (names are case-sensitive and must be unique)."));
            }

            var compiled = RuleCompiler.Compile(rule, name, errors);
            if (compiled is not null && rule.Enabled != false)
            {
                rules.Add(compiled);
            }
        }

        return errors.Count > 0 ? throw new PointsPolicyException(errors) : new PointsPolicy(workflow.WorkflowName!, rules.ToImmutable());
    }

    private static WorkflowDocument Deserialize(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                if (root.GetArrayLength() != 1)
                {
                    throw new PointsPolicyException($"the file holds {root.GetArrayLength()} workflows; a points policy is exactly one workflow.");
                }

                root = root[0];
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new PointsPolicyException("the policy must be a JSON object with WorkflowName and Rules.");
            }

            return root.Deserialize(PointsJsonContext.Default.WorkflowDocument)
                ?? throw new PointsPolicyException("the policy is empty.");
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, position {ex.BytePositionInLine + 1}" : "";
            throw new PointsPolicyException($"not valid policy JSON{where}: {ex.Message}", ex);
        }
    }
}
