using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using HrKit.Payroll.Tests.Serialization;
using NodaTime;

namespace HrKit.Payroll.Tests.Policies;

/// <summary>Hostile pay policies and formulas: a compiled policy or a PayPolicyException, and a compiled one never throws at run time.</summary>
public sealed class HostilePolicyPropertyTests
{
    private static readonly string[] Names =
        ["base_salary", "allowances_total", "overtime_workday_hours", "proration_factor", "performance_grade", "city", "rate", "A", "B", "nope"];

    private static readonly string[] Tokens =
        ["+", "-", "*", "/", "(", ")", ",", "?", ":", "==", "!=", "<", ">=", "&&", "||", "!", "'A'", "\"x", "0", "1", "0.5",
         "1000000000000", "99999999999999", "min(", "max(", "round(", "floor(", "ceil(", "abs(", "if(", "lookup('grade', ", "true", "@", "#"];

    private static readonly EmployeeMonthInput[] Employees =
    [
        new() { EmployeeId = "a", Period = new YearMonth(2026, 1), City = "guangzhou", BaseSalary = 9_000m, Performance = new PerformanceInput("A", 100m, 0m) },
        new() { EmployeeId = "b", Period = new YearMonth(2026, 1), City = "guangzhou", BaseSalary = PayrollLimits.MaxAmount, Allowances = new Dictionary<string, decimal> { ["x"] = PayrollLimits.MaxAmount } },
        new() { EmployeeId = "c", Period = new YearMonth(2026, 1), City = "guangzhou", BaseSalary = 0m, HireDate = new LocalDate(2026, 1, 31) },
    ];

    // Formulas built from parts that are mostly meaningful, so many compile; nesting and length grow with the size.
    private static Gen<string> Expression(int depth) => depth <= 0
        ? Gen.Elements(Names.Concat(["0", "1", "2.5", "1000000000000", "'A'"]).ToArray())
        : Gen.OneOf(
            Expression(0),
            from a in Expression(depth - 1) from op in Gen.Elements("+", "-", "*", "/", "<", "==") from b in Expression(depth - 1) select $"{a} {op} {b}",
            from a in Expression(depth - 1) select $"({a})",
            from a in Expression(depth - 1) select $"-{a}",
            from c in Expression(depth - 1) from a in Expression(depth - 1) from b in Expression(depth - 1) select $"{c} ? {a} : {b}",
            from f in Gen.Elements("min", "max", "round", "abs", "floor", "if") from a in Expression(depth - 1) from b in Expression(depth - 1) select $"{f}({a}, {b})",
            from a in Expression(depth - 1) select $"lookup('grade', {a}, 1)");

    private static Gen<string> Formulas =>
        Gen.OneOf(
            Gen.Choose(0, 6).SelectMany(Expression),
            Gen.Elements(Tokens).ListOf().Select(t => string.Join(" ", t)),
            from depth in Gen.Choose(0, 3000) from open in Gen.Elements("(", "-", "!", "max(1, ", "true ? 1 : ") select string.Concat(Enumerable.Repeat(open, depth)) + "1");

    private static string Policy(string formula) => $$"""
        { "name": "p", "parameters": { "rate": 1.5 }, "tables": { "grade": { "A": 1.2 } },
          "components": [ { "code": "A", "kind": "earning", "formula": {{JsonSerializer.Serialize(formula)}} },
                          { "code": "B", "kind": "deduction", "formula": "A * 0.1" } ] }
        """;

    private static bool CompilesAndNeverThrows(Func<PayPolicy> load)
    {
        PayPolicy policy;
        try
        {
            policy = load();
        }
        catch (PayPolicyException ex)
        {
            return ex.Errors.Count > 0;
        }

        var engine = new PayrollEngineBuilder().WithPolicy(policy).WithMaxDegreeOfParallelism(1).Build();
        return engine.CalculateMany(Employees).All(r => r.IsSuccess ? r.Payslip.GrossPay >= 0 : r.Error.Field.Length > 0);
    }

    [Property(MaxTest = 300)]
    public Property Parse_AnyFormula_CompilesOrIsRejectedAndNeverThrowsAtRunTime() => Prop.ForAll(Formulas.ToArbitrary(), formula =>
        CompilesAndNeverThrows(() => PayPolicyLoader.Parse(Policy(formula))));

    [Property(MaxTest = 150)]
    public Property Load_MutatedStandardPolicy_CompilesOrIsRejected() => Prop.ForAll(JsonMutation.Of(PayPolicyLoader.ChinaStandardJson()).ToArbitrary(), file =>
        CompilesAndNeverThrows(() => PayPolicyLoader.Load(new MemoryStream(file))));

    [Property(MaxTest = 50)]
    public Property LoadAsync_MutatedStandardPolicy_CompilesOrIsRejected() => Prop.ForAll(JsonMutation.Of(PayPolicyLoader.ChinaStandardJson()).ToArbitrary(), file =>
        CompilesAndNeverThrows(() => PayPolicyLoader.LoadAsync(new AsyncOnlyStream(new MemoryStream(file), 512)).GetAwaiter().GetResult()));

    [Fact]
    public void Parse_DeeplyNestedPolicy_IsRejectedAsMalformed()
    {
        var json = "{\"name\":\"x\",\"tables\":{\"t\":" + new string('[', 100_000) + "}}";

        var ex = Assert.Throws<PayPolicyException>(() => PayPolicyLoader.Parse(json));

        Assert.Contains("malformed JSON at line 1", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EveryEdgeFormulaOfTheGenerator_NeverThrowsUnexpectedly()
    {
        // The generator's extremes, fixed: the longest accepted chain and a division producing more than the bound.
        Assert.True(CompilesAndNeverThrows(() => PayPolicyLoader.Parse(Policy(string.Join("*", Enumerable.Repeat("base_salary", 180))))));
        Assert.True(CompilesAndNeverThrows(() => PayPolicyLoader.Parse(Policy("base_salary / 0.0000000001"))));
        Assert.True(CompilesAndNeverThrows(() => PayPolicyLoader.Parse(Policy(Encoding.UTF8.GetString([0xE4, 0xBD, 0xA0])))));
    }
}
