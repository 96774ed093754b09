using HrKit.Payroll.Jurisdictions.China;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

public sealed class AnnualBonusTaxTests
{
    // Hand-computed with the monthly-converted table (bonus ÷ 12 picks the row; tax = bonus × rate − quick deduction).
    [Theory]
    [InlineData(0, 0)]
    [InlineData(36_000, 1_080)]          // 3 000/month → 3 %: 1 080
    [InlineData(36_001, 3_390.10)]       // 3 000.08/month → 10 %: 3 600.10 − 210 (the famous cliff)
    [InlineData(60_000, 5_790)]          // 5 000 → 10 %: 6 000 − 210
    [InlineData(144_000, 14_190)]        // 12 000 → 10 %: 14 400 − 210
    [InlineData(200_000, 38_590)]        // 16 666.67 → 20 %: 40 000 − 1 410
    [InlineData(1_000_000, 434_840)]     // 83 333.33 → 45 %: 450 000 − 15 160
    public void Calculate_Bonus_UsesMonthlyConvertedTable(decimal bonus, decimal expected)
    {
        Assert.Equal(expected, AnnualBonusTax.Calculate(bonus).Tax);
    }

    [Fact]
    public void IsAvailable_After2027_IsFalse()
    {
        Assert.True(AnnualBonusTax.IsAvailable(new YearMonth(2027, 12)));
        Assert.False(AnnualBonusTax.IsAvailable(new YearMonth(2028, 1)));
    }

    [Fact]
    public void Calculate_NegativeBonus_ThrowsNamingIt() =>
        Assert.Equal("bonus", Assert.Throws<ArgumentOutOfRangeException>(() => AnnualBonusTax.Calculate(-0.01m)).ParamName);
}
