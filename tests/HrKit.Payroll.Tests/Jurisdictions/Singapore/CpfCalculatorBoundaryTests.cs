using HrKit.Payroll.Jurisdictions.Singapore;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.Singapore;

/// <summary>
/// The CPF calculator at the edges of its rules: the Additional Wage ceiling when it has already been used up or
/// cannot exist, and the bounds of every amount. Expected values are hand-computed from the CPF Board's rules
/// (AW ceiling = $102,000 − the year's OW subject to CPF − AW already subjected; Table 1, 55 and below, 37 % / 20 %).
/// </summary>
public sealed class CpfCalculatorBoundaryTests
{
    private static readonly YearMonth December2025 = new(2025, 12);

    private static readonly CpfParameters Cpf2025 = SingaporeParameters.BuiltIn.CpfFor(December2025);

    private static readonly CpfRate Table1UpTo55 = Cpf2025.RateFor(CpfRateTable.Full, CpfAgeBand.UpTo55);

    // Hand: $3,000 a month January–June and a $50,000 June bonus subjected on the projected ceiling (OW 15,000 +
    // 3,000 × 7 = 36,000 → ceiling 66,000); a raise to $7,400 from July makes the year's OW 18,000 + 6 × 7,400 = 62,400,
    // so the true ceiling is 102,000 − 62,400 = 39,600, already exceeded by the 50,000 subjected. A $5,000 December
    // bonus then attracts no CPF (room = max(0, 39,600 − 50,000) = 0, never negative): TW = 7,400, total 37 % = 2,738,
    // employee 20 % = 1,480, employer 1,258.
    [Fact]
    public void Calculate_AwAlreadySubjectedAboveTrueCeiling_SubjectsNoMoreAw()
    {
        var result = CpfCalculator.Calculate(Cpf2025, Table1UpTo55, December2025, 7_400m, 5_000m,
            new CpfYearToDate(55_000m, 50_000m), ordinaryWagesForYear: 62_400m);

        Assert.Equal(39_600m, result.AdditionalWageCeiling);
        Assert.Equal(0m, result.AdditionalWagesSubjectToCpf);
        Assert.Equal(2_738m, result.Total);
        Assert.Equal(1_480m, result.Employee);
        Assert.Equal(1_258m, result.Employer);
        Assert.Equal(new CpfYearToDate(62_400m, 50_000m), result.YearToDate);
    }

    // Hand: a year's OW of $103,000 is above the $102,000 annual ceiling: the AW ceiling is 0 (not −1,000) and the
    // bonus attracts nothing; the month's OW alone: 7,400 × 37 % = 2,738.
    [Fact]
    public void Calculate_YearOwAboveAnnualCeiling_AwCeilingIsZero()
    {
        var result = CpfCalculator.Calculate(Cpf2025, Table1UpTo55, December2025, 7_400m, 5_000m, default, ordinaryWagesForYear: 103_000m);

        Assert.Equal(0m, result.AdditionalWageCeiling);
        Assert.Equal(0m, result.AdditionalWagesSubjectToCpf);
        Assert.Equal(2_738m, result.Total);
    }

    // Every amount is accepted up to PayrollLimits.MaxAmount ($1,000,000,000): OW is capped at $7,400 and the AW at the
    // ceiling, so the contribution is the capped one. December, nothing earlier: projected OW 7,400, AW ceiling
    // 94,600; TW = 7,400 + 94,600 = 102,000: total 37 % = 37,740, employee 20 % = 20,400.
    [Fact]
    public void Calculate_AmountsAtMaxAmount_AreAcceptedAndCapped()
    {
        var result = CpfCalculator.Calculate(Cpf2025, Table1UpTo55, December2025, PayrollLimits.MaxAmount, PayrollLimits.MaxAmount,
            new CpfYearToDate(0m, 0m), ordinaryWagesForYear: null);

        Assert.Equal(7_400m, result.OrdinaryWagesSubjectToCpf);
        Assert.Equal(94_600m, result.AdditionalWagesSubjectToCpf);
        Assert.Equal(37_740m, result.Total);
        Assert.Equal(20_400m, result.Employee);
    }

    // The year-to-date figures and the year's OW up to the bound too: 1e9 of OW for the year leaves no AW ceiling.
    [Fact]
    public void Calculate_YearToDateAndYearOwAtMaxAmount_AreAccepted()
    {
        var result = CpfCalculator.Calculate(Cpf2025, Table1UpTo55, December2025, 7_400m, 0m,
            new CpfYearToDate(PayrollLimits.MaxAmount, PayrollLimits.MaxAmount), ordinaryWagesForYear: PayrollLimits.MaxAmount);

        Assert.Equal(0m, result.AdditionalWageCeiling);
        Assert.Equal(2_738m, result.Total);
    }

