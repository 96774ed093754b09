using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.Singapore;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.Singapore;

/// <summary>
/// The Singapore pack's input rules at their edges, through the engine with the built-in figures. Expected amounts are
/// hand-computed from the CPF Board's tables for 2025 (Table 1, 55 and below: 17 % + 20 %; Table 2, 1st-year SPR G/G:
/// 4 % + 5 %; Table 1, above 70: 7.5 % + 5 %) and SDL 0.25 % of the first $4,500.
/// </summary>
public sealed class SingaporePackBoundaryTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();

    private static readonly SingaporeInput Citizen30 = new() { DateOfBirth = new LocalDate(1995, 3, 1), Residency = CpfResidency.Citizen };

    private static EmployeeMonthInput Employee(YearMonth period, SingaporeInput input, decimal bonus = 0m, LocalDate? hired = null) => new()
    {
        EmployeeId = "SG9",
        Jurisdiction = "SG",
        Period = period,
        BaseSalary = 5_000m,
        AnnualBonus = bonus,
        HireDate = hired,
        JurisdictionInput = input,
    };

    // A January bonus needs no year-to-date (nothing was subjected earlier in the year): OW projected 5,000 × 12 = 60,000,
    // AW ceiling 42,000, the $10,000 bonus fully subject; TW 15,000: total 37 % = 5,550, employee 20 % = 3,000,
    // employer 2,550; SDL on $15,000 capped at $11.25.
    [Fact]
    public void Calculate_JanuaryBonusWithoutYearToDate_IsAccepted()
    {
        var slip = Engine.Calculate(Employee(new YearMonth(2025, 1), Citizen30, bonus: 10_000m));

        Assert.Equal(3_000m, slip.EmployeeContributions);
        Assert.Equal(2_550m + 11.25m, slip.EmployerContributions);
        Assert.Equal(10_000m, slip.JurisdictionYearToDate!.Get(SingaporePack.AdditionalWagesFigure));
    }

    // Hired in the same year: nothing earlier to know, so a June bonus without year-to-date is accepted. OW projected
    // June–December 5,000 × 7 = 35,000, AW ceiling 67,000; TW 15,000 → employee 3,000, employer 2,550.
    [Fact]
    public void Calculate_BonusInYearOfHireWithoutYearToDate_IsAccepted()
    {
        var slip = Engine.Calculate(Employee(new YearMonth(2025, 6), Citizen30, bonus: 10_000m, hired: new LocalDate(2025, 2, 3)));

        Assert.Equal(3_000m, slip.EmployeeContributions);
        Assert.Equal(2_550m + 11.25m, slip.EmployerContributions);
    }

    // Hired the year before: the year's earlier CPF wages exist, so the bonus month needs them (else the AW ceiling
    // would be overstated).
    [Fact]
    public void Calculate_BonusHiredPreviousYearWithoutYearToDate_ErrorAsksForYearToDate()
    {
        var error = Engine.TryCalculate(Employee(new YearMonth(2025, 6), Citizen30, bonus: 10_000m, hired: new LocalDate(2024, 12, 31))).Error!;

        Assert.Equal("SG9", error.EmployeeId);
        Assert.Equal("jurisdictionYearToDate", error.Field);
    }

    // SPR status granted in the pay month itself: CPF applies from that date, the 1st year, Table 2 (G/G) 4 % + 5 %:
    // $5,000 → total 450, employee 250, employer 200.
    [Fact]
    public void Calculate_SprStartInThePayMonth_FirstYearGraduatedRates()
    {
        var spr = new SingaporeInput { DateOfBirth = new LocalDate(1995, 3, 1), Residency = CpfResidency.PermanentResident, SprStart = new LocalDate(2025, 6, 15) };

        var slip = Engine.Calculate(Employee(new YearMonth(2025, 6), spr));

        Assert.Equal(250m, slip.EmployeeContributions);
        Assert.Equal(200m + 11.25m, slip.EmployerContributions);
    }

    // SPR status granted the month after the pay month: no CPF basis yet; the error names sprStart.
    [Fact]
    public void Calculate_SprStartAfterThePayMonth_ErrorNamesSprStart()
    {
        var spr = new SingaporeInput { DateOfBirth = new LocalDate(1995, 3, 1), Residency = CpfResidency.PermanentResident, SprStart = new LocalDate(2025, 7, 1) };

        var error = Engine.TryCalculate(Employee(new YearMonth(2025, 6), spr)).Error!;

        Assert.Equal("jurisdictionInput.sprStart", error.Field);
    }

    // The dates of birth accepted run from 1900 to the pay month itself. Born 1 January 1900, above 70 in 2025,
    // Table 1 7.5 % + 5 %: $5,000 → total 625, employee 250, employer 375. Born 1 June 2025 (the pay month: only a
    // later month is refused), 55 and below, 17 % + 20 %: total 1,850, employee 1,000, employer 850. A date in 1899 is
    // refused naming the field.
    [Theory]
    [InlineData(1900, 1, 250, 375)]
    [InlineData(2025, 6, 1_000, 850)]
    public void Calculate_BornAtTheEdgesOfTheAcceptedRange_RatesOfTheirAgeGroup(int year, int month, decimal employee, decimal employer)
    {
        var slip = Engine.Calculate(Employee(new YearMonth(2025, 6), new SingaporeInput { DateOfBirth = new LocalDate(year, month, 1), Residency = CpfResidency.Citizen }));

        Assert.Equal(employee, slip.EmployeeContributions);
        Assert.Equal(employer + 11.25m, slip.EmployerContributions);
    }

    [Fact]
    public void Calculate_BornIn1899_ErrorNamesDateOfBirth()
    {
        var error = Engine.TryCalculate(Employee(new YearMonth(2025, 6), new SingaporeInput { DateOfBirth = new LocalDate(1899, 12, 31), Residency = CpfResidency.Citizen })).Error!;

        Assert.Equal("jurisdictionInput.dateOfBirth", error.Field);
    }

    // Fields only China mainland uses are refused on an SG record, naming the field.
    [Fact]
    public void Calculate_ChinaOnlyField_ErrorNamesIt()
    {
        var error = Engine.TryCalculate(Employee(new YearMonth(2025, 6), Citizen30) with { SocialInsuranceBase = 5_000m }).Error!;

        Assert.Equal("socialInsuranceBase", error.Field);
    }

    // Another jurisdiction's input on an SG record: the error names the type given (not "missing").
    [Fact]
    public void Validate_HongKongInput_ErrorNamesTheTypeGiven()
    {
        var ex = Assert.Throws<PayrollInputException>(() => SingaporePack.BuiltIn.Validate(Employee(new YearMonth(2025, 6), Citizen30), new HrKit.Payroll.Jurisdictions.HongKong.HongKongInput()));

        Assert.Equal("jurisdictionInput", ex.Field);
        Assert.Contains("HongKongInput", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NullInput_ThrowsArgumentNull() =>
        Assert.Equal("input", Assert.Throws<ArgumentNullException>(() => SingaporePack.BuiltIn.Validate(null!, Citizen30)).ParamName);

    // The pack's identity: ISO 4217 currency SGD.
    [Fact]
    public void BuiltIn_CodeNameAndCurrency()
    {
        Assert.Equal(("SG", "Singapore", "SGD"), (SingaporePack.BuiltIn.Code, SingaporePack.BuiltIn.Name, SingaporePack.BuiltIn.Currency));
        Assert.Same(SingaporeParameters.BuiltIn, SingaporePack.BuiltIn.Figures);
    }

    // A foreigner pays no CPF; the employer's SDL is the line "SDL": 0.25 % × 5,000 capped at 4,500 = $11.25.
    [Fact]
    public void Calculate_Foreigner_SdlLine()
    {
        var slip = Engine.Calculate(Employee(new YearMonth(2025, 6), new SingaporeInput { DateOfBirth = new LocalDate(1990, 1, 1), Residency = CpfResidency.Foreigner }));

        var sdl = Assert.Single(slip.Lines, l => l.Kind == PayslipLineKind.EmployerContribution);
        Assert.Equal("SDL", sdl.Code);
        Assert.Equal(11.25m, sdl.Amount);
    }

    // AW already subjected earlier in the year counts against the AW ceiling (CPF Board, step 3): $7,400 OW a month
    // January–November (81,400) and a $10,000 June bonus subjected; December OW $8,000 (capped 7,400) and a $30,000
    // bonus: ceiling 102,000 − 88,800 = 13,200, room 13,200 − 10,000 = 3,200. TW 7,400 + 3,200 = 10,600: total 37 %
    // = 3,922, employee 20 % = 2,120, employer 1,802. AW subjected for the year: 13,200.
    [Fact]
    public void Calculate_DecemberBonusAfterJuneBonus_RoomLeftByEarlierAw()
    {
        var ytd = new HrKit.Payroll.Jurisdictions.JurisdictionYearToDate
        {
            Jurisdiction = "SG",
            ThroughMonth = new YearMonth(2025, 11),
            Figures = new Dictionary<string, decimal> { [SingaporePack.OrdinaryWagesFigure] = 81_400m, [SingaporePack.AdditionalWagesFigure] = 10_000m },
        };

        var slip = Engine.Calculate(Employee(new YearMonth(2025, 12), Citizen30, bonus: 30_000m) with { BaseSalary = 8_000m, JurisdictionYearToDate = ytd });

        Assert.Equal(2_120m, slip.EmployeeContributions);
        Assert.Equal(1_802m + 11.25m, slip.EmployerContributions);
        Assert.Equal(13_200m, slip.JurisdictionYearToDate!.Get(SingaporePack.AdditionalWagesFigure));
        Assert.Equal(88_800m, slip.JurisdictionYearToDate.Get(SingaporePack.OrdinaryWagesFigure));
    }
}
