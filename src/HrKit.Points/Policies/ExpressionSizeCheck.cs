using HrKit.Points.Localization;
using HrKit.Localization;
namespace HrKit.Points.Policies;

/// <summary>
/// Enforces <see cref="PointsPolicyLimits"/> on an expression's text in one linear pass, before the parser sees it:
/// the parser and the tree visitors recurse once per nesting level and per operator, so an expression that is too
/// deep must be refused before it reaches them. String and character literals are skipped, so brackets and operators
/// inside quotes do not count.
/// </summary>
internal static class ExpressionSizeCheck
{
    // Word operators of the System.Linq.Dynamic.Core dialect; the parser matches them case-insensitively.
    private static readonly string[] WordOperators = ["and", "or", "not", "mod"];

    /// <summary>Null when the expression is within the limits, otherwise what is wrong and how to fix it.</summary>
    public static LocalMessage? Check(string text, PointsPolicyLimits limits)
    {
        if (text.Length > limits.MaxExpressionLength)
        {
            return PointsText.Of("Expr.TooLong", text.Length, limits.MaxExpressionLength);
        }

        var depth = 0;
        var operators = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"' or '\'':
                    i = EndOfLiteral(text, i);
                    break;
                case '(' or '[' or '{':
                    if (++depth > limits.MaxExpressionNesting)
                    {
                        return PointsText.Of("Expr.TooDeep", limits.MaxExpressionNesting, i);
                    }

                    break;
                case ')' or ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '+' or '-' or '*' or '/' or '%' or '<' or '>' or '=' or '!' or '&' or '|' or '?' or ':' or '.' or '^' or '~':
                    operators++;
                    // A two-character operator (==, !=, <=, >=, &&, ||, <>, ??, <<, >>) is one operator.
                    if (i + 1 < text.Length && IsSecondHalf(c, text[i + 1]))
                    {
                        i++;
                    }

                    break;
                default:
                    if (char.IsLetter(c) || c == '_')
                    {
                        var start = i;
                        while (i + 1 < text.Length && (char.IsLetterOrDigit(text[i + 1]) || text[i + 1] == '_'))
                        {
                            i++;
                        }

                        var word = text.AsSpan(start, i - start + 1);
                        foreach (var op in WordOperators)
                        {
                            if (word.Equals(op, StringComparison.OrdinalIgnoreCase))
                            {
                                operators++;
                            }
                        }
                    }

                    break;
            }

            if (operators > limits.MaxExpressionOperators)
            {
                return PointsText.Of("Expr.TooManyOperators", limits.MaxExpressionOperators, i);
            }
        }

        return null;
    }

    private static bool IsSecondHalf(char first, char second) => (first, second) switch
    {
        ('=' or '!' or '<' or '>', '=') => true,
        ('&', '&') or ('|', '|') or ('<', '>') or ('?', '?') or ('<', '<') or ('>', '>') => true,
        _ => false,
    };

    // The index of the closing quote (a backslash escapes the next character), or the last index when it is unclosed.
    private static int EndOfLiteral(string text, int open)
    {
        var quote = text[open];
        for (var i = open + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                return i;
            }
        }

        return text.Length - 1;
    }
}
