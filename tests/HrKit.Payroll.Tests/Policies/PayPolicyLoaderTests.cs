using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using NodaTime;

namespace HrKit.Payroll.Tests.Policies;

public sealed class PayPolicyLoaderTests
{
    [Fact]
    public void Load_InvalidUtf8InAString_ThrowsPayPolicyException()
    {
        // The same class as the contribution files' invalid UTF-8: bytes that fail only when a string is read.
        byte[] policy = [.. "{ \"name\": \""u8, 0xC0, .. "x\", \"components\": [] }"u8];

        Assert.Throws<PayPolicyException>(() => PayPolicyLoader.Load(new MemoryStream(policy)));
    }

    private static string Policy(string components, string extra = "") =>
        $$"""{ "name": "test", {{extra}} "components": [ {{components}} ] }""";

    [Fact]
    public void Parse_ChinaStandard_CompilesInDependencyOrder()
    {
        var policy = PayPolicy.ChinaStandard;
        var codes = policy.Components.Select(c => c.Code).ToList();

        Assert.True(codes.IndexOf("DAILY_RATE") < codes.IndexOf("HOURLY_RATE"));
        Assert.True(codes.IndexOf("HOURLY_RATE") < codes.IndexOf("OT_WORKDAY"));
        Assert.True(codes.IndexOf("PERF_BONUS") < codes.IndexOf("LEARNING_BONUS"));
        Assert.Equal(21.75m, policy.Parameters["monthly_pay_days"]);
    }

    [Fact]
    public void Parse_ComponentsDeclaredOutOfOrder_AreEvaluatedAfterTheirDependencies()
    {
        var policy = PayPolicyLoader.Parse(Policy("""
            { "code": "B", "kind": "earning", "formula": "A * 2" },
            { "code": "A", "kind": "info", "formula": "base_salary / 4", "rounding": "fen" }
            """));
        var engine = new PayrollEngineBuilder().WithPolicy(policy).Build();

        var slip = engine.Calculate(new EmployeeMonthInput { EmployeeId = "x", Period = new YearMonth(2026, 1), City = "beijing", BaseSalary = 1_000m });

        Assert.Equal(["A", "B"], policy.Components.Select(c => c.Code));
        Assert.Equal(500m, slip.Line("B")!.Amount);
    }

