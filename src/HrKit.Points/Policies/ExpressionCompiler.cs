using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.CustomTypeProviders;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.RegularExpressions;
using HrKit.Points.Engine;

namespace HrKit.Points.Policies;

/// <summary>
/// Parses a rule expression with the same System.Linq.Dynamic.Core dialect RulesEngine uses (the event is the
/// parameter <c>e</c>), verifies the tree is side-effect free, makes its arithmetic checked, and compiles it once into
/// a delegate. The text is measured against <see cref="PointsPolicyLimits"/> first: the parser recurses per nesting
/// level and operator, and a stack overflow cannot be caught.
/// </summary>
internal static partial class ExpressionCompiler
{
    public const string ParameterName = "e";

    // No custom types: the default provider would scan every loaded assembly for [DynamicLinqType] types.
    private static readonly ParsingConfig Config = new()
    {
        CustomTypeProvider = new NoCustomTypes(),
        AllowNewToEvaluateAnyType = false,
        DisallowNewKeyword = true,
        AllowEqualsAndToStringMethodsOnObject = false,
        ResolveTypesBySimpleName = false,
        LoadAdditionalAssembliesFromCurrentDomainBaseDirectory = false,
    };

    public static Func<EventFacts, TResult>? TryCompile<TResult>(string text, PointsPolicyLimits limits, out string? error) =>
        TryParse<TResult>(text, limits, out error)?.Compile();

    /// <summary>The verified, checked expression tree, or null with <paramref name="error"/> saying why it was refused.</summary>
    public static Expression<Func<EventFacts, TResult>>? TryParse<TResult>(string text, PointsPolicyLimits limits, out string? error) =>
        TryParse<TResult>(text, limits, RuleScope.Empty, out error);

    /// <summary>
    /// As <see cref="TryParse{TResult}(string, PointsPolicyLimits, out string?)"/>, with the rule's <c>LocalParams</c>
    /// in scope: each is replaced by its own (already verified) expression, so the compiled rule is one tree.
    /// </summary>
    public static Expression<Func<EventFacts, TResult>>? TryParse<TResult>(string text, PointsPolicyLimits limits, RuleScope scope, out string? error)
    {
        var body = TryParseBody(text, typeof(TResult), limits, scope, out error);
        return body is null ? null : Expression.Lambda<Func<EventFacts, TResult>>(body, scope.Event);
    }

    /// <summary>The verified, checked body over <see cref="RuleScope.Event"/>; <paramref name="resultType"/> null = any type.</summary>
    public static Expression? TryParseBody(string text, Type? resultType, PointsPolicyLimits limits, RuleScope scope, out string? error)
    {
        error = ExpressionSizeCheck.Check(text, limits);
        if (error is not null)
        {
            return null;
        }

        Expression body;
        try
        {
            // The generic overload builds a parameterless Func<TResult>; the event must be the named parameter "e".
#pragma warning disable CA2263
            var parsed = DynamicExpressionParser.ParseLambda(Config, false, [scope.Event, .. scope.Parameters, .. scope.Names.Parameters], resultType, scope.Names.Substitute(text));
#pragma warning restore CA2263
            // Bounded like the text: the inlined tree may hold at most the operators one expression may have, several times over.
            var maxNodes = 8 * limits.MaxExpressionOperators;
            if (scope.Inline(parsed.Body, maxNodes) is not { } inlined)
            {
                error = $"with its LocalParams written out, the expression has more than {maxNodes:N0} parts (8 × PointsPolicyLimits.MaxExpressionOperators); use each local param fewer times.";
                return null;
            }

            body = inlined;
        }
        catch (ParseException ex)
        {
            error = Explain(ex.Message, scope) + $" (at position {ex.Position})";
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The parser is a dependency: whatever it throws on a piece of text is a finding about that text.
            error = Explain(ex.Message, scope);
            return null;
        }

        try
        {
            var problems = SafeExpressionVerifier.Check(Expression.Lambda(body, scope.Event));
            if (problems.Count > 0)
            {
                error = string.Join(" ", problems);
                return null;
            }

            error = null;
            return CheckedArithmetic.Rewrite(body);
        }
        catch (InsufficientExecutionStackException)
        {
            error = "the expression is nested too deeply to check; simplify it or split it into several rules.";
            return null;
        }
    }

    private static string Explain(string message, RuleScope scope)
    {
        if (message.Contains("No property or field", StringComparison.Ordinal))
        {
            return $"{message}. Known fields: {string.Join(", ", EventFacts.FieldNames.Select(f => "e." + f).Concat(scope.Names.Parameters.Select(p => p.Name!).Where(n => n.StartsWith("_e_", StringComparison.Ordinal)).Select(n => "e." + n[3..])))}"
                + " (custom attributes are declared in the policy's \"Attributes\", names case-sensitive).";
        }

        // "emp" is not a parameter: only its bound fields are, so any other use of it is an unknown employee field.
        if (message.Contains("'emp'", StringComparison.Ordinal))
        {
            return $"{message}. The employee's fields are {string.Join(", ", EventFacts.EmployeeFieldNames.Select(f => "emp." + f))} (case-sensitive).";
        }

        // RulesEngine's samples name their inputs input1, input2…; here the event is the one input, called e.
        if (InputName().IsMatch(message))
        {
            return $"{message}. The event is called e in HrKit policies (RulesEngine samples call their input input1): write e.Score, not input1.Score.";
        }

        return (message.Contains("Unknown identifier", StringComparison.Ordinal) || message.StartsWith("Type '", StringComparison.Ordinal)) && scope.Parameters.Length > 0
            ? $"{message}. In scope: e and the LocalParams {string.Join(", ", scope.Parameters.Select(p => p.Name))}."
            : message;
    }

    // The parser reports an unknown leading name as "Unknown identifier 'x'" or, before a dot, "Type 'x' not found".
    [GeneratedRegex("(Unknown identifier|Type) 'input[0-9]*'", RegexOptions.CultureInvariant)]
    private static partial Regex InputName();

    private sealed class NoCustomTypes : IDynamicLinqCustomTypeProvider
    {
        public HashSet<Type> GetCustomTypes() => [];

        public Dictionary<Type, List<MethodInfo>> GetExtensionMethods() => [];

        public Type? ResolveType(string typeName) => null;

        public Type? ResolveTypeBySimpleName(string simpleTypeName) => null;
    }
}
