using HrKit.Payroll.Jurisdictions.China;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

public sealed class NonWageIncomeWithholdingTests
{
    // 个人所得税预扣率表二 as published (国家税务总局公告2018年第61号 附件), rebuilt from the bands in china-parameters.json.
    [Theory]
    [InlineData(20_000, 0.20, 0)]
    [InlineData(50_000, 0.30, 2_000)]
    public void LabourRemunerationPrepayment_FromDataFile_HasThePublishedRow(decimal upTo, decimal rate, decimal quickDeduction)
    {
        Assert.Contains(new TaxBracket(upTo, rate, quickDeduction), TaxTable.LabourRemunerationPrepayment.Brackets);
        Assert.Equal(new TaxBracket(decimal.MaxValue, 0.40m, 7_000m), TaxTable.LabourRemunerationPrepayment.Brackets[^1]);
        Assert.Equal(3, TaxTable.LabourRemunerationPrepayment.Brackets.Length);
    }

    // 国家税务总局公告2018年第61号 art. 8 with 预扣率表二; each case computed by hand in the comment.
    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(500, 0, 0)]              // below 800: the expense deduction takes it all
    [InlineData(800, 0, 0)]              // 800 − 800 = 0
    [InlineData(2_000, 1_200, 240)]      // 61号解读: 2 000 − 800 = 1 200; × 20 % = 240
    [InlineData(4_000, 3_200, 640)]      // last payment with the fixed 800: 3 200 × 20 %
    [InlineData(4_000.01, 3_200.01, 640)] // first with 20 %: 4 000.01 × 0.8 = 3 200.008 → 3 200.01; × 20 % = 640.002 → 640.00
    [InlineData(25_000, 20_000, 4_000)]  // top of the 20 % row: 20 000 × 20 %
    [InlineData(30_000, 24_000, 5_200)]  // 24 000 × 30 % − 2 000 (issue 13: wages treatment gave 750)
    [InlineData(62_500, 50_000, 13_000)] // top of the 30 % row: 50 000 × 30 % − 2 000
    [InlineData(100_000, 80_000, 25_000)] // 80 000 × 40 % − 7 000
    public void Calculate_LabourRemuneration_UsesTableTwo(decimal payment, decimal income, decimal tax)
    {
        var result = NonWageIncomeWithholding.Calculate(NonWageIncomeKind.LabourRemuneration, payment);

        Assert.Equal(income, result.IncomeAmount);
        Assert.Equal(tax, result.Tax);
        Assert.Equal(payment - tax, result.NetPayment);
    }

    [Theory]
    [InlineData(40_000, 22_400, 4_480)]  // 61号解读: (40 000 − 8 000) × 70 % = 22 400; × 20 % = 4 480
    [InlineData(2_000, 840, 168)]        // (2 000 − 800) × 70 % = 840; × 20 %
    [InlineData(800, 0, 0)]
    [InlineData(5_000, 2_800, 560)]      // (5 000 − 1 000) × 70 % = 2 800; × 20 %
    public void Calculate_AuthorRemuneration_CountsSeventyPercent(decimal payment, decimal income, decimal tax)
    {
        var result = NonWageIncomeWithholding.Calculate(NonWageIncomeKind.AuthorRemuneration, payment);

        Assert.Equal(income, result.IncomeAmount);
        Assert.Equal(tax, result.Tax);
        Assert.Equal(0.20m, result.Rate);
    }

    [Theory]
    [InlineData(3_000, 2_200, 440)]      // 3 000 − 800; × 20 %
    [InlineData(100_000, 80_000, 16_000)] // flat 20 %, no progressive rows
    public void Calculate_Royalties_FlatTwentyPercent(decimal payment, decimal income, decimal tax)
    {
        var result = NonWageIncomeWithholding.Calculate(NonWageIncomeKind.Royalties, payment);

        Assert.Equal(income, result.IncomeAmount);
        Assert.Equal(tax, result.Tax);
        Assert.Equal(0m, result.QuickDeduction);
    }

    [Fact]
    public void Calculate_HalfFen_RoundsAwayFromZero()
    {
        // 12 345.67 × 0.8 = 9 876.536 → 9 876.54; × 20 % = 1 975.308 → 1 975.31
        var result = NonWageIncomeWithholding.Calculate(NonWageIncomeKind.Royalties, 12_345.67m);

        Assert.Equal(9_876.54m, result.IncomeAmount);
        Assert.Equal(1_975.31m, result.Tax);
        Assert.Equal(2_469.13m, result.ExpenseDeduction);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1_000_000_000.01)]
    public void Calculate_PaymentOutOfBounds_ThrowsNamingPayment(decimal payment)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => NonWageIncomeWithholding.Calculate(NonWageIncomeKind.LabourRemuneration, payment));
        Assert.Equal("payment", ex.ParamName);
    }

    [Fact]
    public void Calculate_UnknownKind_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NonWageIncomeWithholding.Calculate((NonWageIncomeKind)7, 1_000m));
    }

    // The largest payment accepted, PayrollLimits.MaxAmount (10^9): labour remuneration 10^9 × 80 % = 800 000 000 →
    // 40 % − 7 000 = 319 993 000; author's remuneration 10^9 × 80 % × 70 % = 560 000 000 → 20 % = 112 000 000.
    [Theory]
    [InlineData(NonWageIncomeKind.LabourRemuneration, 800_000_000, 319_993_000)]
    [InlineData(NonWageIncomeKind.AuthorRemuneration, 560_000_000, 112_000_000)]
    public void Calculate_PaymentAtTheBound_Accepted(NonWageIncomeKind kind, decimal income, decimal tax)
    {
        var result = NonWageIncomeWithholding.Calculate(kind, PayrollLimits.MaxAmount);

        Assert.Equal((income, tax), (result.IncomeAmount, result.Tax));
    }

    // The error names the item in the law's words and the range.
    [Fact]
    public void Calculate_RoyaltiesOutOfBounds_MessageNamesItemAndRange()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => NonWageIncomeWithholding.Calculate(NonWageIncomeKind.Royalties, -1m));

        Assert.Contains("特许权使用费 (royalties) payment must lie between 0 and 1000000000 yuan", ex.Message, StringComparison.Ordinal);
    }

    // 个人所得税法 art. 2: 劳务报酬所得, 稿酬所得, 特许权使用费所得.
    [Theory]
    [InlineData(NonWageIncomeKind.LabourRemuneration, "劳务报酬")]
    [InlineData(NonWageIncomeKind.AuthorRemuneration, "稿酬")]
    [InlineData(NonWageIncomeKind.Royalties, "特许权使用费")]
    public void Describe_Kind_TheLawsName(NonWageIncomeKind kind, string name) =>
        Assert.StartsWith(name + " (", NonWageIncomeWithholding.Describe(kind), StringComparison.Ordinal);

    [Fact]
    public void Calculate_UnknownKind_SaysWhichKindsExist()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => NonWageIncomeWithholding.Calculate((NonWageIncomeKind)7, 1_000m));

        Assert.Equal("kind", ex.ParamName);
        Assert.Contains("LabourRemuneration, AuthorRemuneration or Royalties", ex.Message, StringComparison.Ordinal);
    }
}