    [Fact]
    public void Parse_Cycle_NamesTheLoop()
    {
        var ex = Assert.Throws<PayPolicyException>(() => PayPolicyLoader.Parse(Policy("""
            { "code": "A", "kind": "earning", "formula": "B + 1" },
            { "code": "B", "kind": "earning", "formula": "C + 1" },
            { "code": "C", "kind": "earning", "formula": "A + 1" }
            """)));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("formula", error.Field);
        Assert.Contains("A -> B -> C -> A", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownName_NamesComponentAndPosition()
    {
        var ex = Assert.Throws<PayPolicyException>(() => PayPolicyLoader.Parse(Policy("""
            { "code": "BASE", "kind": "earning", "formula": "base_salry * 1" }
            """)));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("BASE", error.Component);
        Assert.Contains("unknown name 'base_salry' at position 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("BASE.formula", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("base_salary + performance_grade", "the right side of '+' must be a number, but it is a text")]
    [InlineData("base_salary > 1", "the formula must be a number, but it is a true/false condition")]
    [InlineData("if(base_salary, 1, 2)", "the condition of if() must be a true/false condition")]
    [InlineData("lookup('nope', performance_grade)", "lookup() names table 'nope'")]
    [InlineData("round(base_salary, 2.5)", "digits of round()")]
    [InlineData("max(base_salary)", "max() takes at least 2 arguments")]
    [InlineData("sqrt(base_salary)", "unknown function 'sqrt'")]
    [InlineData("base_salary * (2", "expected ')'")]
    [InlineData("base_salary ; 2", "unexpected character ';'")]
    public void Parse_BadFormula_ExplainsTheProblem(string formula, string expected)
    {
        var ex = Assert.Throws<PayPolicyException>(() => PayPolicyLoader.Parse(Policy(
            $$"""{ "code": "X", "kind": "earning", "formula": "{{formula}}" }""")));

        Assert.Contains(expected, Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsAllOfThem()
    {
        var ex = Assert.Throws<PayPolicyException>(() => PayPolicyLoader.Parse(Policy("""
            { "code": "A", "kind": "earning", "formula": "1" },
            { "code": "A", "kind": "earning", "formula": "2" },
            { "code": "b", "kind": "earning", "formula": "3" },
            { "code": "C", "kind": "salary", "formula": "4" },
            { "code": "D", "kind": "deduction", "formula": "" },
            { "code": "E", "kind": "deduction", "formula": "1", "taxFree": true }
            """)));

        Assert.Collection(ex.Errors,
            e => Assert.Contains("already", e.Message, StringComparison.Ordinal),
            e => Assert.Equal("code", e.Field),
            e => Assert.Contains("'salary' is not a kind", e.Message, StringComparison.Ordinal),
            e => Assert.Contains("a formula is required", e.Message, StringComparison.Ordinal),
            e => Assert.Equal("taxFree", e.Field));
    }

    [Fact]
    public void Parse_NameClash_ParameterShadowingBuiltIn_IsRejected()
    {
        var ex = Assert.Throws<PayPolicyException>(() => PayPolicyLoader.Parse(Policy(
            """{ "code": "A", "kind": "earning", "formula": "1" }""", """ "parameters": { "base_salary": 1 }, """)));

        Assert.Contains("already a built-in input", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedJson_GivesLineAndColumn()
    {
        var ex = Assert.Throws<PayPolicyException>(() => PayPolicyLoader.Parse("{\n  \"name\": \"x\",\n  \"components\": [ { \"code\": \"A\" \"kind\": \"earning\" } ]\n}"));

        Assert.Contains("line 3", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownPolicyField_IsRejected()
    {
        var ex = Assert.Throws<PayPolicyException>(() => PayPolicyLoader.Parse(
            """{ "name": "x", "componets": [] }"""));

        Assert.Contains("componets", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_CustomInputAndConditional_UseDeclaredValues()
    {
        var policy = PayPolicyLoader.Parse(Policy(
            """
            { "code": "MEAL", "kind": "earning", "formula": "meal_days * meal_rate" },
            { "code": "FULL", "kind": "earning", "formula": "unpaid_leave_days == 0 && late_count == 0 ? 200 : 0" },
            { "code": "UNION", "kind": "employerCost", "formula": "round(base_salary * 0.02, 2)" }
            """,
            """ "parameters": { "meal_rate": 25 }, "customInputs": [ { "name": "meal_days", "default": 0 } ], """));
        var engine = new PayrollEngineBuilder().WithPolicy(policy).Build();

        var slip = engine.Calculate(new EmployeeMonthInput
        {
            EmployeeId = "x", Period = new YearMonth(2026, 1), City = "beijing", BaseSalary = 10_000m,
            CustomInputs = new Dictionary<string, decimal> { ["meal_days"] = 20m },
        });

        Assert.Equal(500m, slip.Line("MEAL")!.Amount);      // 20 × 25
        Assert.Equal(200m, slip.Line("FULL")!.Amount);      // full attendance
        Assert.Equal(200m, slip.Line("UNION")!.Amount);     // 2 % employer cost
        Assert.Equal(slip.GrossPay + slip.EmployerContributions + 200m, slip.EmployerCost);
    }

    [Fact]
    public void Calculate_DivisionByZeroForOneEmployee_IsAnInputErrorNamingTheComponent()
    {
        var policy = PayPolicyLoader.Parse(Policy("""{ "code": "RATE", "kind": "earning", "formula": "base_salary / scheduled_days" }"""));
        var engine = new PayrollEngineBuilder().WithPolicy(policy).Build();

        var ex = Assert.Throws<PayrollInputException>(() => engine.Calculate(
            new EmployeeMonthInput { EmployeeId = "z", Period = new YearMonth(2026, 1), City = "beijing", BaseSalary = 1m }));

        Assert.Equal("RATE", ex.Field);
        Assert.Contains("division by zero", ex.Message, StringComparison.Ordinal);
    }
}
