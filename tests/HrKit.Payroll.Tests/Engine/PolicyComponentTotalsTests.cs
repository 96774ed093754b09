using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using HrKit.Payroll.Policies.Formulas;
using NodaTime;

namespace HrKit.Payroll.Tests.Engine;

/// <summary>
/// How the engine adds up a policy's components of every kind and the amounts the input carries, worked by hand:
/// gross = taxable earnings + tax-free earnings + bonus − pre-tax deductions; net = gross − contributions − taxes −
/// post-tax deductions; employer cost = gross + employer contributions + employer-cost components.
/// </summary>
public sealed class PolicyComponentTotalsTests
{
    private static PayPolicy Policy(bool mealTaxFree = true) => PayPolicyLoader.Parse($$"""
        { "name": "t", "components": [
          { "code": "BASE", "name": "Base", "kind": "earning", "formula": "base_salary" },
          { "code": "MEAL", "kind": "earning", "formula": "300", "taxFree": {{(mealTaxFree ? "true" : "false")}} },
          { "code": "ZERO", "kind": "earning", "formula": "base_salary * 0" },
          { "code": "LATE", "kind": "deduction", "formula": "late_count * 50" },
          { "code": "UNION", "kind": "postTaxDeduction", "formula": "round(base_salary * 0.005, 2)" },
          { "code": "FUND", "kind": "employerCost", "formula": "base_salary * 0.02" },
          { "code": "DAILY", "kind": "info", "formula": "base_salary / 21.75", "description": "the daily wage" } ] }
        """);

    private static EmployeeMonthInput Input => new()
    {
        EmployeeId = "E1", Period = new YearMonth(2026, 1), City = "beijing", BaseSalary = 10_000m,
        Attendance = new AttendanceInput(22m, 22m, 0m, 2, 20),
        OtherEarnings = 500m, TaxFreeIncome = 100m, PostTaxDeductions = 20m,
    };

    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().WithPolicy(Policy()).Build();

    [Fact]
    public void Calculate_EveryKind_AddsUpByHand()
    {
        var slip = Engine.Calculate(Input);

        // 10 000 + 300 (tax-free) − 2 × 50 + 500 other + 100 tax-free income = 10 800.
        Assert.Equal(10_800m, slip.GrossPay);
        // 0.5 % of 10 000 = 50, plus the input's 20.
        Assert.Equal(70m, slip.PostTaxDeductions);
        // Employer cost: gross, the statutory employer contributions and 2 % of 10 000.
        Assert.Equal(10_800m + slip.EmployerContributions + 200m, slip.EmployerCost);
        Assert.Equal(10_800m - slip.EmployeeContributions - slip.WageTax - slip.BonusTax - 70m, slip.NetPay);
        Assert.True(slip.EmployeeContributions > 0m && slip.WageTax > 0m);
    }

    [Fact]
    public void Calculate_LinesOfEachKind_InPolicyOrder_WithoutZeroLines()
    {
        var slip = Engine.Calculate(Input);

        Assert.Equal(
            [("BASE", PayslipLineKind.Earning, 10_000m), ("MEAL", PayslipLineKind.Earning, 300m), ("LATE", PayslipLineKind.Deduction, 100m),
             ("UNION", PayslipLineKind.Deduction, 50m), ("FUND", PayslipLineKind.EmployerContribution, 200m), ("DAILY", PayslipLineKind.Info, 459.77m)],
            slip.Lines.Take(6).Select(l => (l.Code, l.Kind, l.Amount)));
        Assert.Null(slip.Line("ZERO"));
        Assert.Equal(("Base", "MEAL"), (slip.Line("BASE")!.Name, slip.Line("MEAL")!.Name)); // the name defaults to the code
        Assert.Equal(500m, slip.Line("OTHER_EARNINGS")!.Amount);
        Assert.Equal(100m, slip.Line("TAX_FREE_INCOME")!.Amount);
        Assert.Equal(20m, slip.Line("POST_TAX_DEDUCTIONS")!.Amount);
        Assert.Equal(PayslipLineKind.Deduction, slip.Line("POST_TAX_DEDUCTIONS")!.Kind);
        Assert.Null(slip.Line("ANNUAL_BONUS"));
    }

