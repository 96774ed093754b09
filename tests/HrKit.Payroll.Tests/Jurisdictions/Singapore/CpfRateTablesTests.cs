using HrKit.Payroll.Jurisdictions.Singapore;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.Singapore;

public sealed class CpfRateTablesTests
{
    // CPF Board, "How do I determine the year of my SPR status for CPF contributions": SPR status obtained on
    // 15 January 2020 → 1st year 15 Jan 2020 – 31 Jan 2021; 2nd year 1 Feb 2021 – 31 Jan 2022; 3rd year from 1 Feb 2022.
    [Theory]
    [InlineData(2020, 1, 1)]
    [InlineData(2021, 1, 1)]
    [InlineData(2021, 2, 2)]
    [InlineData(2022, 1, 2)]
    [InlineData(2022, 2, 3)]
    [InlineData(2030, 6, 3)]
    public void SprYear_CpfBoardExample15January2020(int year, int month, int sprYear) =>
        Assert.Equal(sprYear, CpfRateTables.SprYear(new LocalDate(2020, 1, 15), new YearMonth(year, month)));

    // CPF applies from the date SPR status is granted; the error names the month and that date.
    [Fact]
    public void SprYear_MonthBeforeStatus_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CpfRateTables.SprYear(new LocalDate(2020, 1, 15), new YearMonth(2019, 12)));

        Assert.Equal("month", ex.ParamName);
        Assert.Contains("before SPR status was granted (2020-01-15)", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CpfResidency.Citizen, SprRateOption.GraduatedGraduated, 2021, 1, CpfRateTable.Full)]
    [InlineData(CpfResidency.PermanentResident, SprRateOption.GraduatedGraduated, 2021, 1, CpfRateTable.SprFirstYearGraduated)]
    [InlineData(CpfResidency.PermanentResident, SprRateOption.GraduatedGraduated, 2021, 2, CpfRateTable.SprSecondYearGraduated)]
    [InlineData(CpfResidency.PermanentResident, SprRateOption.FullEmployerGraduatedEmployee, 2020, 6, CpfRateTable.SprFirstYearFullEmployer)]
    [InlineData(CpfResidency.PermanentResident, SprRateOption.FullEmployerGraduatedEmployee, 2021, 6, CpfRateTable.SprSecondYearFullEmployer)]
    [InlineData(CpfResidency.PermanentResident, SprRateOption.FullFull, 2020, 6, CpfRateTable.Full)]
    [InlineData(CpfResidency.PermanentResident, SprRateOption.GraduatedGraduated, 2022, 2, CpfRateTable.Full)]
    public void For_ResidencyYearAndOption_PicksTable(CpfResidency residency, SprRateOption option, int year, int month, CpfRateTable expected) =>
        Assert.Equal(expected, CpfRateTables.For(residency, new LocalDate(2020, 1, 15), option, new YearMonth(year, month)));

    [Fact]
    public void For_Foreigner_ThrowsNoCpf()
    {
        var ex = Assert.Throws<ArgumentException>(() => CpfRateTables.For(CpfResidency.Foreigner, null, SprRateOption.GraduatedGraduated, new YearMonth(2025, 1)));

        Assert.Equal("residency", ex.ParamName);
        Assert.Contains("Foreigner employees do not contribute to CPF", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_PrWithoutStartDate_ThrowsAskingForIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => CpfRateTables.For(CpfResidency.PermanentResident, null, SprRateOption.GraduatedGraduated, new YearMonth(2025, 1)));
        Assert.Contains("Form 5/5A", ex.Message, StringComparison.Ordinal);
    }

    // CPF Board (quoted by Talenox, "How to determine employee's age group for CPF contribution"): 55th birthday on
    // 7 July 2024 → wages of July 2024 at "55 and below", August 2024 at "above 55 to 60". The same rule at 60, 65, 70.
    [Theory]
    [InlineData(2024, 7, CpfAgeBand.UpTo55)]
    [InlineData(2024, 8, CpfAgeBand.Above55To60)]
    [InlineData(2029, 7, CpfAgeBand.Above55To60)]
    [InlineData(2029, 8, CpfAgeBand.Above60To65)]
    [InlineData(2034, 8, CpfAgeBand.Above65To70)]
    [InlineData(2039, 7, CpfAgeBand.Above65To70)]
    [InlineData(2039, 8, CpfAgeBand.Above70)]
    public void AgeBand_MonthAfterBirthdayMovesUp(int year, int month, CpfAgeBand band) =>
        Assert.Equal(band, CpfAgeBands.For(new LocalDate(1969, 7, 7), new YearMonth(year, month)));
}
