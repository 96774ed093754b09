using HrKit.Payroll.Jurisdictions.UnitedKingdom;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.UnitedKingdom;

/// <summary>Period rules of the Specification for PAYE Tax Table Routines, hand-computed.</summary>
public sealed class PayeBasisTests
{
    private static readonly UkTaxYearParameters TaxYear2025 = UkParameters.BuiltIn.ForDate(new LocalDate(2025, 4, 6));
    private static readonly UkTaxYearParameters TaxYear2024 = UkParameters.BuiltIn.ForDate(new LocalDate(2024, 4, 6));

    // Week 53 is taxed on the week 1 basis whatever the code's basis: 1257L, pay £500: free pay 241.92, taxable £258 × 20 % = £51.60,
    // no matter the £20 000 and £3 000 already to date.
    [Fact]
    public void Calculate_Week53_UsesWeek1Basis()
    {
        var result = PayeCalculator.Calculate(TaxYear2025, new PayeInput(TaxCode.Parse("1257L"), UkPayFrequency.Weekly, 53, 500m, 20_000m, 3_000m));

        Assert.Equal(1, result.Periods);
        Assert.Equal(258m, result.TaxablePay);
        Assert.Equal(51.60m, result.Tax);
        Assert.Equal(3_051.60m, result.TaxToDate);
    }

    // Cumulative refund: 1257L month 2, no pay this month, £2 000 paid in month 1 with £190.40 tax.
    // Free pay to date 2 096.52 > 2 000, taxable £0, due £0, so £190.40 is refunded.
    [Fact]
    public void Calculate_CumulativeWithFreePayAbovePayToDate_RefundsTaxPaid()
    {
        var result = PayeCalculator.Calculate(TaxYear2025, new PayeInput(TaxCode.Parse("1257L"), UkPayFrequency.Monthly, 2, 0m, 2_000m, 190.40m));

        Assert.Equal(0m, result.TaxablePay);
        Assert.Equal(-190.40m, result.Tax);
        Assert.Equal(0m, result.TaxToDate);
    }

    // Month 1 basis never refunds: the same case on 1257L M1 deducts £0.
    [Fact]
    public void Calculate_Month1Basis_NeverRefunds()
    {
        var result = PayeCalculator.Calculate(TaxYear2025, new PayeInput(TaxCode.Parse("1257L M1"), UkPayFrequency.Monthly, 2, 0m, 2_000m, 190.40m));

        Assert.Equal(0m, result.Tax);
    }

    // 2024-25, Scottish S1257L month 1, pay £3 000 (bands: HMRC, Rates and thresholds for employers 2024 to 2025):
    // free pay 1 048.26, taxable £1 951. Limits ÷ 12: starter 2 306, basic 13 991. Tax = (2 306 × 19 % + 11 685 × 20 %) ÷ 12 +
    // (1 951 − 13 991 ÷ 12) × 21 % = (438.14 + 2 337) ÷ 12 + 785.0833… × 21 % = 231.261666… + 164.8675 = 396.129… → £396.12.
    [Fact]
    public void Calculate_Scottish2024To25Month1_UsesThatYearsBands()
    {
        var result = PayeCalculator.Calculate(TaxYear2024, new PayeInput(TaxCode.Parse("S1257L"), UkPayFrequency.Monthly, 1, 3_000m));

        Assert.Equal("2024-25", TaxYear2024.TaxYear);
        Assert.Equal(1_951m, result.TaxablePay);
        Assert.Equal(396.12m, result.Tax);
    }

    // The same pay on 2025-26 Scottish bands (starter 2 827, basic 14 921): (537.13 + 2 418.80) ÷ 12 + (1 951 − 1 243.4166…) × 21 %
    // = 246.3275 + 148.5925 = £394.92.
    [Fact]
    public void Calculate_Scottish2025To26Month1_UsesThatYearsBands()
    {
        var result = PayeCalculator.Calculate(TaxYear2025, new PayeInput(TaxCode.Parse("S1257L"), UkPayFrequency.Monthly, 1, 3_000m));

        Assert.Equal(394.92m, result.Tax);
    }

    [Theory]
    [InlineData(UkPayFrequency.Monthly, 0)]
    [InlineData(UkPayFrequency.Monthly, 13)]
    [InlineData(UkPayFrequency.Weekly, 55)]
    [InlineData(UkPayFrequency.Weekly, 57)]
    public void Calculate_PeriodOutsideTaxYear_ThrowsNamingPeriod(UkPayFrequency frequency, int period)
    {
        var ex = Assert.Throws<PayrollInputException>(() =>
            PayeCalculator.Calculate(TaxYear2025, new PayeInput(TaxCode.Parse("1257L"), frequency, period, 1_000m)));

        Assert.Equal("period", ex.Field);
    }

    [Fact]
    public void Calculate_NegativePay_ThrowsNamingPay()
    {
        var ex = Assert.Throws<PayrollInputException>(() =>
            PayeCalculator.Calculate(TaxYear2025, new PayeInput(TaxCode.Parse("1257L"), UkPayFrequency.Monthly, 1, -1m)));

        Assert.Equal("pay", ex.Field);
    }

    [Fact]
    public void Calculate_LargestAmounts_DoNotOverflow()
    {
        var max = PayrollLimits.MaxYearToDateAmount;
        var result = PayeCalculator.Calculate(TaxYear2025, new PayeInput(TaxCode.Parse("SK99999"), UkPayFrequency.Weekly, 52, max, max, max));

        Assert.True(result.TaxDue > 0m);
    }
}
