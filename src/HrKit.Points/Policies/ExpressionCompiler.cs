using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.CustomTypeProviders;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using System.Reflection;
using HrKit.Points.Engine;

namespace HrKit.Points.Policies;

/// <summary>
/// Parses a rule expression with the same System.Linq.Dynamic.Core dialect RulesEngine uses (the event is the
/// parameter <c>e</c>), verifies the tree is side-effect free, makes its arithmetic checked, and compiles it once into
/// a delegate. The text is measured against <see cref="PointsPolicyLimits"/> first: the parser recurses per nesting
/// level and operator, and a stack overflow cannot be caught.
/// </summary>
internal static class ExpressionCompiler
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
    public static Expression<Func<EventFacts, TResult>>? TryParse<TResult>(string text, PointsPolicyLimits limits, out string? error)
    {
        error = ExpressionSizeCheck.Check(text, limits);
        if (error is not null)
        {
            return null;
        }

        Expression<Func<EventFacts, TResult>> lambda;
        try
        {
            var parameter = Expression.Parameter(typeof(EventFacts), ParameterName);
            // The generic overload builds a parameterless Func<TResult>; the event must be the named parameter "e".
#pragma warning disable CA2263
            var parsed = DynamicExpressionParser.ParseLambda(Config, false, [parameter], typeof(TResult), text);
#pragma warning restore CA2263
            lambda = Expression.Lambda<Func<EventFacts, TResult>>(parsed.Body, parameter);
        }
        catch (ParseException ex)
        {
            error = Explain(ex.Message) + $" (at position {ex.Position})";
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The parser is a dependency: whatever it throws on a piece of text is a finding about that text.
            error = Explain(ex.Message);
            return null;
        }

        try
        {
            var problems = SafeExpressionVerifier.Check(lambda);
            if (problems.Count > 0)
            {
                error = string.Join(" ", problems);
                return null;
            }

            error = null;
            return CheckedArithmetic.Rewrite(lambda);
        }
        catch (InsufficientExecutionStackException)
        {
            error = "the expression is nested too deeply to check; simplify it or split it into several rules.";
            return null;
        }
    }

    private static string Explain(string message) =>
        message.Contains("No property or field", StringComparison.Ordinal)
            ? $"{message}. Known fields: {string.Join(", ", EventFacts.FieldNames.Select(f => "e." + f))}."
            : message;

    private sealed class NoCustomTypes : IDynamicLinqCustomTypeProvider
    {
        public HashSet<Type> GetCustomTypes() => [];

        public Dictionary<Type, List<MethodInfo>> GetExtensionMethods() => [];

        public Type? ResolveType(string typeName) => null;

        public Type? ResolveTypeBySimpleName(string simpleTypeName) => null;
    }
}
