using System.Linq.Expressions;
using System.Text.RegularExpressions;

namespace HrKit.Points.Policies;

/// <summary>
/// Builds a rule's condition as RulesEngine evaluates it: its <c>Expression</c>, or, with an <c>Operator</c>, its
/// enabled nested <c>Rules</c> joined by AndAlso/OrElse (no enabled child = false), with each rule's
/// <c>LocalParams</c> in scope for its expression and for every rule nested in it. The result is one expression tree,
/// so a nested rule runs as fast as a flat one. Every field RulesEngine defines but HrKit cannot honour is an error
/// naming the field.
/// </summary>
internal static partial class RuleConditions
{
    /// <summary>The condition of <paramref name="rule"/> and the scope its points expressions see, or a null body after an error.</summary>
    public static (Expression? Body, RuleScope Scope) Build(RuleDocument rule, string path, PointsPolicyLimits limits, RuleScope parent, List<PolicyError> errors, ref int nestedRules)
    {
        void Fail(string field, string message) => errors.Add(new PolicyError(path, field, message));
        var before = errors.Count;

        if (rule.RuleExpressionType is { } type && type != "LambdaExpression")
        {
            Fail("RuleExpressionType", $"'{type}' is not supported; use \"LambdaExpression\" or leave it out.");
        }

        if (rule.Actions is { ValueKind: not System.Text.Json.JsonValueKind.Null })
        {
            Fail("Actions", "RulesEngine actions (OnSuccess/OnFailure) are not supported; a matching rule awards its Properties.points. Remove Actions.");
        }

        if (rule.WorkflowsToInject is { Count: > 0 })
        {
            Fail("WorkflowsToInject", "injected workflows are not supported; copy their rules into this one as nested Rules.");
        }

        var scope = AddLocalParams(rule, limits, parent, Fail);
        Expression? body = null;
        if (rule.Operator is { } op)
        {
            var join = op switch
            {
                "And" or "AndAlso" => ExpressionType.AndAlso,
                "Or" or "OrElse" => ExpressionType.OrElse,
                _ => (ExpressionType?)null,
            };
            if (join is null)
            {
                Fail("Operator", $"'{op}' is not a RulesEngine operator; use \"AndAlso\" or \"OrElse\" (\"And\" and \"Or\" mean the same; case-sensitive).");
            }

            if (!string.IsNullOrWhiteSpace(rule.Expression))
            {
                Fail("Expression", "RulesEngine ignores Expression on a rule with an Operator; move the condition into one of its nested Rules.");
            }

            if (rule.Rules is not { Count: > 0 })
            {
                Fail("Rules", $"Operator '{op}' joins nested rules, and this rule has none; add Rules or remove Operator.");
            }

            var children = new List<Expression>();
            var index = 0;
            foreach (var child in rule.Rules ?? [])
            {
                index++;
                if (child is null)
                {
                    Fail($"Rules[{index}]", "null is not a rule; remove it.");
                    continue;
                }

                if (++nestedRules > limits.MaxRules)
                {
                    Fail("Rules", $"the policy has more than {limits.MaxRules:N0} rules, nested ones included (PointsPolicyLimits.MaxRules).");
                    return (null, scope);
                }

                var childPath = $"{path}/{(string.IsNullOrWhiteSpace(child.RuleName) ? $"#{index}" : child.RuleName)}";
                if (string.IsNullOrWhiteSpace(child.RuleName))
                {
                    errors.Add(new PolicyError(childPath, "RuleName", "missing; RulesEngine requires a name on every nested rule too."));
                }

                if (child.Properties is { Count: > 0 })
                {
                    errors.Add(new PolicyError(childPath, "Properties", $"a nested rule only decides whether '{path}' matches; points and caps belong in the top-level rule's Properties."));
                }

                var (childBody, _) = Build(child, childPath, limits, scope, errors, ref nestedRules);
                if (childBody is not null && child.Enabled != false)
                {
                    children.Add(childBody);
                }
            }

            if (join is { } j)
            {
                body = children.Count == 0
                    ? Expression.Constant(false)
                    : children.Aggregate((left, right) => j == ExpressionType.AndAlso ? Expression.AndAlso(left, right) : Expression.OrElse(left, right));
            }
        }
        else if (rule.Rules is { Count: > 0 })
        {
            Fail("Rules", "nested rules need an Operator: \"AndAlso\" (all must match) or \"OrElse\" (any may match).");
        }
        else if (string.IsNullOrWhiteSpace(rule.Expression))
        {
            Fail("Expression", "missing; write a condition such as e.Type == \"checkIn\".");
        }
        else
        {
            body = ExpressionCompiler.TryParseBody(rule.Expression, typeof(bool), limits, scope, out var error);
            if (error is not null)
            {
                Fail("Expression", $"{PolicyText.Quote(rule.Expression)} is not a valid condition: {error}");
            }
        }

        return (errors.Count > before ? null : body, scope);
    }

    private static RuleScope AddLocalParams(RuleDocument rule, PointsPolicyLimits limits, RuleScope scope, Action<string, string> fail)
    {
        var index = 0;
        foreach (var param in rule.LocalParams ?? [])
        {
            index++;
            var field = $"LocalParams[{index}]";
            if (param is null || string.IsNullOrWhiteSpace(param.Name) || string.IsNullOrWhiteSpace(param.Expression))
            {
                fail(field, "a local param needs a Name and an Expression, e.g. { \"Name\": \"longCourse\", \"Expression\": \"e.Minutes >= 120\" }.");
                continue;
            }

            if (!Identifier().IsMatch(param.Name))
            {
                fail(field + ".Name", $"'{PolicyText.Shown(param.Name)}' is not a name; use letters, digits and '_', starting with a letter.");
                continue;
            }

            if (scope.Declares(param.Name))
            {
                fail(field + ".Name", $"'{param.Name}' is already in scope (the event e, or a local param of this rule or an enclosing one); rename it.");
                continue;
            }

            var value = ExpressionCompiler.TryParseBody(param.Expression, null, limits, scope, out var error);
            if (error is not null)
            {
                fail(field + ".Expression", $"{PolicyText.Quote(param.Expression)} is not a valid expression: {error}");
                continue;
            }

            scope = scope.With(param.Name, value!);
        }

        return scope;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
