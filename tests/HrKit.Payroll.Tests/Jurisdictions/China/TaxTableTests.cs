using HrKit.Payroll.Jurisdictions.China;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

/// <summary>
/// The tax tables read from the data file, against the rows of the law: 预扣率表一 (国家税务总局公告2018年第61号) —
/// up to 36 000 at 3 %, then 10 % less 2 520 to 144 000, …, above 960 000 45 % less 181 920; a row holds amounts
/// "not exceeding" its top (不超过), so the top itself belongs to the lower row.
/// </summary>
public sealed class TaxTableTests
{
    [Theory]
    [InlineData(-1, 0.03, 0)]             // amounts at or below zero use the first row
    [InlineData(0, 0.03, 0)]
    [InlineData(36_000, 0.03, 0)]         // 不超过36 000元
    [InlineData(36_000.01, 0.10, 2_520)]  // 超过36 000元至144 000元
    [InlineData(144_000, 0.10, 2_520)]
    [InlineData(960_000, 0.35, 85_920)]
    [InlineData(960_000.01, 0.45, 181_920)]
    [InlineData(100_000_000_000, 0.45, 181_920)]
    public void Find_AnnualTable_RowOfTheLaw(decimal amount, decimal rate, decimal quickDeduction)
    {
        var row = TaxTable.AnnualComprehensiveIncome.Find(amount);

        Assert.Equal((rate, quickDeduction), (row.Rate, row.QuickDeduction));
    }

    // The explanation names the row as the law states it: 10 %, quick deduction 2 520.
    [Fact]
    public void Describe_SecondAnnualRow_RateAndQuickDeduction() =>
        Assert.Equal("10% less quick deduction 2520", TaxTable.Describe(TaxTable.AnnualComprehensiveIncome.Find(50_000m)));
}
