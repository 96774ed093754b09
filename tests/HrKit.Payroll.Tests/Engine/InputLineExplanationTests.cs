using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Engine;

/// <summary>
/// The lines an input carries directly (other earnings, tax-free income, the annual bonus, post-tax deductions): each
/// with its amount and its fixed explanation, none when the amount is 0; the annual bonus of a pack without China's two
/// tax methods is explained by the engine's own text.
/// </summary>
public sealed class InputLineExplanationTests
{
    // Hong Kong, April 2025: HK$20 000 salary with every directly carried amount. Computed in each test, not once in a
    // static field, so that a mutation tool sees which tests reach the engine's lines.
    private static Payslip HongKong() => SampleInputs.StandardEngine.Calculate(new EmployeeMonthInput
    {
        EmployeeId = "HK9",
        Jurisdiction = "HK",
        Period = new YearMonth(2025, 4),
        BaseSalary = 20_000m,
        OtherEarnings = 300m,
        TaxFreeIncome = 200m,
        AnnualBonus = 10_000m,
        PostTaxDeductions = 50m,
    });

    [Theory]
    [InlineData("OTHER_EARNINGS", "Other earnings", 300, "Taxable earnings reported by the host (otherEarnings).")]
    [InlineData("TAX_FREE_INCOME", "Tax-free income", 200, "Tax-free income reported by the host (taxFreeIncome); counted as income and as 免税收入.")]
    [InlineData("ANNUAL_BONUS", "Annual one-time bonus", 10_000, "Annual one-time bonus reported by the host (annualBonus).")]
    [InlineData("POST_TAX_DEDUCTIONS", "Post-tax deductions", 50, "Deductions from net pay reported by the host (postTaxDeductions).")]
    public void Calculate_AmountCarriedByTheInput_ItsLineAndFixedText(string code, string name, decimal amount, string explanation)
    {
        var line = HongKong().Line(code)!;

        Assert.Equal(name, line.Name);
        Assert.Equal(amount, line.Amount);
        Assert.Equal(explanation, line.Explanation);
        Assert.Equal(LineExplanationKind.Text, line.Details.Kind);
    }

    [Fact]
    public void Calculate_AmountsCarriedByTheInput_InGrossAndNet()
    {
        // Gross 20 000 + 300 + 200 + 10 000 = 30 500; net = gross − MPF − post-tax 50.
        var slip = HongKong();
        Assert.Equal(30_500m, slip.GrossPay);
        Assert.Equal(50m, slip.PostTaxDeductions);
        Assert.Equal(30_500m - slip.EmployeeContributions - slip.WageTax - slip.BonusTax - 50m, slip.NetPay);
    }

    [Theory]
    [InlineData("OTHER_EARNINGS")]
    [InlineData("TAX_FREE_INCOME")]
    [InlineData("ANNUAL_BONUS")]
    [InlineData("POST_TAX_DEDUCTIONS")]
    public void Calculate_AmountZero_NoLine(string code) =>
        Assert.Null(SampleInputs.StandardEngine.Calculate(SampleInputs.Valid).Line(code));
}