    [Fact]
    public void Calculate_InfoLineWithoutRounding_ShowsTheFenButExplainsTheFullValue()
    {
        // 10 000 ÷ 21.75 = 459.770114942…: shown as 459.77, explained to six places (459.770115), not rounded.
        var daily = Engine.Calculate(Input).Line("DAILY")!;

        Assert.Equal(459.77m, daily.Amount);
        Assert.Equal("base_salary / 21.75 with base_salary=10000 = 459.770115. the daily wage", daily.Explanation);
        Assert.Equal(10_000m / 21.75m, daily.Details.Figures.Single(f => f.Key == "result").Value);
    }

    [Fact]
    public void Calculate_RoundedLine_ExplainsItsRounding()
    {
        var union = Engine.Calculate(Input).Line("UNION")!;

        Assert.Equal("round(base_salary * 0.005, 2) with base_salary=10000 = 50.00 (rounded to the fen)", union.Explanation);
        Assert.Equal([new("base_salary", 10_000m), new("result", 50m)], union.Details.Figures);
    }

    [Fact]
    public void Calculate_ComponentReadingATextAndAComponent_ExplainsBoth()
    {
        var policy = PayPolicyLoader.Parse("""
            { "name": "t", "tables": { "grade": { "A": 1.5 } }, "components": [
              { "code": "BASE", "kind": "earning", "formula": "base_salary" },
              { "code": "BONUS", "kind": "earning", "formula": "BASE * lookup('grade', performance_grade, 1) - BASE", "rounding": "yuan" } ] }
            """);
        var slip = new PayrollEngineBuilder().WithPolicy(policy).Build().Calculate(Input with
        {
            Performance = new PerformanceInput("A", 0m, 0m),
        });

        // 10 000 × 1.5 − 10 000 = 5 000; the text is quoted, BASE listed once.
        Assert.Equal("BASE * lookup('grade', performance_grade, 1) - BASE with BASE=10000, performance_grade='A' = 5000.00 (rounded to the yuan)",
            slip.Line("BONUS")!.Explanation);
        Assert.Equal([new("BASE", 10_000m), new("result", 5_000m)], slip.Line("BONUS")!.Details.Figures);
    }

    [Fact]
    public void Calculate_TextNotGiven_IsExplainedAsEmpty()
    {
        var policy = PayPolicyLoader.Parse("""
            { "name": "t", "components": [ { "code": "A", "kind": "earning", "formula": "department == 'ops' ? 1 : 2" } ] }
            """);

        var line = new PayrollEngineBuilder().WithPolicy(policy).Build().Calculate(Input).Line("A")!;

        Assert.Equal("department == 'ops' ? 1 : 2 with department='' = 2.00 (rounded to the fen)", line.Explanation);
    }

    [Fact]
    public void Calculate_TaxFreeEarning_IsLeftOutOfTheTaxableIncome()
    {
        // The same 300 taxed or not: January's cumulative withholding in the 3 % band (taxable income here is about
        // 10 700 − contributions − 5 000, far below 36 000), so taxing it costs 300 × 3 % = 9.00 more.
        var taxable = new PayrollEngineBuilder().WithPolicy(Policy(mealTaxFree: false)).Build().Calculate(Input);
        var taxFree = Engine.Calculate(Input);

        Assert.Equal(9m, taxable.WageTax - taxFree.WageTax);
        Assert.Equal(taxable.GrossPay, taxFree.GrossPay);
    }

    [Fact]
    public void Calculate_TaxFreeIncomeInput_IsLeftOutOfTheTaxableIncome_OtherEarningsAreNot()
    {
        // Moving 100 from otherEarnings to taxFreeIncome lowers the 3 % withholding by 3.00 at the same gross.
        var asOther = Engine.Calculate(Input with { OtherEarnings = 600m, TaxFreeIncome = 0m });
        var asTaxFree = Engine.Calculate(Input);

        Assert.Equal(3m, asOther.WageTax - asTaxFree.WageTax);
        Assert.Equal(asOther.GrossPay, asTaxFree.GrossPay);
    }

