using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using NodaTime;

namespace HrKit.Payroll.Tests.Engine;

/// <summary>
/// A policy component's line: its amount as its rounding rule leaves it, and the rule named in its explanation. Base
/// salary 10 000: 10 000 / 7 = 1 428.571…, 10 000 / 9 = 1 111.111…, 10 000 / 21.75 = 459.770…, 10 000 / 3 = 3 333.333….
/// </summary>
public sealed class ComponentLineTests
{
    private static readonly Payslip Slip = new PayrollEngineBuilder().WithPolicy(PayPolicyLoader.Parse("""
        { "name": "roundings", "components": [
          { "code": "BASE", "kind": "earning", "formula": "base_salary" },
          { "code": "JIAO", "kind": "info", "formula": "base_salary / 7", "rounding": "jiao" },
          { "code": "YUAN", "kind": "info", "formula": "base_salary / 7", "rounding": "yuan" },
          { "code": "YUAN_UP", "kind": "info", "formula": "base_salary / 9", "rounding": "yuanUp" },
          { "code": "DAILY", "kind": "info", "formula": "base_salary / 21.75" },
          { "code": "THIRD", "kind": "employerCost", "formula": "base_salary / 3", "rounding": "none" } ] }
        """)).Build().Calculate(SampleInputs.Valid);

    [Theory]
    [InlineData("JIAO", "1428.6", "base_salary / 7 with base_salary=10000 = 1428.60 (rounded to the jiao)")]
    [InlineData("YUAN", "1429", "base_salary / 7 with base_salary=10000 = 1429.00 (rounded to the yuan)")]
    [InlineData("YUAN_UP", "1112", "base_salary / 9 with base_salary=10000 = 1112.00 (rounded up to the yuan)")]
    public void Calculate_RoundedComponent_AmountAndRuleNamed(string code, string amount, string explanation)
    {
        var line = Slip.Line(code)!;

        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), line.Amount);
        Assert.Equal(explanation, line.Explanation);
    }

    [Fact]
    public void Calculate_UnroundedInfoFigure_ShownToTheFen()
    {
        // 459.770114… shown as 459.77; formulas reading DAILY still see every digit.
        Assert.Equal(459.77m, Slip.Line("DAILY")!.Amount);
    }

    [Fact]
    public void Calculate_UnroundedMoneyComponent_ShownAsComputed()
    {
        // "none" on a component that moves money is the policy's choice: the line shows what is paid, 10 000 / 3 to
        // 28 digits, not a fen figure that would disagree with the employer cost.
        Assert.Equal(10_000m / 3m, Slip.Line("THIRD")!.Amount);
        Assert.NotEqual(3_333.33m, Slip.Line("THIRD")!.Amount);
    }
}
