using NodaTime;

namespace HrKit.Payroll.Jurisdictions.Singapore;

/// <summary>
/// Picks the rate table for a month. The year of SPR status (CPF Board, "How do I determine the year of my SPR
/// status"): the 1st year runs from the SPR date to the end of the month of the first anniversary, the 2nd year from
/// the month after it to the end of the month of the second anniversary, and the 3rd-year (full) rates apply after.
/// </summary>
public static class CpfRateTables
{
    /// <summary>The year of SPR status (1, 2 or 3 for 3rd year onwards) for wages of <paramref name="month"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is before the month SPR status was granted.</exception>
    public static int SprYear(LocalDate sprStart, YearMonth month)
    {
        if (month < new YearMonth(sprStart.Year, sprStart.Month))
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, $"The month is before SPR status was granted ({sprStart:yyyy-MM-dd}); CPF applies from that date.");
        }

        if (month <= AnniversaryMonth(sprStart, 1))
        {
            return 1;
        }

        return month <= AnniversaryMonth(sprStart, 2) ? 2 : 3;
    }

    /// <summary>The table for a Citizen, or for an SPR by year of status and the rate option chosen.</summary>
    /// <exception cref="ArgumentException">A Foreigner has no CPF table, or an SPR has no SPR start date.</exception>
    public static CpfRateTable For(CpfResidency residency, LocalDate? sprStart, SprRateOption option, YearMonth month)
    {
        switch (residency)
        {
            case CpfResidency.Citizen:
                return CpfRateTable.Full;
            case CpfResidency.PermanentResident when sprStart is { } start:
                var year = SprYear(start, month);
                return (year, option) switch
                {
                    (3, _) or (_, SprRateOption.FullFull) => CpfRateTable.Full,
                    (1, SprRateOption.GraduatedGraduated) => CpfRateTable.SprFirstYearGraduated,
                    (1, _) => CpfRateTable.SprFirstYearFullEmployer,
                    (_, SprRateOption.GraduatedGraduated) => CpfRateTable.SprSecondYearGraduated,
                    _ => CpfRateTable.SprSecondYearFullEmployer,
                };
            case CpfResidency.PermanentResident:
                throw new ArgumentException("An SPR needs the date SPR status was granted (Form 5/5A) to pick the CPF rate table.", nameof(sprStart));
            default:
                throw new ArgumentException($"{residency} employees do not contribute to CPF.", nameof(residency));
        }
    }

    private static YearMonth AnniversaryMonth(LocalDate start, int years)
    {
        var anniversary = start.PlusYears(years);
        return new YearMonth(anniversary.Year, anniversary.Month);
    }
}
