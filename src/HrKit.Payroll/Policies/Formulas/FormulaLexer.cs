using HrKit.Payroll.Localization;
using System.Globalization;

namespace HrKit.Payroll.Policies.Formulas;

/// <summary>Splits a formula into tokens. Numbers are parsed as decimals with the invariant culture.</summary>
internal static class FormulaLexer
{
    private static readonly string[] TwoCharOperators = ["==", "!=", "<=", ">=", "&&", "||"];

    public static List<FormulaToken> Tokenize(string text)
    {
        var tokens = new List<FormulaToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                var literal = text[start..i];
                if (!decimal.TryParse(literal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                {
                    throw new FormulaSyntaxException(new LocalText("Error.Formula.NotANumber", literal, start + 1));
                }

                if (number > PayrollLimits.MaxFormulaValue)
                {
                    throw new FormulaSyntaxException(new LocalText("Error.Formula.NumberTooLarge", literal, start + 1, PayrollLimits.MaxFormulaValue.ToString(CultureInfo.InvariantCulture)));
                }

                tokens.Add(new FormulaToken(FormulaTokenKind.Number, literal, start, number));
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new FormulaToken(FormulaTokenKind.Identifier, text[start..i], start));
            }
            else if (c is '\'' or '"')
            {
                var end = text.IndexOf(c, i + 1);
                if (end < 0)
                {
                    throw new FormulaSyntaxException(new LocalText("Error.Formula.UnclosedText", start + 1, c));
                }

                tokens.Add(new FormulaToken(FormulaTokenKind.Text, text[(i + 1)..end], start));
                i = end + 1;
            }
            else if (c == '(')
            {
                tokens.Add(new FormulaToken(FormulaTokenKind.LeftParen, "(", i++));
            }
            else if (c == ')')
            {
                tokens.Add(new FormulaToken(FormulaTokenKind.RightParen, ")", i++));
            }
            else if (c == ',')
            {
                tokens.Add(new FormulaToken(FormulaTokenKind.Comma, ",", i++));
            }
            else if (i + 1 < text.Length && Array.IndexOf(TwoCharOperators, text.Substring(i, 2)) >= 0)
            {
                tokens.Add(new FormulaToken(FormulaTokenKind.Operator, text.Substring(i, 2), i));
                i += 2;
            }
            else if ("+-*/<>!?:".Contains(c, StringComparison.Ordinal))
            {
                tokens.Add(new FormulaToken(FormulaTokenKind.Operator, c.ToString(), i++));
            }
            else
            {
                throw new FormulaSyntaxException(new LocalText("Error.Formula.UnexpectedCharacter", c, i + 1));
            }
        }

        tokens.Add(new FormulaToken(FormulaTokenKind.End, "end of formula", text.Length));
        return tokens;
    }
}