    [Fact]
    public void CalculateSummary_SameTotalsAsThePayslip()
    {
        var slip = Engine.Calculate(Input);
        var summary = Engine.CalculateSummary(Input);

        Assert.Equal((slip.GrossPay, slip.NetPay, slip.EmployerCost, slip.PostTaxDeductions, slip.WageTax, slip.EmployeeContributions),
            (summary.GrossPay, summary.NetPay, summary.EmployerCost, summary.PostTaxDeductions, summary.WageTax, summary.EmployeeContributions));
        Assert.Equal(("E1", new YearMonth(2026, 1), "CN"), (summary.EmployeeId, summary.Period, summary.Jurisdiction));
    }

    [Fact]
    public void Calculate_PayslipCarriesTheRecordsIdentity()
    {
        var slip = Engine.Calculate(Input with { Name = "Li Lei", Department = "ops" });

        Assert.Equal(("E1", "Li Lei", "ops", new YearMonth(2026, 1), "CN"), (slip.EmployeeId, slip.Name, slip.Department, slip.Period, slip.Jurisdiction));
    }

    [Fact]
    public void Calculate_NullInput_IsAnArgumentError()
    {
        Assert.Throws<ArgumentNullException>(() => Engine.Calculate(null!));
        Assert.Throws<ArgumentNullException>(() => Engine.CalculateSummary(null!));
    }

    [Fact]
    public void PolicyFor_KnownAndUnknownJurisdiction()
    {
        Assert.Same(Engine.Policy, Engine.PolicyFor("cn"));
        var ex = Assert.Throws<ArgumentException>(() => Engine.PolicyFor("XX"));
        Assert.StartsWith("No jurisdiction pack 'XX' is registered (known: CN", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Engine.PolicyFor(null!));
    }

    [Fact]
    public void Calculate_UnknownJurisdiction_NamesTheField()
    {
        var ex = Assert.Throws<PayrollInputException>(() => Engine.Calculate(Input with { Jurisdiction = "XX" }));

        Assert.Equal("jurisdiction", ex.Field);
        Assert.Equal("'XX' has no jurisdiction pack in this engine (known: CN, GB, HK, SG); register one with PayrollEngineBuilder.WithJurisdiction (docs/jurisdictions.md).", ex.Problem);
    }

    [Fact]
    public void Calculate_JurisdictionInAnyCase_IsTheDefaultPack()
    {
        Assert.Equal(Engine.Calculate(Input).NetPay, Engine.Calculate(Input with { Jurisdiction = "cn" }).NetPay);
    }

