using NodaTime;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// Separate taxation of an annual one-time bonus (全年一次性奖金单独计税, 财税〔2018〕164号 art. 1(1)): the bonus divided by 12
/// selects a row of the monthly-converted table; tax = bonus × rate − quick deduction. 财政部 税务总局公告2023年第30号
/// extends the method to 31 December 2027.
/// </summary>
public static class AnnualBonusTax
{
    /// <summary>The last month in which separate taxation is available.</summary>
    public static YearMonth AvailableThrough { get; } = new(2027, 12);

    /// <summary>Whether separate taxation may be chosen for a bonus paid in <paramref name="month"/>.</summary>
    public static bool IsAvailable(YearMonth month) => month.CompareTo(AvailableThrough) <= 0;

    /// <summary>Tax on <paramref name="bonus"/>, rounded to the fen half away from zero, with the row used.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bonus"/> is negative.</exception>
    public static (decimal Tax, TaxBracket Bracket) Calculate(decimal bonus)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bonus);
        var bracket = TaxTable.MonthlyConverted.Find(bonus / 12m);
        return (Math.Max(0m, Money.RoundToFen(bonus * bracket.Rate - bracket.QuickDeduction)), bracket);
    }
}
