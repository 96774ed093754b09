using HrKit.Payroll.Jurisdictions.UnitedKingdom;

namespace HrKit.Payroll.Tests.Jurisdictions.UnitedKingdom;

/// <summary>
/// Free pay per period (HMRC Tables A, pay adjustment tables; Specification for PAYE Tax Table Routines): up to 500,
/// (code × 10 + 9) ÷ 12 or ÷ 52 rounded up to the penny; above 500, £416.67 a month (£96.16 a week) per block of 500
/// of (code − 1) plus the figure for the remainder + 1. Expected values are hand-computed with that rule.
/// </summary>
public sealed class PayAdjustmentTests
{
    [Theory]
    // 1257: (1257 − 1) = 2 × 500 + 256 → 2 × 416.67 + (2 570 + 9) ÷ 12 = 833.34 + 214.916… ↑ 214.92 = 1 048.26 (12 579.12 a year).
    [InlineData(1257, UkPayFrequency.Monthly, "1048.26")]
    // Weekly: 2 × 96.16 + 2 579 ÷ 52 = 192.32 + 49.596… ↑ 49.60 = 241.92.
    [InlineData(1257, UkPayFrequency.Weekly, "241.92")]
    // 45: (450 + 9) ÷ 12 = 38.25 exactly.
    [InlineData(45, UkPayFrequency.Monthly, "38.25")]
    // 500: 5 009 ÷ 12 = 417.416… ↑ 417.42 (priced directly, not as a block).
    [InlineData(500, UkPayFrequency.Monthly, "417.42")]
    // 501: 1 block + (1 × 10 + 9) ÷ 12 = 416.67 + 1.583… ↑ 1.59 = 418.26.
    [InlineData(501, UkPayFrequency.Monthly, "418.26")]
    // 1000: 1 block + 5 009 ÷ 52 ↑ 96.33 = 96.16 + 96.33 = 192.49.
    [InlineData(1000, UkPayFrequency.Weekly, "192.49")]
    [InlineData(0, UkPayFrequency.Monthly, "0")]
    public void PayAdjustmentPerPeriod_CodeNumber_MatchesTablesARule(int number, UkPayFrequency frequency, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PayeCalculator.PayAdjustmentPerPeriod(number, frequency));
    }

    [Fact]
    public void PayAdjustmentPerPeriod_NegativeCode_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PayeCalculator.PayAdjustmentPerPeriod(-1, UkPayFrequency.Monthly));
    }
}