    [Theory]
    [InlineData("1000000000000", "1000000000000")]
    [InlineData("0 - 1000000000000", "-1000000000000")]
    public void Calculate_FormulaAtTheBound_IsPaid(string formula, string expected)
    {
        // PayrollLimits.MaxFormulaValue = 10^12 either way; an info line, so no gross check applies.
        var policy = PayPolicyLoader.Parse($$"""
            { "name": "t", "components": [ { "code": "BASE", "kind": "earning", "formula": "base_salary" },
              { "code": "X", "kind": "info", "formula": "{{formula}}" } ] }
            """);

        var slip = new PayrollEngineBuilder().WithPolicy(policy).Build().Calculate(Input);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), slip.Line("X")!.Amount);
    }

    [Theory]
    [InlineData("1000000000000 + 0.01", "1000000000000.01")]
    [InlineData("0 - 1000000000000 - 0.01", "-1000000000000.01")]
    public void Calculate_FormulaOneFenBeyondTheBound_IsRefusedNamingTheComponent(string formula, string shown)
    {
        var policy = PayPolicyLoader.Parse($$"""
            { "name": "t", "components": [ { "code": "BASE", "kind": "earning", "formula": "base_salary" },
              { "code": "X", "kind": "info", "formula": "{{formula}}" } ] }
            """);

        var ex = Assert.Throws<PayrollInputException>(() => new PayrollEngineBuilder().WithPolicy(policy).Build().Calculate(Input));

        Assert.Equal(("X", $"formula \"{formula}\" gives {shown}, outside ±1000000000000 (docs/payroll-policy.md#bounds); check the inputs it reads."),
            (ex.Field, ex.Problem));
    }

    [Fact]
    public void Calculate_FormulaFailing_NamesFormulaAndReason()
    {
        var policy = PayPolicyLoader.Parse("""
            { "name": "t", "components": [ { "code": "RATE", "kind": "earning", "formula": "base_salary / late_count" } ] }
            """);

        var ex = Assert.Throws<PayrollInputException>(() => new PayrollEngineBuilder().WithPolicy(policy).Build().Calculate(Input with { Attendance = new AttendanceInput(22m, 22m, 0m, 0, 0) }));

        Assert.Equal(("RATE", "formula \"base_salary / late_count\" failed: division by zero."), (ex.Field, ex.Problem));
    }

    // The parser's nodes turn overflow and division by zero into their own errors; an arithmetic failure from any other
    // node (the engine's last line of defence) is still an input error naming the formula, not an exception.
    [Fact]
    public void EvaluateFormula_ArithmeticFailureFromANode_NamesFormulaAndReason()
    {
        var formula = new CompiledFormula("a * b", new ThrowingNode(new OverflowException("the product is too large")), []);

        var ex = Assert.Throws<PayrollInputException>(() => PayrollEngine.EvaluateFormula("E7", "X", formula, new FormulaScope([], [])));

        Assert.Equal(("E7", "X", "formula \"a * b\" failed: the product is too large"), (ex.EmployeeId, ex.Field, ex.Problem));
    }

    private sealed class ThrowingNode(Exception exception) : FormulaNode
    {
        public override FormulaType Type => FormulaType.Number;

        public override decimal Number(in FormulaScope scope) => throw exception;
    }

    [Fact]
    public void Calculate_NegativeGross_NamesTheMostNegativeComponent()
    {
        // 10 000 − 15 000 − 12 000 = −17 000; the earning that pulls hardest is CLAW_A (−15 000), named with the gross.
        var policy = PayPolicyLoader.Parse("""
            { "name": "t", "components": [
              { "code": "BASE", "kind": "earning", "formula": "base_salary" },
              { "code": "CLAW_B", "kind": "earning", "formula": "0 - 1.2 * base_salary" },
              { "code": "CLAW_A", "kind": "earning", "formula": "0 - 1.5 * base_salary" },
              { "code": "LATE", "kind": "deduction", "formula": "late_count * 50" } ] }
            """);

        var ex = Assert.Throws<PayrollInputException>(() => new PayrollEngineBuilder().WithPolicy(policy).Build().Calculate(Input));

        Assert.Equal(("CLAW_A", "gives -15000.00, which leaves the month's pay from the policy at -17000.00; a payslip cannot pay less than nothing — check the formula and the inputs it reads."),
            (ex.Field, ex.Problem));
    }

    [Fact]
    public void Calculate_DeductionsEqualToEarnings_LeaveZeroGrossUncapped()
    {
        // 10 000 of pay, 10 000 deducted: gross 0, the deduction shown in full (nothing to cap), no refusal.
        var policy = PayPolicyLoader.Parse("""
            { "name": "t", "components": [
              { "code": "BASE", "kind": "earning", "formula": "base_salary" },
              { "code": "ALL", "kind": "deduction", "formula": "base_salary" } ] }
            """);

        var slip = new PayrollEngineBuilder().WithPolicy(policy).Build().Calculate(Input with { OtherEarnings = 0m, TaxFreeIncome = 0m });

        Assert.Equal(0m, slip.GrossPay);
        Assert.Equal(10_000m, slip.Line("ALL")!.Amount);
        Assert.DoesNotContain("Capped", slip.Line("ALL")!.Explanation, StringComparison.Ordinal);
    }
}