    // One cent outside 0 to PayrollLimits.MaxAmount, on each amount in turn, is refused naming that amount.
    [Theory]
    [InlineData("ordinaryWages", -0.01)]
    [InlineData("ordinaryWages", 1_000_000_000.01)]
    [InlineData("additionalWages", -0.01)]
    [InlineData("additionalWages", 1_000_000_000.01)]
    [InlineData("yearToDate.ow", -0.01)]
    [InlineData("yearToDate.ow", 1_000_000_000.01)]
    [InlineData("yearToDate.aw", -0.01)]
    [InlineData("yearToDate.aw", 1_000_000_000.01)]
    [InlineData("ordinaryWagesForYear", -0.01)]
    [InlineData("ordinaryWagesForYear", 1_000_000_000.01)]
    public void Calculate_AmountOutsideBounds_ThrowsNamingIt(string which, decimal bad)
    {
        var ow = which == "ordinaryWages" ? bad : 1_000m;
        var aw = which == "additionalWages" ? bad : 0m;
        var ytd = new CpfYearToDate(which == "yearToDate.ow" ? bad : 0m, which == "yearToDate.aw" ? bad : 0m);
        decimal? owForYear = which == "ordinaryWagesForYear" ? bad : null;

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CpfCalculator.Calculate(Cpf2025, Table1UpTo55, December2025, ow, aw, ytd, owForYear));

        Assert.Equal(which.StartsWith("yearToDate", StringComparison.Ordinal) ? "yearToDate" : which, ex.ParamName);
        Assert.Contains("between 0 and 1000000000", ex.Message, StringComparison.Ordinal);
    }

    // The birthday month stays in the lower group, the month after moves up (CPF Board), at each of 55, 60, 65 and 70:
    // born 7 July 1969 → July 2024/2029/2034/2039 are the birthday months.
    [Theory]
    [InlineData(2024, 7, CpfAgeBand.UpTo55)]
    [InlineData(2029, 7, CpfAgeBand.Above55To60)]
    [InlineData(2034, 7, CpfAgeBand.Above60To65)]
    [InlineData(2034, 8, CpfAgeBand.Above65To70)]
    [InlineData(2039, 7, CpfAgeBand.Above65To70)]
    public void AgeBand_BirthdayMonth_StaysInLowerGroup(int year, int month, CpfAgeBand band) =>
        Assert.Equal(band, CpfAgeBands.For(new LocalDate(1969, 7, 7), new YearMonth(year, month)));

    // CPF Board: the 3rd year of SPR status uses Table 1 whatever the option; F/F (joint application) uses Table 1 in
    // the 1st and 2nd year too. SPR from 15 January 2020: February 2021 is the 2nd year, February 2022 the 3rd.
    [Theory]
    [InlineData(SprRateOption.FullEmployerGraduatedEmployee, 2022, 2, CpfRateTable.Full)]
    [InlineData(SprRateOption.FullFull, 2021, 2, CpfRateTable.Full)]
    [InlineData(SprRateOption.FullEmployerGraduatedEmployee, 2021, 1, CpfRateTable.SprFirstYearFullEmployer)]
    [InlineData(SprRateOption.FullEmployerGraduatedEmployee, 2022, 1, CpfRateTable.SprSecondYearFullEmployer)]
    public void RateTable_SprYearAndOption_PicksTheCpfBoardTable(SprRateOption option, int year, int month, CpfRateTable table) =>
        Assert.Equal(table, CpfRateTables.For(CpfResidency.PermanentResident, new LocalDate(2020, 1, 15), option, new YearMonth(year, month)));

    // CPF Board's wage bands: "> $500 to < $750" phases the employee's share in, "$750 and above" pays the full rates.
    // The built-in rows meet at $750 (phase-in × 250 = employee rate × 750), so a hypothetical row whose phase-in
    // factor does not (0.5 instead of 0.6) shows which band $750 is in. Hand: $750 at the full rates 17 % + 20 % is
    // total 277.5 → 278, employee 150; $749.99 phases in: employee 0.5 × 249.99 = 124.995 → 124 (cents dropped),
    // total 17 % × 749.99 + 124.995 = 127.4983 + 124.995 = 252.4933 → 252.
    [Fact]
    public void Calculate_At750_FullRatesNotThePhaseIn()
    {
        var row = Table1UpTo55 with { EmployeePhaseInFactor = 0.5m };

        var at750 = CpfCalculator.Calculate(Cpf2025, row, December2025, 750m, 0m, default);
        var below = CpfCalculator.Calculate(Cpf2025, row, December2025, 749.99m, 0m, default);

        Assert.Equal((278m, 150m), (at750.Total, at750.Employee));
        Assert.Equal((252m, 124m), (below.Total, below.Employee));
    }

    // The documented guard: no figures is an ArgumentNullException naming them, not a NullReferenceException.
    [Fact]
    public void Calculate_NullParameters_ThrowsArgumentNull() =>
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() =>
            CpfCalculator.Calculate(null!, Table1UpTo55, December2025, 1_000m, 0m, default)).ParamName);
}
