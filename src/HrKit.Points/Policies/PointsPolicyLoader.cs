using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using HrKit.Points.Serialization;

namespace HrKit.Points.Policies;

/// <summary>
/// Reads a RulesEngine workflow (one object, or an array holding one workflow), validates every rule and
/// compiles it. Throws <see cref="PointsPolicyException"/> listing all problems, never a half-loaded policy.
/// </summary>
public static partial class PointsPolicyLoader
{
    private const string DefaultResource = "HrKit.Points.Policies.Default.default-policy.json";

    /// <summary>The built-in policy (docs/points-policy.md explains each rule).</summary>
    public static PointsPolicy LoadDefault() => Parse(ReadDefaultJson());

    /// <summary>The built-in policy's JSON text, e.g. as a starting point for your own.</summary>
    /// <exception cref="InvalidOperationException">The embedded default policy is missing from the assembly (a broken build).</exception>
    public static string ReadDefaultJson()
    {
        using var stream = typeof(PointsPolicyLoader).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"Embedded resource '{DefaultResource}' is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Loads a policy file within <see cref="PointsPolicyLimits.Default"/>.</summary>
    /// <exception cref="PointsPolicyException">The file is not a valid policy, is too large or not UTF-8.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static PointsPolicy LoadFile(string path) => LoadFile(path, PointsPolicyLimits.Default);

    /// <summary>Loads a policy file within <paramref name="limits"/>.</summary>
    /// <exception cref="PointsPolicyException">The file is not a valid policy, is too large or not UTF-8.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or <paramref name="limits"/> are out of range.</exception>
    public static PointsPolicy LoadFile(string path, PointsPolicyLimits limits)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(limits);
        limits.EnsureValid();
        return Parse(PolicyText.ReadFile(path, limits.MaxPolicyBytes), limits);
    }

    /// <summary>Parses and compiles policy JSON within <see cref="PointsPolicyLimits.Default"/>.</summary>
    /// <exception cref="PointsPolicyException">The JSON is not a valid policy or exceeds a limit.</exception>
    public static PointsPolicy Parse(string json) => Parse(json, PointsPolicyLimits.Default);

    /// <summary>Parses and compiles policy JSON within <paramref name="limits"/>.</summary>
    /// <exception cref="PointsPolicyException">The JSON is not a valid policy or exceeds a limit; every error names the rule, field and limit.</exception>
    /// <exception cref="ArgumentException"><paramref name="limits"/> are out of range.</exception>
    public static PointsPolicy Parse(string json, PointsPolicyLimits limits)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(limits);
        limits.EnsureValid();
        PolicyText.EnsureSize(json, limits.MaxPolicyBytes);
        var workflow = Deserialize(json, limits);
        var errors = new List<PolicyError>();
        if (string.IsNullOrWhiteSpace(workflow.WorkflowName))
        {
            errors.Add(new PolicyError(null, "WorkflowName", "missing; give the policy a name, e.g. \"WorkflowName\": \"PointsPolicy\"."));
        }

        if (workflow.GlobalParams is { Count: > 0 } || workflow.WorkflowsToInject is { Count: > 0 })
        {
            errors.Add(new PolicyError(null, "GlobalParams", "GlobalParams and WorkflowsToInject are not supported; inline them into each rule."));
        }

        if (workflow.RuleExpressionType is { } type && type != "LambdaExpression")
        {
            errors.Add(new PolicyError(null, "RuleExpressionType", $"'{type}' is not supported; use \"LambdaExpression\" or leave it out."));
        }

        if (workflow.Rules is null || workflow.Rules.Count == 0)
        {
            errors.Add(new PolicyError(null, "Rules", "the policy has no rules; add at least one."));
        }
        else if (workflow.Rules.Count > limits.MaxRules)
        {
            // Nothing is compiled: the count alone decides, and compiling would take time in proportion to it.
            throw new PointsPolicyException([new PolicyError(null, "Rules",
                $"the policy has {workflow.Rules.Count:N0} rules; the limit is {limits.MaxRules:N0} (PointsPolicyLimits.MaxRules). Merge rules or raise the limit.")]);
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
            else if (name.Length > PointsBounds.MaxRuleNameLength)
            {
                errors.Add(new PolicyError($"#{index}", "RuleName", $"{name.Length:N0} characters long; the limit is {PointsBounds.MaxRuleNameLength} (PointsBounds.MaxRuleNameLength). Shorten it."));
                name = $"#{index}";
            }
            else if (!names.Add(name))
            {
                errors.Add(new PolicyError(name, "RuleName", $"duplicate name; rename rule #{index} (names are case-sensitive and must be unique)."));
            }

            var compiled = RuleCompiler.Compile(rule, name, limits, errors);
            if (compiled is not null && rule.Enabled != false)
            {
                rules.Add(compiled);
            }
        }

        return errors.Count > 0 ? throw new PointsPolicyException(errors) : new PointsPolicy(workflow.WorkflowName!, rules.ToImmutable());
    }

    private static WorkflowDocument Deserialize(string json, PointsPolicyLimits limits)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = limits.MaxJsonDepth, AllowDuplicateProperties = false });
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
        catch (JsonException ex) when (ex.Message.Contains("depth", StringComparison.OrdinalIgnoreCase))
        {
            throw new PointsPolicyException(
                $"the JSON nests deeper than {limits.MaxJsonDepth} levels (PointsPolicyLimits.MaxJsonDepth); a policy nests about 5 deep. Check for runaway brackets.", ex);
        }
        catch (JsonException ex) when (UnknownField().Match(ex.Message) is { Success: true } unknown)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}" : "";
            throw new PointsPolicyException(
                $"unknown field '{unknown.Groups[1].Value}' at {ex.Path}{where}: neither RulesEngine nor HrKit defines it. Check the spelling "
                + "(e.g. Enabled, RuleName, Expression, Properties, Operator, Rules, LocalParams); points settings go in Properties.", ex);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, position {ex.BytePositionInLine + 1}" : "";
            throw new PointsPolicyException($"not valid policy JSON{where}: {ex.Message}", ex);
        }
    }

    [GeneratedRegex("The JSON property '([^']*)' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownField();
}
