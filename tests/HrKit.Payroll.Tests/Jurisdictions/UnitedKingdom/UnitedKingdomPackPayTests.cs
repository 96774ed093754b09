using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Jurisdictions.Singapore;
using HrKit.Payroll.Jurisdictions.UnitedKingdom;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.UnitedKingdom;

/// <summary>
/// What the GB pack feeds PAYE and NICs (the basis, the period, the pay, the tax year, the figures carried) and what
/// it shows on the lines, through the engine. Amounts hand-computed from HMRC, Rates and thresholds for employers
/// 2024 to 2025 and 2025 to 2026, and the Specification for PAYE Tax Table Routines: 1257L free pay per month
/// 2 × 416.67 + 214.92 = £1 048.26, per week 2 × 96.16 + 49.60 = £241.92; basic rate band £37 700 a year.
/// </summary>
public sealed class UnitedKingdomPackPayTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();

    private static EmployeeMonthInput May2025(UnitedKingdomInput uk) => new()
    {
        EmployeeId = "G7",
        Jurisdiction = "GB",
        Period = new YearMonth(2025, 5),
        BaseSalary = 3_000m,
        JurisdictionInput = uk,
    };

    // Week 1/month 1 asked for on a cumulative code: month 2 on £3 000 is taxed as month 1, free pay 1 048.26 →
    // £1 951 × 20 % = £390.20. The cumulative basis would give pay to date 3 000 − 2 096.52 → £903 × 20 % = £180.60.
    [Fact]
    public void Calculate_Week1Month1OnCumulativeCode_TaxesTheMonthOnItsOwn()
    {
        var slip = Engine.Calculate(May2025(new UnitedKingdomInput { TaxCode = "1257L", Week1Month1 = true }));

        Assert.Equal(390.20m, slip.WageTax);
        var paye = Assert.Single(slip.Lines, l => l.Code == "PAYE");
        Assert.Contains("week 1/month 1", paye.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_NoWeek1Month1_StaysCumulative() =>
        Assert.Equal(180.60m, Engine.Calculate(May2025(new UnitedKingdomInput { TaxCode = "1257L" })).WageTax);

    // Tax week 10 on £3 000 with nothing paid before: free pay 10 × 241.92 = 2 419.20, taxable £580 (band 37 700 × 10 / 52
    // = 7 250) × 20 % = £116.00. Week 1 would give £958.20; the calendar month (June, month 3) £474.60.
    [Fact]
    public void Calculate_WeeklyTaxWeek10_CumulatesTenWeeksOfFreePay()
    {
        var slip = Engine.Calculate(May2025(new UnitedKingdomInput { TaxCode = "1257L", PayFrequency = UkPayFrequency.Weekly, TaxWeek = 10 })
            with { Period = new YearMonth(2025, 6) });

        Assert.Equal(116.00m, slip.WageTax);
    }

    // Two days of unpaid leave on £2 600: a day's pay 2 600 × 12 / 260 = £120, pay £2 360. PAYE month 1:
    // 2 360 − 1 048.26 → £1 311 × 20 % = £262.20; NICs (2 360 − 1 048) × 8 % = £104.96, employer (2 360 − 417) × 15 % = £291.45.
    [Fact]
    public void Calculate_UnpaidLeave_LowersPayForPayeAndNics()
    {
        var slip = Engine.Calculate(May2025(new UnitedKingdomInput { TaxCode = "1257L" }) with
        {
            Period = new YearMonth(2025, 4),
            BaseSalary = 2_600m,
            Attendance = new AttendanceInput(21m, 19m, 2m, 0, 0),
        });

        Assert.Equal(262.20m, slip.WageTax);
        Assert.Equal(104.96m, slip.EmployeeContributions);
        Assert.Equal(291.45m, slip.EmployerContributions);
        Assert.Equal(2_360m, slip.JurisdictionYearToDate!.Get(UnitedKingdomPack.TaxablePayToDate));
    }

    // A £1 000 bonus with £3 000 salary in April: pay £4 000. PAYE 4 000 − 1 048.26 → £2 951 (under the month's band
    // 3 141.67) × 20 % = £590.20; NICs (4 000 − 1 048) × 8 % = £236.16 (below the UEL £4 189), employer
    // (4 000 − 417) × 15 % = £537.45.
    [Fact]
    public void Calculate_AnnualBonus_IsPayForPayeAndNics()
    {
        var slip = Engine.Calculate(May2025(new UnitedKingdomInput { TaxCode = "1257L" }) with { Period = new YearMonth(2025, 4), AnnualBonus = 1_000m });

        Assert.Equal(590.20m, slip.WageTax);
        Assert.Equal(236.16m, slip.EmployeeContributions);
        Assert.Equal(537.45m, slip.EmployerContributions);
    }

    // March 2025 (payday 6 March) is in tax year 2024-25: employer NICs at 13.8 % above the ST £758:
    // (3 000 − 758) × 13.8 % = 309.396 → £309.40; employee (3 000 − 1 048) × 8 % = £156.16; month 12 free pay
    // 12 579.12 leaves no tax on £3 000 of pay to date.
    [Fact]
    public void Calculate_March2025_Uses2024To25Figures()
    {
        var slip = Engine.Calculate(May2025(new UnitedKingdomInput { TaxCode = "1257L" }) with { Period = new YearMonth(2025, 3) });

        Assert.Equal(309.40m, slip.EmployerContributions);
        Assert.Equal(156.16m, slip.EmployeeContributions);
        Assert.Equal(0m, slip.WageTax);
        var ni = Assert.Single(slip.Lines, l => l.Code == "NI_ER");
        Assert.Contains("2024-25", ni.Explanation, StringComparison.Ordinal);
    }

    // Month 2 after month 1 (both £3 000): every figure to date is the two months' sum — pay 6 000, tax 780.60,
    // employee NICs 2 × 156.16, employer 2 × 387.45; the PAYE line shows the £390.20 paid before.
    [Fact]
    public void Calculate_Month2_CarriesEveryFigureToDate()
    {
        var april = Engine.Calculate(May2025(new UnitedKingdomInput { TaxCode = "1257L" }) with { Period = new YearMonth(2025, 4) });

        var may = Engine.Calculate(May2025(new UnitedKingdomInput { TaxCode = "1257L" }) with { JurisdictionYearToDate = april.JurisdictionYearToDate });

        var ytd = may.JurisdictionYearToDate!;
        Assert.Equal(6_000m, ytd.Get(UnitedKingdomPack.TaxablePayToDate));
        Assert.Equal(780.60m, ytd.Get(UnitedKingdomPack.TaxPaidToDate));
        Assert.Equal(312.32m, ytd.Get(UnitedKingdomPack.EmployeeNicToDate));
        Assert.Equal(774.90m, ytd.Get(UnitedKingdomPack.EmployerNicToDate));
        Assert.Equal("GB", ytd.Jurisdiction);
        Assert.Equal(new YearMonth(2025, 5), ytd.ThroughMonth);
        var paye = Assert.Single(may.Lines, l => l.Code == "PAYE");
        Assert.Contains("taxPaidBefore=390.2,", paye.Explanation, StringComparison.Ordinal);
    }

    // A record's NI lines show its frequency's thresholds of 2025-26: weekly LEL £125, PT £242, UEL £967, ST £96;
    // monthly (the default) LEL £542, PT £1 048, UEL £4 189, ST £417 — the explanation must match the NICs paid.
    [Theory]
    [InlineData(UkPayFrequency.Weekly, 500, "LEL=125", "PT=242", "UEL=967", "threshold=96")]
    [InlineData(UkPayFrequency.Monthly, 3_000, "LEL=542", "PT=1048", "UEL=4189", "threshold=417")]
    public void Calculate_RecordOfAFrequency_NiLinesShowThatFrequencysThresholds(UkPayFrequency frequency, int pay, string lel, string pt, string uel, string secondary)
    {
        var uk = new UnitedKingdomInput { TaxCode = "1257L", PayFrequency = frequency, TaxWeek = frequency == UkPayFrequency.Weekly ? 5 : null };
        var slip = Engine.Calculate(May2025(uk) with { BaseSalary = pay });

        var employee = Assert.Single(slip.Lines, l => l.Code == "NI_EE");
        Assert.Contains(lel, employee.Explanation, StringComparison.Ordinal);
        Assert.Contains(pt, employee.Explanation, StringComparison.Ordinal);
        Assert.Contains(uel, employee.Explanation, StringComparison.Ordinal);
        var employer = Assert.Single(slip.Lines, l => l.Code == "NI_ER");
        Assert.Contains(secondary, employer.Explanation, StringComparison.Ordinal);
        Assert.Contains("category A", employer.Name, StringComparison.Ordinal);
    }

    // A lower-case letter is the same category: m (under 21) pays no employer NICs below the UST £4 189.
    [Fact]
    public void Calculate_LowerCaseCategory_IsThatCategory()
    {
        var slip = Engine.Calculate(May2025(new UnitedKingdomInput { TaxCode = "1257L", NiCategory = "m" }) with { Period = new YearMonth(2025, 4) });

        Assert.Equal(156.16m, slip.EmployeeContributions);
        Assert.Equal(0m, slip.EmployerContributions);
    }

    [Fact]
    public void TryCalculate_UnknownCategory_ErrorListsTheYearsLettersInOrder()
    {
        var error = Engine.TryCalculate(May2025(new UnitedKingdomInput { TaxCode = "1257L", NiCategory = "Q" })).Error!;

        Assert.Equal("jurisdictionInput.niCategory", error.Field);
        Assert.Contains("2025-26", error.Message, StringComparison.Ordinal);
        Assert.Contains("A, B, C, D, E, F, H, I, J, K, L, M, N, S, V, X, Z", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCalculate_TwoLetterCategory_ErrorNamesCategory() =>
        Assert.Equal("jurisdictionInput.niCategory",
            Engine.TryCalculate(May2025(new UnitedKingdomInput { TaxCode = "1257L", NiCategory = "AB" })).Error!.Field);

    [Fact]
    public void Validate_NullInput_ThrowsArgumentNull() =>
        Assert.Equal("input", Assert.Throws<ArgumentNullException>(() => UnitedKingdomPack.BuiltIn.Validate(null!, null)).ParamName);

    [Fact]
    public void Validate_NoJurisdictionInput_ErrorSaysItIsMissing()
    {
        var ex = Assert.Throws<PayrollInputException>(() => UnitedKingdomPack.BuiltIn.Validate(May2025(new UnitedKingdomInput()), null));

        Assert.Equal("jurisdictionInput", ex.Field);
        Assert.DoesNotContain("is a ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SingaporeInput_ErrorNamesTheTypeGiven()
    {
        var ex = Assert.Throws<PayrollInputException>(() => UnitedKingdomPack.BuiltIn.Validate(May2025(new UnitedKingdomInput()),
            new SingaporeInput { DateOfBirth = new LocalDate(1990, 1, 1), Residency = CpfResidency.Citizen }));

        Assert.Equal("jurisdictionInput", ex.Field);
        Assert.Contains("SingaporeInput", ex.Message, StringComparison.Ordinal);
    }

    // Each year-to-date figure at its bound is accepted: 0 for the three that cannot be negative, −MaxYearToDateAmount
    // for tax paid (refunds), MaxYearToDateAmount for all four.
    [Theory]
    [InlineData(UnitedKingdomPack.TaxablePayToDate, 0)]
    [InlineData(UnitedKingdomPack.EmployeeNicToDate, 0)]
    [InlineData(UnitedKingdomPack.EmployerNicToDate, 0)]
    [InlineData(UnitedKingdomPack.EmployeeNicToDate, 100_000_000_000)]
    [InlineData(UnitedKingdomPack.EmployerNicToDate, 100_000_000_000)]
    public void Validate_YearToDateFigureAtBound_Accepted(string figure, decimal value)
    {
        var input = May2025(new UnitedKingdomInput { TaxCode = "1257L" }) with
        {
            JurisdictionYearToDate = new JurisdictionYearToDate
            {
                Jurisdiction = "GB",
                ThroughMonth = new YearMonth(2025, 4),
                Figures = new Dictionary<string, decimal> { [figure] = value },
            },
        };

        UnitedKingdomPack.BuiltIn.Validate(input, input.JurisdictionInput);
    }

    [Fact]
    public void BuiltIn_CodeNameAndCurrency()
    {
        var pack = UnitedKingdomPack.BuiltIn;

        Assert.Equal("GB", pack.Code);
        Assert.Equal("United Kingdom", pack.Name);
        Assert.Equal("GBP", pack.Currency);
        Assert.Equal("United Kingdom standard", pack.DefaultPolicy.Name);
    }

    [Fact]
    public void Constructor_NullParameters_ThrowsArgumentNull() =>
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => new UnitedKingdomPack(null!)).ParamName);
}
