using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

/// <summary>
/// The two worked examples of 国家税务总局公告2018年第61号 (个人所得税扣缴申报管理办法（试行）, 第六条 解读), month by month.
/// Expected figures are the announcement's own for Jan–Mar and are extended by hand with the same formula:
/// cumulative taxable × rate − quick deduction − tax already withheld.
/// </summary>
public sealed class CumulativeWithholdingTests
{
    // Example 1: 10 000/month, SI+HF 1 500, child education 1 000. Taxable grows by 2 500 a month and stays in the
    // 3 % row all year, so every month is 2 500 × 3 % = 75.
    [Theory]
    [InlineData(1, 75.00, 2_500)]
    [InlineData(2, 75.00, 5_000)]
    [InlineData(3, 75.00, 7_500)]
    [InlineData(6, 75.00, 15_000)]
    [InlineData(12, 75.00, 30_000)]
    public void Calculate_Official2018No61Example1_Withholds75EveryMonth(int month, decimal expectedTax, decimal expectedTaxable)
    {
        var result = RunYear(10_000m, 1_500m, 1_000m)[month - 1];

        Assert.Equal(expectedTax, result.TaxThisMonth);
        Assert.Equal(expectedTaxable, result.CumulativeTaxableIncome);
    }

    // Example 2: 30 000/month, SI+HF 4 500, child education 1 000 + elderly support 1 000. Taxable grows by 18 500.
    // Jan 18 500×3% = 555; Feb 37 000×10%−2 520−555 = 625; Mar 55 500×10%−2 520−1 180 = 1 850 (the announcement's figures).
    // Apr–Jul stay in the 10 % row: 1 850 each. Aug 148 000×20%−16 920−10 430 = 2 250. Sep–Dec: 18 500×20% = 3 700.
    [Theory]
    [InlineData(1, 555.00)]
    [InlineData(2, 625.00)]
    [InlineData(3, 1_850.00)]
    [InlineData(4, 1_850.00)]
    [InlineData(5, 1_850.00)]
    [InlineData(6, 1_850.00)]
    [InlineData(7, 1_850.00)]
    [InlineData(8, 2_250.00)]
    [InlineData(9, 3_700.00)]
    [InlineData(10, 3_700.00)]
    [InlineData(11, 3_700.00)]
    [InlineData(12, 3_700.00)]
    public void Calculate_Official2018No61Example2_MatchesMonthByMonth(int month, decimal expectedTax)
    {
        var result = RunYear(30_000m, 4_500m, 2_000m)[month - 1];

        Assert.Equal(expectedTax, result.TaxThisMonth);
    }

    [Fact]
    public void Calculate_Official2018No61Example2_YearTotalEqualsAnnualTaxOnAnnualIncome()
    {
        var december = RunYear(30_000m, 4_500m, 2_000m)[11];

        // 222 000 × 20 % − 16 920 = 27 480: withholding over the year equals the annual table on the year's income.
        Assert.Equal(222_000m, december.YearToDate.TaxableIncome);
        Assert.Equal(27_480m, december.YearToDate.TaxWithheld);
        Assert.Equal(60_000m, december.YearToDate.BasicDeduction);
    }

    [Fact]
    public void Calculate_IncomeFallsAfterHighMonth_WithholdsZeroAndDoesNotRefund()
    {
        var jan = CumulativeWithholding.Calculate(new YearMonth(2026, 1), TaxYearToDate.Empty, new(50_000m, 0, 0, 0, 0));
        var feb = CumulativeWithholding.Calculate(new YearMonth(2026, 2), jan.YearToDate, new(0m, 0, 0, 0, 0));

        // Jan: 45 000 × 10 % − 2 520 = 1 980. Feb: 40 000 × 10 % − 2 520 = 1 480 < 1 980 → 0, no refund.
        Assert.Equal(1_980m, jan.TaxThisMonth);
        Assert.Equal(0m, feb.TaxThisMonth);
        Assert.Equal(1_980m, feb.YearToDate.TaxWithheld);
    }

    [Fact]
    public void Calculate_PriorYearIncomeAtMost60000_AppliesWholeYearDeductionFromJanuary()
    {
        // 2020年第19号: 8 000 a month is untaxed until cumulative income passes 60 000 (August: 64 000 − 60 000 = 4 000 × 3 %).
        var ytd = TaxYearToDate.Empty;
        var taxes = new List<decimal>();
        for (var m = 1; m <= 8; m++)
        {
            var r = CumulativeWithholding.Calculate(new YearMonth(2026, m), ytd, new(8_000m, 0, 0, 0, 0), wholeYearBasicDeduction: true);
            taxes.Add(r.TaxThisMonth);
            ytd = r.YearToDate;
        }

        Assert.Equal([0m, 0m, 0m, 0m, 0m, 0m, 0m, 120m], taxes);
    }

    [Fact]
    public void Calculate_TaxFreeAndOtherDeductions_ReduceTaxableIncome()
    {
        // 20 000 − 1 000 tax-free − 5 000 − 2 000 SI − 1 500 rent − 1 000 private pension = 9 500 × 3 % = 285.
        var r = CumulativeWithholding.Calculate(new YearMonth(2026, 1), TaxYearToDate.Empty, new(20_000m, 1_000m, 2_000m, 1_500m, 1_000m));

        Assert.Equal(9_500m, r.CumulativeTaxableIncome);
        Assert.Equal(285m, r.TaxThisMonth);
    }

    private static List<CumulativeWithholdingResult> RunYear(decimal salary, decimal specialDeductions, decimal specialAdditional)
    {
        var results = new List<CumulativeWithholdingResult>();
        var ytd = TaxYearToDate.Empty;
        for (var m = 1; m <= 12; m++)
        {
            var r = CumulativeWithholding.Calculate(new YearMonth(2019, m), ytd, new(salary, 0m, specialDeductions, specialAdditional, 0m));
            results.Add(r);
            ytd = r.YearToDate;
        }

        return results;
    }

    [Fact]
    public void Calculate_NullPrevious_ThrowsArgumentNull() =>
        Assert.Equal("previous", Assert.Throws<ArgumentNullException>(() =>
            CumulativeWithholding.Calculate(new YearMonth(2026, 1), null!, new CumulativeWithholdingInput(10_000m, 0m, 0m, 0m, 0m))).ParamName);
}
