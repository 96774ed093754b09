using HrKit.Points.Localization;
using HrKit.Localization;
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

    public static Func<EventFacts, TResult>? TryCompile<TResult>(string text, PointsPolicyLimits limits, out LocalMessage? error) =>
        TryParse<TResult>(text, limits, out error)?.Compile();

    /// <summary>The verified, checked expression tree, or null with <paramref name="error"/> saying why it was refused.</summary>
    public static Expression<Func<EventFacts, TResult>>? TryParse<TResult>(string text, PointsPolicyLimits limits, out LocalMessage? error) =>
        TryParse<TResult>(text, limits, RuleScope.Empty, out error);

    /// <summary>
    /// As <see cref="TryParse{TResult}(string, PointsPolicyLimits, out LocalMessage?)"/>, with the rule's <c>LocalParams</c>
    /// in scope: each is replaced by its own (already verified) expression, so the compiled rule is one tree.
    /// </summary>
    public static Expression<Func<EventFacts, TResult>>? TryParse<TResult>(string text, PointsPolicyLimits limits, RuleScope scope, out LocalMessage? error)
    {
        var body = TryParseBody(text, typeof(TResult), limits, scope, out error);
        return body is null ? null : Expression.Lambda<Func<EventFacts, TResult>>(body, scope.Event);
    }

    /// <summary>The verified, checked body over <see cref="RuleScope.Event"/>; <paramref name="resultType"/> null = any type.</summary>
    public static Expression? TryParseBody(string text, Type? resultType, PointsPolicyLimits limits, RuleScope scope, out LocalMessage? error)
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
                // Without local params nothing was inlined: the expression as written is past the bound.
                error = PointsText.Of(scope.Parameters.IsEmpty ? "Expr.TooManyParts" : "Expr.InlinedTooLarge", maxNodes);
                return null;
            }

            body = inlined;
        }
        catch (ParseException ex)
        {
            error = PointsText.Of("Expr.AtPosition", Explain(ex.Message, scope), ex.Position);
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
                error = PointsText.Of("Expr.Problems", problems);
                return null;
            }

            error = null;
            return CheckedArithmetic.Rewrite(body);
        }
        catch (InsufficientExecutionStackException)
        {
            error = PointsText.Of("Expr.TooDeepToCheck");
            return null;
        }
    }

    private static LocalMessage Explain(string message, RuleScope scope)
    {
        var parser = ParserMessage(message);
        if (message.Contains("No property or field", StringComparison.Ordinal))
        {
            return PointsText.Of("Expr.UnknownField", parser, string.Join(", ", EventFacts.FieldNames.Select(f => "e." + f).Concat(scope.Names.Parameters.Select(p => p.Name!).Where(n => n.StartsWith("_e_", StringComparison.Ordinal)).Select(n => "e." + n[3..]))));
        }

        // "emp" is not a parameter: only its bound fields are, so any other use of it is an unknown employee field.
        if (message.Contains("'emp'", StringComparison.Ordinal))
        {
            return PointsText.Of("Expr.UnknownEmployeeField", parser, string.Join(", ", EventFacts.EmployeeFieldNames.Select(f => "emp." + f)));
        }

        // RulesEngine's samples name their inputs input1, input2…; here the event is the one input, called e.
        if (InputName().IsMatch(message))
        {
            return PointsText.Of("Expr.InputName", parser);
        }

        return (message.Contains("Unknown identifier", StringComparison.Ordinal) || message.StartsWith("Type '", StringComparison.Ordinal)) && scope.Parameters.Length > 0
            ? PointsText.Of("Expr.InScope", parser, string.Join(", ", scope.Parameters.Select(p => p.Name)))
            : parser;
    }

    // The parser's own English message, as a resource text when it is one of the few that name what the author wrote
    // (so a Chinese reader sees 事件没有字段“Scor”), as it is otherwise. The English rendering is the parser's message.
    private static LocalMessage ParserMessage(string message) =>
        NoField().Match(message) is { Success: true } noField ? PointsText.Of("Parser.NoField", noField.Groups[1].Value, noField.Groups[2].Value)
        : UnknownIdentifier().Match(message) is { Success: true } unknown ? PointsText.Of("Parser.UnknownIdentifier", unknown.Groups[1].Value)
        : TypeNotFound().Match(message) is { Success: true } type ? PointsText.Of("Parser.TypeNotFound", type.Groups[1].Value)
        : PointsText.Of("Parser.Other", message);

    [GeneratedRegex("^No property or field '([^']*)' exists in type '([^']*)'$", RegexOptions.CultureInvariant)]
    private static partial Regex NoField();

    [GeneratedRegex("^Unknown identifier '([^']*)'$", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownIdentifier();

    [GeneratedRegex("^Type '([^']*)' not found$", RegexOptions.CultureInvariant)]
    private static partial Regex TypeNotFound();

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
