using System.Collections.Frozen;
using HrKit.Payroll.Policies.Formulas;

namespace HrKit.Payroll.Tests.Policies.Formulas;

/// <summary>
/// The formula evaluator against answers worked by hand: precedence and associativity as in C# and school
/// arithmetic, every comparison on both sides of its boundary, truth tables, half-away-from-zero rounding, and the
/// lookup table's entry, default and missing key.
/// </summary>
public sealed class FormulaEvaluationTests
{
    // Number slots: a = 0, b = 1; text slot: g = 0.
    private static readonly FrozenDictionary<string, FormulaSymbol> Names = new Dictionary<string, FormulaSymbol>
    {
        ["a"] = new(FormulaType.Number, 0),
        ["b"] = new(FormulaType.Number, 1),
        ["base_2"] = new(FormulaType.Number, 2),
        ["_x"] = new(FormulaType.Number, 3),
        ["g"] = new(FormulaType.Text, 0),
    }.ToFrozenDictionary();

    private static readonly Dictionary<string, FrozenDictionary<string, decimal>> Tables = new()
    {
        ["grades"] = new Dictionary<string, decimal> { ["A"] = 1.2m, ["B"] = 1.0m }.ToFrozenDictionary(),
    };

    internal static CompiledFormula Compile(string formula) =>
        FormulaParser.Compile(formula, FormulaType.Number, n => Names.TryGetValue(n, out var s) ? s : null, Tables);

    private static decimal Evaluate(string formula, decimal a = 0m, decimal b = 0m, string? g = null, decimal base2 = 0m, decimal x = 0m) =>
        Compile(formula).Root.Number(new FormulaScope([a, b, base2, x], [g]));

