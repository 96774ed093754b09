using HrKit.Payroll.Jurisdictions.UnitedKingdom;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.UnitedKingdom;

/// <summary>
/// The overriding (regulatory) limit on K codes: tax deducted in a period never exceeds 50 % of that period's pay
/// (Income Tax (PAYE) Regulations 2003, reg. 2(1)); the shortfall is not carried as a debt but is recovered by the
/// cumulative calculation in later periods. HMRC's 2025-26 test data never reaches the limit, so these are
/// hand-computed with the specification's steps, shown in each comment.
/// </summary>
public sealed class PayeRegulatoryLimitTests
{
    private static readonly UkTaxYearParameters TaxYear = UkParameters.BuiltIn.ForDate(new LocalDate(2025, 6, 1));
    private static readonly TaxCode K1000 = TaxCode.Parse("K1000");

    // Month 1, pay £500. Additional pay: 1 × 416.67 + 5 009 ÷ 12 ↑ 417.42 = 834.09. Taxable 1 334.09 → £1 334 × 20 % = £266.80.
    // Limit 50 % × 500 = £250.00 < £266.80, so £250.00.
    [Fact]
    public void Calculate_KCodeTaxAboveHalfOfPay_DeductsHalfOfPay()
    {
        var result = PayeCalculator.Calculate(TaxYear, new PayeInput(K1000, UkPayFrequency.Monthly, 1, 500m));

        Assert.Equal(266.80m, result.TaxDue);
        Assert.Equal(250.00m, result.Tax);
        Assert.True(result.RegulatoryLimitApplied);
        Assert.Equal(250.00m, result.TaxToDate);
    }

    // Month 2, pay £500 (to date £1 000, paid £250). Additional 2 × 834.09 = 1 668.18; taxable £2 668 × 20 % = £533.60;
    // 533.60 − 250 = 283.60 > 250, so £250.00 again. Month 3, pay £3 000 (to date £4 000, paid £500): additional 2 502.27,
    // taxable £6 502; band limit 37 700 × 3/12 = 9 425, so £1 300.40 due; 1 300.40 − 500 = £800.40 ≤ £1 500: the
    // shortfall of months 1 and 2 is recovered.
    [Fact]
    public void Calculate_KCodeLimitedThenHigherPay_RecoversShortfallCumulatively()
    {
        var month2 = PayeCalculator.Calculate(TaxYear, new PayeInput(K1000, UkPayFrequency.Monthly, 2, 500m, 500m, 250m));
        var month3 = PayeCalculator.Calculate(TaxYear, new PayeInput(K1000, UkPayFrequency.Monthly, 3, 3_000m, month2.PayToDate, month2.TaxToDate));

        Assert.Equal(250.00m, month2.Tax);
        Assert.True(month2.RegulatoryLimitApplied);
        Assert.Equal(1_300.40m, month3.TaxDue);
        Assert.Equal(800.40m, month3.Tax);
        Assert.False(month3.RegulatoryLimitApplied);
    }

    // K5000 month 1, pay £895.01: additional 9 × 416.67 + 417.42 = 4 167.45; taxable £5 062: 3 141.666… × 20 % +
    // (5 062 − 3 141.666…) × 40 % = £1 396.46 due. Limit 50 % × 895.01 = 447.505, rounded down to £447.50.
    [Fact]
    public void Calculate_KCodeLimitOnOddPenny_RoundsLimitDown()
    {
        var result = PayeCalculator.Calculate(TaxYear, new PayeInput(TaxCode.Parse("K5000"), UkPayFrequency.Monthly, 1, 895.01m));

        Assert.Equal(1_396.46m, result.TaxDue);
        Assert.Equal(447.50m, result.Tax);
    }

    // The limit applies on the week 1/month 1 basis too: K1000 M1, pay £500 → £250.00 (same figures as month 1 above).
    [Fact]
    public void Calculate_KCodeMonth1Basis_AlsoLimited()
    {
        var result = PayeCalculator.Calculate(TaxYear, new PayeInput(TaxCode.Parse("K1000 M1"), UkPayFrequency.Monthly, 7, 500m, 9_000m, 1_000m));

        Assert.Equal(250.00m, result.Tax);
        Assert.Equal(1, result.Periods);
    }

    // A suffix code is never limited: 0T month 1 on £100: £100 × 20 % = £20 (no 50 % test).
    [Fact]
    public void Calculate_SuffixCode_NeverLimited()
    {
        var result = PayeCalculator.Calculate(TaxYear, new PayeInput(TaxCode.Parse("0T"), UkPayFrequency.Monthly, 1, 100m));

        Assert.Equal(20m, result.Tax);
        Assert.False(result.RegulatoryLimitApplied);
    }
}
