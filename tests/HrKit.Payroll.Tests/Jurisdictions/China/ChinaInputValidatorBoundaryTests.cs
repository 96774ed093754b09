using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

/// <summary>
/// The China mainland fields at each legal limit and one fen past it (国发〔2018〕41号, 国发〔2023〕13号: child education
/// and infant care 1 000 a child, continuing education 400, housing loan interest 1 000, housing rent 1 500 / 1 100 /
/// 800, elderly support 3 000 a month) and the year-to-date state's months.
/// </summary>
public sealed class ChinaInputValidatorBoundaryTests
{
    private static readonly EmployeeMonthInput March = new()
    {
        EmployeeId = "E1", Period = new YearMonth(2026, 3), City = "beijing", BaseSalary = 10_000m,
        YearToDate = new TaxYearToDate { ThroughMonth = new YearMonth(2026, 2) },
    };

    private static EmployeeMonthInput With(SpecialAdditionalDeductions deductions) => March with { SpecialAdditionalDeductions = deductions };

    private static void Refused(EmployeeMonthInput input, string field, string? problem = null)
    {
        var error = Assert.Throws<PayrollInputException>(() => ChinaInputValidator.Validate(input));
        Assert.Equal(field, error.Field);
        if (problem is not null)
        {
            Assert.Equal(problem, error.Problem);
        }
    }

    public static TheoryData<SpecialAdditionalDeductions> AtTheLimits => new()
    {
        new SpecialAdditionalDeductions { ChildEducation = 3_000m, InfantCare = 2_000m, ContinuingEducation = 400m, HousingLoanInterest = 1_000m, ElderlySupport = 3_000m },
        new SpecialAdditionalDeductions { ChildEducation = 1_000.00m, HousingRent = 1_500m },
        new SpecialAdditionalDeductions { HousingRent = 1_100m },
        new SpecialAdditionalDeductions { HousingRent = 800m },
        new SpecialAdditionalDeductions { HousingRent = 800.00m, HousingLoanInterest = 0m },
        new SpecialAdditionalDeductions { HousingRent = 0m, HousingLoanInterest = 1_000m },
    };

    [Theory]
    [MemberData(nameof(AtTheLimits))]
    public void Validate_DeductionsAtTheirLimits_Accepted(SpecialAdditionalDeductions deductions) => ChinaInputValidator.Validate(With(deductions));

    public static TheoryData<SpecialAdditionalDeductions, string> PastTheLimits => new()
    {
        { new SpecialAdditionalDeductions { ChildEducation = 2_500m }, "childEducation" },
        { new SpecialAdditionalDeductions { ChildEducation = 999.99m }, "childEducation" },
        { new SpecialAdditionalDeductions { InfantCare = 1_000.01m }, "infantCare" },
        { new SpecialAdditionalDeductions { ContinuingEducation = 400.01m }, "continuingEducation" },
        { new SpecialAdditionalDeductions { HousingLoanInterest = 1_000.01m }, "housingLoanInterest" },
        { new SpecialAdditionalDeductions { HousingRent = 800.01m }, "housingRent" },
        { new SpecialAdditionalDeductions { HousingRent = 1_100.01m }, "housingRent" },
        { new SpecialAdditionalDeductions { HousingRent = 1_499.99m }, "housingRent" },
        { new SpecialAdditionalDeductions { HousingRent = 800m, HousingLoanInterest = 0.01m }, "housingRent" },
        { new SpecialAdditionalDeductions { ElderlySupport = 3_000.01m }, "elderlySupport" },
        { new SpecialAdditionalDeductions { ElderlySupport = -0.01m }, "elderlySupport" },
        { new SpecialAdditionalDeductions { ContinuingEducation = -400m }, "continuingEducation" },
        { new SpecialAdditionalDeductions { HousingLoanInterest = -1m }, "housingLoanInterest" },
    };

    [Theory]
    [MemberData(nameof(PastTheLimits))]
    public void Validate_DeductionPastItsLimit_RefusedNamingIt(SpecialAdditionalDeductions deductions, string field) =>
        Refused(With(deductions), "specialAdditionalDeductions." + field);

    [Theory]
    [InlineData("socialInsuranceBase")]
    [InlineData("housingFundBase")]
    public void Validate_BaseAtMaxAmount_AcceptedAndOneFenMoreRefused(string field)
    {
        var at = field == "socialInsuranceBase" ? March with { SocialInsuranceBase = PayrollLimits.MaxAmount } : March with { HousingFundBase = PayrollLimits.MaxAmount };
        var past = field == "socialInsuranceBase" ? March with { SocialInsuranceBase = PayrollLimits.MaxAmount + 0.01m } : March with { HousingFundBase = PayrollLimits.MaxAmount + 0.01m };
        var negative = field == "socialInsuranceBase" ? March with { SocialInsuranceBase = -0.01m } : March with { HousingFundBase = -0.01m };

        ChinaInputValidator.Validate(at);
        Refused(past, field);
        Refused(negative, field);
    }