    [Theory]
    [InlineData("2 + 3 * 4", "14")]          // * before +: 2 + 12
    [InlineData("2 * 3 + 4", "10")]
    [InlineData("(2 + 3) * 4", "20")]
    [InlineData("10 - 4 - 3", "3")]          // left to right: (10 − 4) − 3, not 10 − (4 − 3) = 9
    [InlineData("24 / 4 / 2", "3")]          // (24 / 4) / 2, not 24 / (4 / 2) = 12
    [InlineData("7 / 2", "3.5")]
    [InlineData("1 / 8", "0.125")]
    [InlineData("10 - 2 * 3", "4")]
    [InlineData("2.5 * 4", "10")]
    [InlineData(".5 + 1", "1.5")]           // a number may start with its decimal point
    [InlineData("-3 + 5", "2")]
    [InlineData("- -3", "3")]
    [InlineData("2 * -3", "-6")]
    [InlineData("-(2 + 3) * 2", "-10")]
    [InlineData("1000000000000", "1000000000000")] // PayrollLimits.MaxFormulaValue itself is a valid literal
    public void Number_Arithmetic_FollowsPrecedenceAndAssociativity(string formula, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Evaluate(formula));
    }

    [Theory]
    // a OP b for a below, at and above b = 3.
    [InlineData("<", 1, 0, 0)]
    [InlineData("<=", 1, 1, 0)]
    [InlineData(">", 0, 0, 1)]
    [InlineData(">=", 0, 1, 1)]
    [InlineData("==", 0, 1, 0)]
    [InlineData("!=", 1, 0, 1)]
    public void Number_Comparison_AtEachSideOfTheBoundary(string op, int below, int at, int above)
    {
        var formula = $"a {op} b ? 1 : 0";

        Assert.Equal([below, at, above], new[] { 2m, 3m, 4m }.Select(a => (int)Evaluate(formula, a, 3m)));
    }

    [Theory]
    // a > 0, b > 0 for (yes, yes), (yes, no), (no, yes), (no, no).
    [InlineData("&&", 1, 0, 0, 0)]
    [InlineData("||", 1, 1, 1, 0)]
    [InlineData("==", 1, 0, 0, 1)]
    [InlineData("!=", 0, 1, 1, 0)]
    public void Boolean_Operators_TruthTable(string op, int tt, int tf, int ft, int ff)
    {
        var formula = $"(a > 0) {op} (b > 0) ? 1 : 0";

        Assert.Equal(tt, Evaluate(formula, 1, 1));
        Assert.Equal(tf, Evaluate(formula, 1, -1));
        Assert.Equal(ft, Evaluate(formula, -1, 1));
        Assert.Equal(ff, Evaluate(formula, -1, -1));
    }

    [Theory]
    [InlineData("true || false && false ? 1 : 0", 1)]   // && binds tighter: true || (false && false)
    [InlineData("false && false || true ? 1 : 0", 1)]   // (false && false) || true
    [InlineData("1 + 1 == 2 ? 1 : 0", 1)]               // arithmetic before comparison
    [InlineData("1 < 2 == true ? 1 : 0", 1)]            // relational before equality: (1 < 2) == true
    [InlineData("2 > 1 != false ? 1 : 0", 1)]
    [InlineData("!true ? 1 : 0", 0)]
    [InlineData("!false ? 1 : 0", 1)]
    [InlineData("!(1 > 2) ? 1 : 0", 1)]
    [InlineData("true ? 7 : 8", 7)]
    [InlineData("false ? 7 : 8", 8)]
    [InlineData("true == true ? 1 : 0", 1)]
    [InlineData("true != true ? 1 : 0", 0)]
    public void Boolean_PrecedenceAndLiterals(string formula, int expected)
    {
        Assert.Equal(expected, Evaluate(formula));
    }

    [Theory]
    // A chain of conditions groups to the right: a > 2 ? 1 : (a > 1 ? 2 : 3).
    [InlineData(3, 1)]
    [InlineData(2, 2)]
    [InlineData(1, 3)]
    public void Conditional_Chain_GroupsToTheRight(int a, int expected)
    {
        Assert.Equal(expected, Evaluate("a > 2 ? 1 : a > 1 ? 2 : 3", a));
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1, -1, 0)]
    [InlineData(-1, 1, 0)]
    public void Conditional_OfConditions_And_OfTexts(int a, int b, int expected)
    {
        // A condition whose branches are conditions, and one whose branches are texts.
        Assert.Equal(expected, Evaluate("(a > 0 ? b > 0 : false) ? 1 : 0", a, b));
        Assert.Equal(expected, Evaluate("(a > 0 ? (b > 0 ? 'x' : 'y') : 'z') == 'x' ? 1 : 0", a, b));
    }

    [Theory]
    [InlineData("A", "==", 1)]
    [InlineData("B", "==", 0)]
    [InlineData("a", "==", 0)]  // ordinal: case matters
    [InlineData(null, "==", 0)]
    [InlineData("A", "!=", 0)]
    [InlineData("B", "!=", 1)]
    [InlineData(null, "!=", 1)]
    public void Text_Equality_IsOrdinal(string? grade, string op, int expected)
    {
        Assert.Equal(expected, Evaluate($"g {op} 'A' ? 1 : 0", g: grade));
        Assert.Equal(expected, Evaluate($"g {op} \"A\" ? 1 : 0", g: grade)); // double quotes delimit text too
    }

    [Theory]
    [InlineData("min(3, 1, 2)", "1")]
    [InlineData("min(3, 2, 1)", "1")]   // the last argument is compared too
    [InlineData("min(1, 2, 3)", "1")]   // and the first
    [InlineData("max(3, 1, 2)", "3")]
    [InlineData("max(1, 2, 3)", "3")]
    [InlineData("max(3, 2, 1)", "3")]
    [InlineData("max(-5, -2)", "-2")]
    [InlineData("min(-5, -2)", "-5")]
    [InlineData("round(2.345, 2)", "2.35")]   // half away from zero (banker's rounding would give 2.34)
    [InlineData("round(-2.345, 2)", "-2.35")]
    [InlineData("round(2.5)", "3")]           // banker's: 2
    [InlineData("round(-2.5)", "-3")]
    [InlineData("round(2.4)", "2")]
    [InlineData("round(1.5, 0)", "2")]
    [InlineData("round(1.234567895, 8)", "1.23456790")] // 8 digits is the largest accepted
    [InlineData("floor(2.5)", "2")]
    [InlineData("floor(-2.5)", "-3")]
    [InlineData("ceil(2.5)", "3")]
    [InlineData("ceil(-2.5)", "-2")]
    [InlineData("abs(-2.5)", "2.5")]
    [InlineData("abs(2.5)", "2.5")]
    [InlineData("if(2 > 1, 10, 20)", "10")]
    [InlineData("if(2 < 1, 10, 20)", "20")]
    public void Functions_GiveTheHandWorkedValue(string formula, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Evaluate(formula));
    }

    [Theory]
    [InlineData("A", "1.2")]
    [InlineData("B", "1.0")]
    [InlineData("C", "0.5")]    // no entry: the default
    [InlineData(null, "0.5")]   // no grade: the default
    public void Lookup_EntryOrDefault(string? grade, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Evaluate("lookup('grades', g, 0.5)", g: grade));
    }

    [Fact]
    public void Lookup_EntryWithoutDefault_IsTheEntry()
    {
        Assert.Equal(1.2m, Evaluate("lookup('grades', g) * 1", g: "A"));
    }

    [Theory]
    [InlineData("C", "table 'grades' has no entry 'C' and the lookup gives no default")]
    [InlineData(null, "table 'grades' has no entry '' and the lookup gives no default")]
    public void Lookup_MissingEntryWithoutDefault_NamesTableAndKey(string? grade, string expected)
    {
        var ex = Assert.Throws<FormulaEvaluationException>(() => Evaluate("lookup('grades', g)", g: grade));

        Assert.Equal(expected, ex.Message);
    }

    [Fact]
    public void Names_ReadTheirSlots()
    {
        // a − b + base_2 × _x = 10 − 4 + 3 × 5 = 21: each name reads its own slot.
        Assert.Equal(21m, Evaluate("a - b + base_2 * _x", a: 10m, b: 4m, base2: 3m, x: 5m));
    }

    [Fact]
    public void References_AreTheNamesReadOnceEach_InOrder()
    {
        var compiled = Compile("a + b * a + lookup('grades', g, 1) + max(b, 1) + (true ? 1 : 0)");

        Assert.Equal(["a", "b", "g"], compiled.References);
        Assert.Equal("a + b * a + lookup('grades', g, 1) + max(b, 1) + (true ? 1 : 0)", compiled.Source);
    }

    [Theory]
    [InlineData("a / b", "division by zero")]
    [InlineData("a / (b - b)", "division by zero")]
    public void Divide_ByZero_IsAnEvaluationError(string formula, string expected)
    {
        var ex = Assert.Throws<FormulaEvaluationException>(() => Evaluate(formula, 1m, 0m));

        Assert.Equal(expected, ex.Message);
    }

    [Theory]
    [InlineData("a + a", '+')]
    [InlineData("-a - a", '-')]
    [InlineData("a * a", '*')]
    [InlineData("a / 0.5", '/')]
    public void Arithmetic_BeyondDecimal_IsAnEvaluationErrorNamingTheOperator(string formula, char op)
    {
        // decimal.MaxValue ≈ 7.9 × 10^28: twice it, its square and it ÷ 0.5 are all outside decimal.
        var ex = Assert.Throws<FormulaEvaluationException>(() => Evaluate(formula, decimal.MaxValue));

        Assert.Equal($"the result of '{op}' is too large for a decimal", ex.Message);
    }

    [Fact]
    public void Arithmetic_JustInsideDecimal_IsExact()
    {
        // decimal.MaxValue − 1 + 1, and MaxValue × 1 and ÷ 1: no overflow at the edge itself.
        Assert.Equal(decimal.MaxValue, Evaluate("a - 1 + 1", decimal.MaxValue));
        Assert.Equal(decimal.MaxValue, Evaluate("a * 1 / 1", decimal.MaxValue));
    }
}
