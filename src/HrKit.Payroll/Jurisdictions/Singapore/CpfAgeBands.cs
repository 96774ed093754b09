using NodaTime;

namespace HrKit.Payroll.Jurisdictions.Singapore;

/// <summary>
/// Which age group a month's wages fall in. CPF Board: an employee is "55 years" in the month of the 55th birthday
/// and "above 55" from the first day of the month after it (likewise for 60, 65 and 70).
/// </summary>
public static class CpfAgeBands
{
    /// <summary>The age group for wages of <paramref name="month"/> of an employee born on <paramref name="dateOfBirth"/>.</summary>
    public static CpfAgeBand For(LocalDate dateOfBirth, YearMonth month)
    {
        if (month <= BirthdayMonth(dateOfBirth, 55))
        {
            return CpfAgeBand.UpTo55;
        }

        if (month <= BirthdayMonth(dateOfBirth, 60))
        {
            return CpfAgeBand.Above55To60;
        }

        if (month <= BirthdayMonth(dateOfBirth, 65))
        {
            return CpfAgeBand.Above60To65;
        }

        return month <= BirthdayMonth(dateOfBirth, 70) ? CpfAgeBand.Above65To70 : CpfAgeBand.Above70;
    }

    private static YearMonth BirthdayMonth(LocalDate dateOfBirth, int age)
    {
        var birthday = dateOfBirth.PlusYears(age);
        return new YearMonth(birthday.Year, birthday.Month);
    }
}
