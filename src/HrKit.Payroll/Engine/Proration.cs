using NodaTime;

namespace HrKit.Payroll.Engine;

/// <summary>
/// Share of a month an employee who joins or leaves mid-month is paid for: employed Monday–Friday days over all
/// Monday–Friday days of the month. Statutory holidays are not known here; a host with a holiday calendar passes
/// <c>ProrationFactor</c> instead.
/// </summary>
internal static class Proration
{
    public static decimal Factor(YearMonth month, LocalDate? hire, LocalDate? termination)
    {
        // Employed the whole month: the month's first and last days need not be computed to know it.
        if (hire is null && termination is null)
        {
            return 1m;
        }

        var first = month.OnDayOfMonth(1);
        var last = month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));
        var from = hire is { } h && h > first ? h : first;
        var to = termination is { } t && t < last ? t : last;
        if (from == first && to == last)
        {
            return 1m;
        }

        var all = Weekdays(first, last);
        return all == 0 || to < from ? 0m : (decimal)Weekdays(from, to) / all;
    }

    // Whole weeks hold five weekdays each; only the leftover days (fewer than seven) are looked at one by one.
    internal static int Weekdays(LocalDate from, LocalDate to)
    {
        var days = Period.DaysBetween(from, to) + 1;
        var count = days / 7 * 5;
        var day = (int)from.DayOfWeek;
        for (var i = 0; i < days % 7; i++, day = day % 7 + 1)
        {
            if (day < (int)IsoDayOfWeek.Saturday)
            {
                count++;
            }
        }

        return count;
    }
}