    [Fact]
    public void Validate_OtherTaxDeductionsNegative_Refused() => Refused(March with { OtherTaxDeductions = -0.01m }, "otherTaxDeductions");

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Validate_NoCity_Refused(string city) => Refused(March with { City = city }, "city", "required, e.g. \"beijing\".");

    [Fact]
    public void Validate_SeparateBonusInItsLastMonth_Accepted() =>
        ChinaInputValidator.Validate(March with { Period = new YearMonth(2027, 12), YearToDate = new TaxYearToDate { ThroughMonth = new YearMonth(2027, 11) }, AnnualBonus = 1m });

    [Fact]
    public void Validate_SeparateBonusAfterItEnds_RefusedButMergedOrNoBonusAccepted()
    {
        var january2028 = March with { Period = new YearMonth(2028, 1), YearToDate = null };

        Refused(january2028 with { AnnualBonus = 0.01m }, "annualBonusTaxMethod", "separate taxation of the annual bonus ends with 2027-12 (财政部 税务总局公告2023年第30号); use \"merged\".");
        ChinaInputValidator.Validate(january2028 with { AnnualBonus = 0.01m, AnnualBonusTaxMethod = AnnualBonusTaxMethod.Merged });
        ChinaInputValidator.Validate(january2028);
    }

    [Fact]
    public void Validate_YearToDateWithoutThroughMonth_TakenAsNoStateAndAccepted() =>
        ChinaInputValidator.Validate(March with { YearToDate = TaxYearToDate.Empty });

    [Fact]
    public void Validate_NoYearToDateAfterJanuary_RefusedUnlessJoinedThisMonth()
    {
        Refused(March with { YearToDate = null }, "yearToDate", "required for 2026-03: cumulative withholding needs the tax year's figures through the previous month (pass the yearToDate of the previous payslip), unless the pay month is January or the employee joined in it (hireDate).");
        ChinaInputValidator.Validate(March with { YearToDate = null, HireDate = new LocalDate(2026, 3, 31) });
        Refused(March with { YearToDate = null, HireDate = new LocalDate(2026, 2, 28) }, "yearToDate");
        Refused(March with { YearToDate = null, HireDate = new LocalDate(2025, 3, 1) }, "yearToDate");
    }

    [Theory]
    [InlineData(2026, 3, "2026-03 is not before the pay month 2026-03; pass the state through the previous month.")] // the pay month itself
    [InlineData(2026, 4, "2026-04 is not before the pay month 2026-03; pass the state through the previous month.")]
    [InlineData(2027, 1, "2027-01 is after the pay month 2026-03.")] // a later year
    [InlineData(2025, 12, "2025-12 belongs to an earlier tax year; 2026-03 needs this year's figures through the previous month.")] // last year's state in March
    public void Validate_ThroughMonthNotTheMonthsBefore_Refused(int year, int month, string problem) =>
        Refused(March with { YearToDate = new TaxYearToDate { ThroughMonth = new YearMonth(year, month) } }, "yearToDate.throughMonth", problem);

    [Fact]
    public void Validate_LastYearsStateForAJoinerOrInJanuary_Accepted()
    {
        var lastYear = new TaxYearToDate { ThroughMonth = new YearMonth(2025, 12) };

        ChinaInputValidator.Validate(March with { YearToDate = lastYear, HireDate = new LocalDate(2026, 3, 1) });
        ChinaInputValidator.Validate(March with { Period = new YearMonth(2026, 1), YearToDate = lastYear });
    }

    [Fact]
    public void Validate_ThroughMonthInAnotherCalendar_Refused() =>
        Refused(March with { YearToDate = new TaxYearToDate { ThroughMonth = new YearMonth(2026, 2, CalendarSystem.Julian) } }, "yearToDate.throughMonth", "must be in the ISO calendar.");

    public static TheoryData<string> YearToDateFields => new()
    {
        "income", "taxFreeIncome", "basicDeduction", "specialDeductions", "specialAdditionalDeductions", "otherDeductions", "taxWithheld", "taxableIncome",
    };

    private static TaxYearToDate Set(string field, decimal value)
    {
        var state = new TaxYearToDate { ThroughMonth = new YearMonth(2026, 2) };
        return field switch
        {
            "income" => state with { Income = value },
            "taxFreeIncome" => state with { TaxFreeIncome = value },
            "basicDeduction" => state with { BasicDeduction = value },
            "specialDeductions" => state with { SpecialDeductions = value },
            "specialAdditionalDeductions" => state with { SpecialAdditionalDeductions = value },
            "otherDeductions" => state with { OtherDeductions = value },
            "taxWithheld" => state with { TaxWithheld = value },
            _ => state with { TaxableIncome = value },
        };
    }

    [Theory]
    [MemberData(nameof(YearToDateFields))]
    public void Validate_YearToDateFigureAtItsBound_AcceptedAndOneFenEitherSideRefused(string field)
    {
        ChinaInputValidator.Validate(March with { YearToDate = Set(field, PayrollLimits.MaxYearToDateAmount) });
        Refused(March with { YearToDate = Set(field, PayrollLimits.MaxYearToDateAmount + 0.01m) }, "yearToDate." + field);
        Refused(March with { YearToDate = Set(field, -0.01m) }, "yearToDate." + field);
    }
}
