using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Text;
using HrKit.Points.Engine;

namespace HrKit.Points.Policies;

/// <summary>
/// The dotted names a policy adds to the expression language: its custom attributes (<c>e.channel</c>) and the
/// employee's profile (<c>emp.department</c>…). The parser only binds public members of <see cref="EventFacts"/>, so
/// each dotted name is written as a parameter (<c>_e_channel</c>) before parsing and that parameter is then replaced
/// by its typed read — an array slot or a property of the facts — like a local param.
/// </summary>
internal sealed class NameBindings
{
    private readonly FrozenDictionary<string, ParameterExpression> _byDotted;

    private NameBindings(IEnumerable<(string Dotted, Expression Value)> bindings)
    {
        var list = bindings.Select(b => (b.Dotted, Parameter: Expression.Parameter(b.Value.Type, "_" + b.Dotted.Replace('.', '_')), b.Value)).ToList();
        _byDotted = list.ToFrozenDictionary(b => b.Dotted, b => b.Parameter, StringComparer.Ordinal);
        Parameters = [.. list.Select(b => b.Parameter)];
        Values = list.ToImmutableDictionary(b => b.Parameter, b => b.Value);
    }

    public static NameBindings None { get; } = new([]);

    public ImmutableArray<ParameterExpression> Parameters { get; }

    public ImmutableDictionary<ParameterExpression, Expression> Values { get; }

    /// <summary>Set once an expression of the policy reads <c>emp.*</c>: the service must then look employees up.</summary>
    public bool ReadsEmployee { get; private set; }

    public static NameBindings For(ParameterExpression facts, EventAttributeSchema attributes) => new(
        attributes.Bindings(facts).Concat(
        [
            ("emp.department", Expression.Property(facts, nameof(EventFacts.EmployeeDepartment))),
            ("emp.grade", Expression.Property(facts, nameof(EventFacts.EmployeeGrade))),
            ("emp.hireDate", Expression.Property(facts, nameof(EventFacts.EmployeeHireDate))),
            ("emp.tenureYears", Expression.Property(facts, nameof(EventFacts.EmployeeTenureYears))),
        ]));

    /// <summary>
    /// <paramref name="text"/> with every bound dotted name outside string and character literals replaced by its
    /// parameter name. A name is matched whole and case-sensitively, and only where it does not continue a member chain.
    /// </summary>
    public string Substitute(string text)
    {
        if (_byDotted.Count == 0)
        {
            return text;
        }

        StringBuilder? result = null;
        var copied = 0;
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                i = SkipLiteral(text, i);
                continue;
            }

            if (!IsStart(c) || (i > 0 && (IsPart(text[i - 1]) || text[i - 1] == '.')))
            {
                i++;
                continue;
            }

            var end = IdentifierEnd(text, i);
            if (end < text.Length - 1 && text[end] == '.' && IsStart(text[end + 1]))
            {
                var memberEnd = IdentifierEnd(text, end + 1);
                if (_byDotted.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(i, memberEnd - i), out var parameter))
                {
                    result ??= new StringBuilder(text.Length + 16);
                    result.Append(text, copied, i - copied).Append(parameter.Name);
                    copied = memberEnd;
                    ReadsEmployee |= text.AsSpan(i).StartsWith("emp.", StringComparison.Ordinal);
                }

                i = memberEnd;
                continue;
            }

            i = end;
        }

        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    private static int SkipLiteral(string text, int start)
    {
        var quote = text[start];
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    private static int IdentifierEnd(string text, int start)
    {
        var i = start + 1;
        while (i < text.Length && IsPart(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
