using HrKit.Payroll.Policies.Formulas;

namespace HrKit.Payroll.Tests.Policies.Formulas;

/// <summary>
/// Every rejection of the formula parser with the exact message a policy author sees: what is wrong, where
/// (1-based character position, counted by hand) and what was expected. Limits are probed at and one past their bound.
/// </summary>
public sealed class FormulaSyntaxTests
{
    private static string Reject(string formula) =>
        Assert.Throws<FormulaSyntaxException>(() => FormulaEvaluationTests.Compile(formula)).Message;

    private static string RejectWithoutTables(string formula) =>
        Assert.Throws<FormulaSyntaxException>(() => FormulaParser.Compile(formula, FormulaType.Number, _ => null, new Dictionary<string, System.Collections.Frozen.FrozenDictionary<string, decimal>>())).Message;

    [Theory]
    [InlineData("", "the formula is empty.")]
    [InlineData("   ", "the formula is empty.")]
    [InlineData("1 2", "expected an operator or the end of the formula at position 3 but found '2'.")]
    [InlineData("1 )", "expected an operator or the end of the formula at position 3 but found ')'.")]
    [InlineData("1 (", "expected an operator or the end of the formula at position 3 but found '('.")]
    [InlineData("1 , 2", "expected an operator or the end of the formula at position 3 but found ','.")]
    [InlineData("*", "expected a number, a name, a function or '(' at position 1 but found '*'.")]
    [InlineData("a <", "expected a number, a name, a function or '(' at position 4 but found 'end of formula'.")]
    [InlineData("true ? 1", "expected ':' at position 9 but found 'end of formula'.")]
    [InlineData("(1 + 2", "expected ')' at position 7 but found 'end of formula'.")]
    [InlineData("max(1 2)", "expected ')' or ',' at position 7 but found '2'.")]
    [InlineData("a ; 2", "unexpected character ';' at position 3.")]
    [InlineData("a = b", "unexpected character '=' at position 3.")]
    [InlineData("a & b", "unexpected character '&' at position 3.")]
    [InlineData(".", "unexpected character '.' at position 1.")]
    [InlineData("1 + .", "unexpected character '.' at position 5.")]
    [InlineData("1.2.3", "'1.2.3' at position 1 is not a number.")]
    [InlineData("2 * 1000000000000.01", "'1000000000000.01' at position 5 is above the largest formula value 1000000000000.")]
    [InlineData("'abc", "the text starting at position 1 has no closing '.")]
    [InlineData("1 + \"abc", "the text starting at position 5 has no closing \".")]
    [InlineData("a + c", "unknown name 'c' at position 5.")]
    [InlineData("sqrt(1)", "unknown function 'sqrt' at position 1; known functions: min, max, round, floor, ceil, abs, if, lookup.")]
    [InlineData("1 + a(1)", "unknown function 'a' at position 5; known functions: min, max, round, floor, ceil, abs, if, lookup.")]
    public void Compile_Malformed_SaysWhatAndWhere(string formula, string expected)
    {
        Assert.Equal(expected, Reject(formula));
    }

    [Theory]
    [InlineData("true", "the formula must be a number, but it is a true/false condition.")]
    [InlineData("'x'", "the formula must be a number, but it is a text.")]
    [InlineData("g", "the formula must be a number, but it is a text.")]
    [InlineData("1 ? 2 : 3", "the condition before '?' must be a true/false condition, but it is a number.")]
    [InlineData("true ? 1 : 'x'", "the two branches of a condition give a number and a text; they must be of one type.")]
    [InlineData("true ? false : 1", "the two branches of a condition give a true/false condition and a number; they must be of one type.")]
    [InlineData("1 == true ? 1 : 0", "'==' compares a number with a true/false condition.")]
    [InlineData("g != 1 ? 1 : 0", "'!=' compares a text with a number.")]
    [InlineData("1 && true ? 1 : 0", "the left side of '&&' must be a true/false condition, but it is a number.")]
    [InlineData("true && 1 ? 1 : 0", "the right side of '&&' must be a true/false condition, but it is a number.")]
    [InlineData("1 || true ? 1 : 0", "the left side of '||' must be a true/false condition, but it is a number.")]
    [InlineData("true || 1 ? 1 : 0", "the right side of '||' must be a true/false condition, but it is a number.")]
    [InlineData("true < 1 ? 1 : 0", "the left side of '<' must be a number, but it is a true/false condition.")]
    [InlineData("1 <= g ? 1 : 0", "the right side of '<=' must be a number, but it is a text.")]
    [InlineData("g > 1 ? 1 : 0", "the left side of '>' must be a number, but it is a text.")]
    [InlineData("1 >= true ? 1 : 0", "the right side of '>=' must be a number, but it is a true/false condition.")]
    [InlineData("g + 1", "the left side of '+' must be a number, but it is a text.")]
    [InlineData("1 - g", "the right side of '-' must be a number, but it is a text.")]
    [InlineData("true * 1", "the left side of '*' must be a number, but it is a true/false condition.")]
    [InlineData("1 / true", "the right side of '/' must be a number, but it is a true/false condition.")]
    [InlineData("-true", "the operand of '-' must be a number, but it is a true/false condition.")]
    [InlineData("!1 ? 1 : 0", "the operand of '!' must be a true/false condition, but it is a number.")]
    [InlineData("min(1, g)", "an argument of min() must be a number, but it is a text.")]
    [InlineData("max(true, 1)", "an argument of max() must be a number, but it is a true/false condition.")]
    [InlineData("round(g)", "the value of round() must be a number, but it is a text.")]
    [InlineData("floor(true)", "the argument of floor() must be a number, but it is a true/false condition.")]
    [InlineData("abs(g)", "the argument of abs() must be a number, but it is a text.")]
    [InlineData("if(1, 2, 3)", "the condition of if() must be a true/false condition, but it is a number.")]
    [InlineData("if(true, 2, g)", "the two branches of a condition give a number and a text; they must be of one type.")]
    [InlineData("lookup('grades', 1)", "the key of lookup() must be a text, but it is a number.")]
    [InlineData("lookup('grades', g, g)", "the default of lookup() must be a number, but it is a text.")]
    public void Compile_WrongType_NamesThePlaceAndBothTypes(string formula, string expected)
    {
        Assert.Equal(expected, Reject(formula));
    }

