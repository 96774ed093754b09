using HrKit.Payroll.Jurisdictions.UnitedKingdom;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.UnitedKingdom;

/// <summary>
/// PAYE at the edges of the Specification for PAYE Tax Table Routines: the last cumulative period of the year, the
/// extra tax weeks, the K code's regulatory limit reached exactly, and the bounds of every amount. 2025-26 figures
/// (1257L: free pay £1 048.26 a month, £241.92 a week; basic rate 20 % to £37 700), hand-computed in each comment.
/// </summary>
public sealed class PayeCalculatorBoundaryTests
{
    private static readonly UkTaxYearParameters TaxYear2025 = UkParameters.BuiltIn.ForDate(new LocalDate(2025, 4, 6));

    private static readonly decimal Max = PayrollLimits.MaxYearToDateAmount;

    // Month 12 is still cumulative: £11 000 earlier (free pay to month 11 is 11 530.86, so no tax so far), £2 000 now:
    // free pay to date 1 048.26 × 12 = 12 579.12; taxable 13 000 − 12 579.12 = 420.88 → £420 × 20 % = £84.00.
    // (On the month 1 basis it would be (2 000 − 1 048.26 → £951) × 20 % = £190.20.)
    [Fact]
    public void Calculate_Month12_IsCumulative()
    {
        var result = PayeCalculator.Calculate(TaxYear2025, new PayeInput(TaxCode.Parse("1257L"), UkPayFrequency.Monthly, 12, 2_000m, 11_000m, 0m));

        Assert.Equal(12, result.Periods);
        Assert.Equal(420m, result.TaxablePay);
        Assert.Equal(84.00m, result.Tax);
    }

    // A host's parameter file may give a region fewer bands than the built-in years. With the basic and higher rate
    // bands only, D0 is the higher rate (£1 000 → £1 000 × 40 % = £400.00) and D1, one band past the last, is refused
    // as an input error naming the tax code, not an index out of range.
    [Fact]
    public void Calculate_DCodePastTheRegionsLastBand_RefusedNamingTheTaxCode()
    {
        var england = TaxYear2025.IncomeTax.For(TaxRegion.RestOfUk);
        var twoBands = england with { Bands = england.Bands[..2] };
        var parameters = TaxYear2025 with
        {
            IncomeTax = TaxYear2025.IncomeTax with { Regions = TaxYear2025.IncomeTax.Regions.SetItem(TaxRegion.RestOfUk, twoBands) },
        };

        var higher = PayeCalculator.Calculate(parameters, new PayeInput(TaxCode.Parse("D0"), UkPayFrequency.Monthly, 1, 1_000m, 0m, 0m));
        var error = Assert.Throws<PayrollInputException>(() => PayeCalculator.Calculate(parameters, new PayeInput(TaxCode.Parse("D1"), UkPayFrequency.Monthly, 1, 1_000m, 0m, 0m)));

        Assert.Equal(400.00m, higher.Tax);
        Assert.Equal("taxCode", error.Field);
        Assert.Contains("D1", error.Message, StringComparison.Ordinal);
    }

    // Week 52 likewise: £12 240 over weeks 1–51 (free pay to week 51 is 12 337.92: no tax), £760 now: free pay
    // 241.92 × 52 = 12 579.84; taxable 13 000 − 12 579.84 = 420.16 → £420 × 20 % = £84.00 (week 1 basis: £103.60).
    [Fact]
    public void Calculate_Week52_IsCumulative()
    {
        var result = PayeCalculator.Calculate(TaxYear2025, new PayeInput(TaxCode.Parse("1257L"), UkPayFrequency.Weekly, 52, 760m, 12_240m, 0m));

        Assert.Equal(52, result.Periods);
        Assert.Equal(84.00m, result.Tax);
    }

    // Weeks 54 and 56 (the last payday of a year paid two- or four-weekly) exist and are on the week 1 basis:
    // £500 − 241.92 → £258 × 20 % = £51.60 whatever was paid before.
    [Theory]
    [InlineData(54)]
    [InlineData(56)]
    public void Calculate_Week54And56_Week1Basis(int week)
    {
        var result = PayeCalculator.Calculate(TaxYear2025, new PayeInput(TaxCode.Parse("1257L"), UkPayFrequency.Weekly, week, 500m, 20_000m, 3_000m));

        Assert.Equal(1, result.Periods);
        Assert.Equal(51.60m, result.Tax);
    }

    // K500 month 1: additional pay (5 000 + 9) ÷ 12 ↑ 417.42. Pay £278: taxable 695.42 → £695 × 20 % = £139.00, and the
    // limit is 50 % × 278 = £139.00: tax equal to the limit is not limited. Pay £277.99: taxable still £695 (£139.00),
    // limit 138.995 ↓ £138.99: limited.
    [Theory]
    [InlineData(278.00, 139.00, false)]
    [InlineData(277.99, 138.99, true)]
    public void Calculate_KCodeTaxAtTheLimit_LimitedOnlyAbove(decimal pay, decimal tax, bool limited)
    {
        var result = PayeCalculator.Calculate(TaxYear2025, new PayeInput(TaxCode.Parse("K500"), UkPayFrequency.Monthly, 1, pay));

        Assert.Equal(139.00m, result.TaxDue);
        Assert.Equal(tax, result.Tax);
        Assert.Equal(limited, result.RegulatoryLimitApplied);
    }

    // Tax paid to date may be negative (refunds) down to −MaxYearToDateAmount: NT month 2 on no pay after that refund
    // gives the whole amount back as tax (0 due − (−max)).
    [Fact]
    public void Calculate_TaxPaidAtNegativeBound_Accepted()
    {
        var result = PayeCalculator.Calculate(TaxYear2025, new PayeInput(TaxCode.Parse("NT"), UkPayFrequency.Monthly, 2, 0m, 0m, -Max));

        Assert.Equal(Max, result.Tax);
        Assert.Equal(0m, result.TaxToDate);
    }

    // One penny beyond each bound is refused naming the field.
    [Theory]
    [InlineData("pay")]
    [InlineData("yearToDate.taxablePay")]
    [InlineData("yearToDate.taxPaid")]
    [InlineData("yearToDate.taxPaid-")]
    public void Calculate_AmountBeyondBound_ThrowsNamingIt(string which)
    {
        var beyond = Max + 0.01m;
        var input = new PayeInput(TaxCode.Parse("1257L"), UkPayFrequency.Monthly, 2,
            which == "pay" ? beyond : 0m,
            which == "yearToDate.taxablePay" ? beyond : 0m,
            which == "yearToDate.taxPaid" ? beyond : which == "yearToDate.taxPaid-" ? -beyond : 0m);

        var ex = Assert.Throws<PayrollInputException>(() => PayeCalculator.Calculate(TaxYear2025, input));

        Assert.Equal(which.TrimEnd('-'), ex.Field);
    }

    // Pay and pay to date exactly at the bound are accepted (0T month 2: everything taxable).
    [Fact]
    public void Calculate_PayAndPayToDateAtBound_Accepted()
    {
        var result = PayeCalculator.Calculate(TaxYear2025, new PayeInput(TaxCode.Parse("BR"), UkPayFrequency.Monthly, 2, Max, Max, 0m));

        // BR: 20 % of the whole pay to date, 2 × 10^11 → 4 × 10^10.
        Assert.Equal(40_000_000_000m, result.Tax);
    }
}
