using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using NodaTime;

namespace HrKit.Payroll.Tests.Policies.Formulas;

/// <summary>Formula length and depth limits are enforced before recursion: hostile formulas fail with a message, never a stack overflow.</summary>
public sealed class FormulaLimitTests
{
    private static string Policy(string formula) =>
        $$"""{ "name": "t", "components": [ { "code": "A", "kind": "earning", "formula": "{{formula}}" } ] }""";

    public static TheoryData<string, string> Hostile => new()
    {
        { new string('(', 100_000) + "1" + new string(')', 100_000), "characters long" },
        { new string('(', 500) + "1" + new string(')', 500), "nests deeper than 32" },
        { string.Concat(Enumerable.Repeat("-", 1_000)) + "1", "nests deeper than 32" },
        { string.Concat(Enumerable.Repeat("!", 1_000)) + "true ? 1 : 0", "nests deeper than 32" },
        { string.Concat(Enumerable.Repeat("max(1, ", 200)) + "1" + new string(')', 200), "nests deeper than 32" },
        { string.Concat(Enumerable.Repeat("true ? 1 : ", 150)) + "0", "nests deeper than 32" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Parse_HostileFormula_IsRejectedWithTheLimit(string formula, string message)
    {
        var ex = Assert.Throws<PayPolicyException>(() => PayPolicyLoader.Parse(Policy(formula)));

        Assert.Contains(message, Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_LongestAcceptedChain_Evaluates()
    {
        // "1+1+…+1" at the length limit builds a left-deep tree of 1 000 nodes; evaluation must not exhaust the stack.
        var terms = (PayrollLimits.MaxFormulaLength + 1) / 2;
        var formula = string.Join("+", Enumerable.Repeat("1", terms));
        var engine = new PayrollEngineBuilder().WithPolicy(PayPolicyLoader.Parse(Policy(formula))).Build();

        var slip = engine.Calculate(new EmployeeMonthInput { EmployeeId = "x", Period = new YearMonth(2026, 1), City = "beijing" });

        Assert.Equal(terms, slip.Line("A")!.Amount);
    }

    [Fact]
    public void Parse_NestingAtTheLimit_IsAccepted()
    {
        var depth = PayrollLimits.MaxFormulaDepth - 1;
        var formula = new string('(', depth) + "2" + new string(')', depth);

        var policy = PayPolicyLoader.Parse(Policy(formula));

        Assert.Equal("A", Assert.Single(policy.Components).Code);
    }

    [Fact]
    public void Parse_TooManyComponents_IsRejectedBeforeOrdering()
    {
        // A chain C1 -> C2 -> … would recurse once per component while ordering.
        var components = string.Join(",", Enumerable.Range(1, PayrollLimits.MaxPolicyComponents + 1)
            .Select(i => $$"""{ "code": "C{{i}}", "kind": "info", "formula": "C{{i + 1}} + 1" }"""));

        var ex = Assert.Throws<PayPolicyException>(() => PayPolicyLoader.Parse($$"""{ "name": "t", "components": [ {{components}} ] }"""));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("components", "$"), (error.Component, error.Field));
        Assert.Contains("at most 500", error.Message, StringComparison.Ordinal);
    }
}