    [Theory]
    [InlineData("min(1)", "min() takes at least 2 arguments, not 1.")]
    [InlineData("max()", "max() takes at least 2 arguments, not 0.")]
    [InlineData("round()", "round() takes 1 or 2 arguments, not 0.")]
    [InlineData("round(1, 2, 3)", "round() takes 1 or 2 arguments, not 3.")]
    [InlineData("floor()", "floor() takes 1 arguments, not 0.")]
    [InlineData("ceil(1, 2)", "ceil() takes 1 arguments, not 2.")]
    [InlineData("if(true, 1)", "if() takes 3 arguments, not 2.")]
    [InlineData("if(true, 1, 2, 3)", "if() takes 3 arguments, not 4.")]
    [InlineData("lookup('grades')", "lookup() takes 2 or 3 arguments, not 1.")]
    [InlineData("lookup('grades', g, 1, 2)", "lookup() takes 2 or 3 arguments, not 4.")]
    [InlineData("lookup(g, g)", "the first argument of lookup() must be a table name in quotes, e.g. lookup('grades', performance_grade, 1).")]
    [InlineData("lookup('nope', g)", "lookup() names table 'nope', which the policy does not declare (known tables: grades).")]
    [InlineData("round(1, 9)", "the digits of round() must be a whole number from 0 to 8, written as a literal.")]
    [InlineData("round(1, 2.5)", "the digits of round() must be a whole number from 0 to 8, written as a literal.")]
    [InlineData("round(1, -1)", "the digits of round() must be a whole number from 0 to 8, written as a literal.")]
    [InlineData("round(1, a)", "the digits of round() must be a whole number from 0 to 8, written as a literal.")]
    public void Compile_BadCall_SaysTheRule(string formula, string expected)
    {
        Assert.Equal(expected, Reject(formula));
    }

    [Fact]
    public void Compile_LookupWithoutTables_SaysThereAreNone()
    {
        Assert.Equal("lookup() names table 'grades', which the policy does not declare (the policy declares no tables).",
            RejectWithoutTables("lookup('grades', 'A')"));
    }

    [Fact]
    public void Compile_RoundWithEightAndZeroDigits_IsAccepted()
    {
        Assert.NotNull(FormulaEvaluationTests.Compile("round(1, 8) + round(1, 0)"));
    }

    [Fact]
    public void Compile_AtTheLengthLimit_IsAccepted_OneMore_IsRefused()
    {
        // PayrollLimits.MaxFormulaLength = 2 000 characters, spaces included.
        var atLimit = "1" + new string(' ', 1_999);

        Assert.Equal(1m, FormulaEvaluationTests.Compile(atLimit).Root.Number(default));
        Assert.Equal("the formula is 2001 characters long; at most 2000 are accepted.", Reject(atLimit + " "));
    }

    [Fact]
    public void Compile_NestingAtTheDepthLimit_IsAccepted_OneMore_IsRefusedWithPosition()
    {
        // The whole formula is level 1 and each '(' one more: 31 parentheses reach the limit of 32, 32 go past it.
        // The 33rd level is entered at the '2' after 32 '(' (positions 1 to 32), so at position 33.
        Assert.Equal(2m, FormulaEvaluationTests.Compile(new string('(', 31) + "2" + new string(')', 31)).Root.Number(default));
        Assert.Equal("the formula nests deeper than 32 levels at position 33 (parentheses, calls, conditions and unary operators); split it into components.",
            Reject(new string('(', 32) + "2" + new string(')', 32)));
    }

    [Fact]
    public void Compile_UnaryMinusAtTheDepthLimit_IsAccepted_OneMore_IsRefused()
    {
        // 31 minus signs: level 1 + 31 = 32, an odd count so the value is −1; 32 signs are one level too deep.
        Assert.Equal(-1m, FormulaEvaluationTests.Compile(new string('-', 31) + "1").Root.Number(default));
        Assert.Contains("nests deeper than 32 levels at position 33", Reject(new string('-', 32) + "1"), StringComparison.Ordinal);
        Assert.Contains("nests deeper than 32 levels at position 33", Reject(new string('!', 32) + "true ? 1 : 0"), StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_ManyShallowTerms_DoNotAddUpTheirDepth()
    {
        // 40 sibling terms, each one level deep: the depth is given back after each, so none is refused.
        var minus = string.Join(" + ", Enumerable.Repeat("-1", 40));
        var not = string.Join(" && ", Enumerable.Repeat("!false", 40)) + " ? 1 : 0";
        var parens = string.Join(" + ", Enumerable.Repeat("(1)", 40));
        var calls = string.Join(" + ", Enumerable.Repeat("abs(1)", 40));

        Assert.Equal(-40m, FormulaEvaluationTests.Compile(minus).Root.Number(default));
        Assert.Equal(1m, FormulaEvaluationTests.Compile(not).Root.Number(default));
        Assert.Equal(40m, FormulaEvaluationTests.Compile(parens).Root.Number(default));
        Assert.Equal(40m, FormulaEvaluationTests.Compile(calls).Root.Number(default));
    }
}
