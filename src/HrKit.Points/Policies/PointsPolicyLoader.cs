using HrKit.Json;
using HrKit.Points.Localization;
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
            errors.Add(new PolicyError(null, "WorkflowName", PointsText.Of("Policy.WorkflowNameMissing")));
        }

        if (workflow.GlobalParams is { Count: > 0 } || workflow.WorkflowsToInject is { Count: > 0 })
        {
            errors.Add(new PolicyError(null, "GlobalParams", PointsText.Of("Policy.GlobalParams")));
        }

        if (workflow.RuleExpressionType is { } type && type != "LambdaExpression")
        {
            errors.Add(new PolicyError(null, "RuleExpressionType", PointsText.Of("Policy.ExpressionType", type)));
        }

        if (workflow.Rules is null || workflow.Rules.Count == 0)
        {
            errors.Add(new PolicyError(null, "Rules", PointsText.Of("Policy.NoRules")));
        }
        else if (workflow.Rules.Count > limits.MaxRules)
        {
            // Nothing is compiled: the count alone decides, and compiling would take time in proportion to it.
            throw new PointsPolicyException([new PolicyError(null, "Rules",
                PointsText.Of("Policy.TooManyRules", workflow.Rules.Count, limits.MaxRules))]);
        }

        var attributes = EventAttributeSchema.Read(workflow.Attributes, errors);
        var scope = RuleScope.ForPolicy(attributes);
        var rules = ImmutableArray.CreateBuilder<PointsRule>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var rule in workflow.Rules ?? [])
        {
            index++;
            if (rule is null)
            {
                errors.Add(new PolicyError($"#{index}", "Rules", PointsText.Of("Policy.NullRule")));
                continue;
            }

            var name = rule.RuleName;
            if (string.IsNullOrWhiteSpace(name))
            {
                errors.Add(new PolicyError($"#{index}", "RuleName", PointsText.Of("Policy.RuleNameMissing")));
                name = $"#{index}";
            }
            else if (name.Length > PointsBounds.MaxRuleNameLength)
            {
                errors.Add(new PolicyError($"#{index}", "RuleName", PointsText.Of("Policy.RuleNameTooLong", name.Length, PointsBounds.MaxRuleNameLength)));
                name = $"#{index}";
            }
            else if (!names.Add(name))
            {
                errors.Add(new PolicyError(name, "RuleName", PointsText.Of("Policy.RuleNameDuplicate", index)));
            }

            var compiled = RuleCompiler.Compile(rule, name, limits, scope, errors);
            if (compiled is not null && rule.Enabled != false)
            {
                rules.Add(compiled);
            }
        }

        return errors.Count > 0 ? throw new PointsPolicyException(errors) : new PointsPolicy(workflow.WorkflowName!, rules.ToImmutable())
        {
            Attributes = attributes,
            ReadsEmployee = scope.Names.ReadsEmployee,
        };
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
                    throw new PointsPolicyException([new PolicyError(null, "policy", PointsText.Of("Policy.WorkflowCount", root.GetArrayLength()))]);
                }

                root = root[0];
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new PointsPolicyException([new PolicyError(null, "policy", PointsText.Of("Policy.NotAnObject"))]);
            }

            return root.Deserialize(PointsJsonContext.Default.WorkflowDocument)
                ?? throw new PointsPolicyException([new PolicyError(null, "policy", PointsText.Of("Policy.Empty"))]);
        }
        catch (JsonException ex) when (JsonMaxDepth.WasExceeded(ex))
        {
            throw new PointsPolicyException(
                PointsText.Of("Policy.JsonTooDeep", limits.MaxJsonDepth), ex);
        }
        catch (JsonException ex) when (UnknownField().Match(ex.Message) is { Success: true } unknown)
        {
            var at = ex.LineNumber is { } line
                ? PointsText.Of("Policy.UnknownJsonFieldAtLine", unknown.Groups[1].Value, ex.Path, line + 1)
                : PointsText.Of("Policy.UnknownJsonField", unknown.Groups[1].Value, ex.Path);
            throw new PointsPolicyException(at, ex);
        }
        catch (JsonException ex)
        {
            var text = ex.LineNumber is { } line
                ? PointsText.Of("Policy.NotJsonAt", line + 1, ex.BytePositionInLine + 1, ex.Message)
                : PointsText.Of("Policy.NotJson", ex.Message);
            throw new PointsPolicyException(text, ex);
        }
    }

    [GeneratedRegex("The JSON property '([^']*)' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownField();
}
