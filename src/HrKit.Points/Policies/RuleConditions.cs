using HrKit.Points.Localization;
using HrKit.Localization;
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
        void Fail(string field, LocalMessage message) => errors.Add(new PolicyError(path, field, message));
        var before = errors.Count;

        if (rule.RuleExpressionType is { } type && type != "LambdaExpression")
        {
            Fail("RuleExpressionType", PointsText.Of("Policy.ExpressionType", type));
        }

        if (rule.Actions is { ValueKind: not System.Text.Json.JsonValueKind.Null })
        {
            Fail("Actions", PointsText.Of("Policy.Actions"));
        }

        if (rule.WorkflowsToInject is { Count: > 0 })
        {
            Fail("WorkflowsToInject", PointsText.Of("Policy.WorkflowsToInject"));
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
                Fail("Operator", PointsText.Of("Policy.Operator", op));
            }

            if (!string.IsNullOrWhiteSpace(rule.Expression))
            {
                Fail("Expression", PointsText.Of("Policy.ExpressionWithOperator"));
            }

            if (rule.Rules is not { Count: > 0 })
            {
                Fail("Rules", PointsText.Of("Policy.OperatorWithoutRules", op));
            }

            var children = new List<Expression>();
            var index = 0;
            foreach (var child in rule.Rules ?? [])
            {
                index++;
                if (child is null)
                {
                    Fail($"Rules[{index}]", PointsText.Of("Policy.NullRule"));
                    continue;
                }

                if (++nestedRules > limits.MaxRules)
                {
                    Fail("Rules", PointsText.Of("Policy.TooManyNestedRules", limits.MaxRules));
                    return (null, scope);
                }

                var childPath = $"{path}/{(string.IsNullOrWhiteSpace(child.RuleName) ? $"#{index}" : child.RuleName)}";
                if (string.IsNullOrWhiteSpace(child.RuleName))
                {
                    errors.Add(new PolicyError(childPath, "RuleName", PointsText.Of("Policy.NestedRuleNameMissing")));
                }

                if (child.Properties is { Count: > 0 })
                {
                    errors.Add(new PolicyError(childPath, "Properties", PointsText.Of("Policy.NestedRuleProperties", path)));
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
            Fail("Rules", PointsText.Of("Policy.RulesWithoutOperator"));
        }
        else if (string.IsNullOrWhiteSpace(rule.Expression))
        {
            Fail("Expression", PointsText.Of("Policy.ExpressionMissing"));
        }
        else
        {
            body = ExpressionCompiler.TryParseBody(rule.Expression, typeof(bool), limits, scope, out var error);
            if (error is not null)
            {
                Fail("Expression", PointsText.Of("Policy.BadCondition", PolicyText.Quote(rule.Expression), error));
            }
        }

        return (errors.Count > before ? null : body, scope);
    }

    private static RuleScope AddLocalParams(RuleDocument rule, PointsPolicyLimits limits, RuleScope scope, Action<string, LocalMessage> fail)
    {
        var index = 0;
        foreach (var param in rule.LocalParams ?? [])
        {
            index++;
            var field = $"LocalParams[{index}]";
            if (param is null || string.IsNullOrWhiteSpace(param.Name) || string.IsNullOrWhiteSpace(param.Expression))
            {
                fail(field, PointsText.Of("Policy.LocalParamIncomplete"));
                continue;
            }

            if (!Identifier().IsMatch(param.Name))
            {
                fail(field + ".Name", PointsText.Of("Policy.LocalParamName", PolicyText.Shown(param.Name)));
                continue;
            }

            if (scope.Declares(param.Name))
            {
                fail(field + ".Name", PointsText.Of("Policy.LocalParamInScope", param.Name));
                continue;
            }

            var value = ExpressionCompiler.TryParseBody(param.Expression, null, limits, scope, out var error);
            if (error is not null)
            {
                fail(field + ".Expression", PointsText.Of("Policy.BadLocalParam", PolicyText.Quote(param.Expression), error));
                continue;
            }

            scope = scope.With(param.Name, value!);
        }

        return scope;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
