using NodaTime;

namespace HrKit.Payroll.Jurisdictions.HongKong;

/// <summary>
/// The new employee's contribution holiday for monthly (or shorter) wage periods: no employee contribution for the
/// first 30 days of employment and the incomplete wage period that immediately follows them (MPFA). The employer
/// contributes from the first day. Put as a rule on periods: a wage period is in the holiday when it starts on or
/// before the 30th day of employment, because the period holding the 30th day is either wholly inside the 30 days or
/// its remainder is that incomplete period.
/// </summary>
public static class MpfContributionHoliday
{
    /// <summary>The 30th day of employment (the last day of the 30 days), for <paramref name="holidayDays"/> = 30.</summary>
    public static LocalDate LastHolidayDay(LocalDate employmentStart, int holidayDays) => employmentStart.PlusDays(holidayDays - 1);

    /// <summary>Whether the wage period starting on <paramref name="periodStart"/> is in the employee's contribution holiday.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holidayDays"/> is below 1.</exception>
    public static bool Covers(LocalDate employmentStart, LocalDate periodStart, int holidayDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(holidayDays, 1);
        return periodStart <= LastHolidayDay(employmentStart, holidayDays);
    }
}
