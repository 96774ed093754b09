using System.Collections.Immutable;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using NodaTime;

namespace HrKit.Payroll.Tests.Engine;

/// <summary>
/// Each input bound of docs/payroll-input.md at its value (accepted) and one step past it (refused with the field and
/// the exact problem): the PayrollLimits constants, the days of the pay month, 0 and 1 for factors, the month's first
/// and last days for employment dates.
/// </summary>
public sealed class InputValidatorBoundaryTests
{
    private static readonly PayrollEngine Engine = SampleInputs.StandardEngine;

    private static EmployeeMonthInput Valid => SampleInputs.Valid;

    private static void Accepted(EmployeeMonthInput input) => Assert.Equal("E1", Engine.CalculateSummary(input).EmployeeId);

    private static void Refused(EmployeeMonthInput input, string field, string problem)
    {
        var ex = Assert.Throws<PayrollInputException>(() => Engine.CalculateSummary(input));

        Assert.Equal((field, problem), (ex.Field, ex.Problem));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    public void LearningBonusFactor_ZeroAndOne_AreAccepted(string factor) =>
        Accepted(Valid with { Performance = new PerformanceInput("A", 1_000m, decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture)) });

    [Theory]
    [InlineData("-0.01")]
    [InlineData("1.01")]
    public void LearningBonusFactor_OutsideZeroToOne_IsRefused(string factor) =>
        Refused(Valid with { Performance = new PerformanceInput("A", 1_000m, decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture)) },
            "performance.learningBonusFactor", $"{factor} must be between 0 and 1 (0.10 = +10 %).");

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    public void ProrationFactor_ZeroAndOne_AreAccepted(string factor) =>
        Accepted(Valid with { ProrationFactor = decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture) });

    [Theory]
    [InlineData("-0.01")]
    [InlineData("1.01")]
    public void ProrationFactor_OutsideZeroToOne_IsRefused(string factor) =>
        Refused(Valid with { ProrationFactor = decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture) },
            "prorationFactor", $"{factor} must be between 0 and 1.");

    [Fact]
    public void AttendanceDays_AllTheMonthsDays_AreAccepted()
    {
        // January has 31 days, February 2026 has 28.
        Accepted(Valid with { Attendance = new AttendanceInput(31m, 31m, 0m, 0, 0) });
        Accepted(Valid with { Attendance = new AttendanceInput(31m, 0m, 31m, 0, 0) });
        Accepted(Valid with { Period = new YearMonth(2026, 2), HireDate = new LocalDate(2026, 2, 1), Attendance = new AttendanceInput(28m, 28m, 0m, 0, 0) });
    }

    public static TheoryData<AttendanceInput> OneDayTooMany => new()
    {
        new AttendanceInput(31.5m, 0m, 0m, 0, 0),
        new AttendanceInput(20m, 31.5m, 0m, 0, 0),
        new AttendanceInput(20m, 0m, 31.5m, 0, 0),
    };

    [Theory]
    [MemberData(nameof(OneDayTooMany))]
    public void AttendanceDays_MoreThanTheMonthHas_AreRefused(AttendanceInput attendance) =>
        Refused(Valid with { Attendance = attendance }, "attendance", "days cannot exceed the 31 days of 2026-01.");

    [Fact]
    public void AttendanceDays_InFebruary_AreBoundedByItsTwentyEightDays() =>
        Refused(Valid with { Period = new YearMonth(2026, 2), HireDate = new LocalDate(2026, 2, 1), Attendance = new AttendanceInput(28.5m, 0m, 0m, 0, 0) },
            "attendance", "days cannot exceed the 28 days of 2026-02.");

    [Theory]
    [InlineData(-1, 0, 0, "attendance.scheduledDays", "-1 is negative; it must be 0 or more.")]
    [InlineData(0, -1, 0, "attendance.workedDays", "-1 is negative; it must be 0 or more.")]
    [InlineData(0, 0, -1, "attendance.unpaidLeaveDays", "-1 is negative; it must be 0 or more.")]
    public void AttendanceDays_Negative_AreRefused(int scheduled, int worked, int unpaid, string field, string problem) =>
        Refused(Valid with { Attendance = new AttendanceInput(scheduled, worked, unpaid, 0, 0) }, field, problem);

    [Fact]
    public void LateCountAndMinutes_AtTheirBounds_AreAccepted() =>
        Accepted(Valid with { Attendance = new AttendanceInput(21m, 21m, 0m, PayrollLimits.MaxLateCount, PayrollLimits.MaxLateMinutes) });

    [Theory]
    [InlineData(10_001, 0, "attendance.lateCount", "10001 is more than a month can hold (10000).")]
    [InlineData(0, 44_641, "attendance.lateMinutes", "44641 is more than a month can hold (44640).")] // 31 days × 1 440 minutes
    [InlineData(-1, 0, "attendance.lateCount", "-1 is negative; it must be 0 or more.")]
    public void LateCountAndMinutes_BeyondTheirBounds_AreRefused(int count, int minutes, string field, string problem) =>
        Refused(Valid with { Attendance = new AttendanceInput(21m, 21m, 0m, count, minutes) }, field, problem);

    [Fact]
    public void OvertimeHours_AtTheBound_AreAccepted() =>
        Accepted(Valid with { Overtime = new OvertimeHours(744m, 744m, 744m) }); // 31 × 24

    [Theory]
    [InlineData(744.01, 0, 0, "overtime.workday", "744.01 hours is more than a month has (744).")]
    [InlineData(0, 744.01, 0, "overtime.restDay", "744.01 hours is more than a month has (744).")]
    [InlineData(0, 0, 744.01, "overtime.statutoryHoliday", "744.01 hours is more than a month has (744).")]
    [InlineData(0, 0, -0.01, "overtime.statutoryHoliday", "-0.01 is negative; it must be 0 or more.")]
    public void OvertimeHours_BeyondTheBound_AreRefused(double workday, double restDay, double holiday, string field, string problem) =>
        Refused(Valid with { Overtime = new OvertimeHours((decimal)workday, (decimal)restDay, (decimal)holiday) }, field, problem);

    [Fact]
    public void Amount_NegativeZero_IsZeroNotNegative()
    {
        // −0.00 has the sign bit set but is zero: it is paid as a base salary of 0, not refused as negative.
        var negativeZero = new decimal(0, 0, 0, isNegative: true, scale: 2);

        Assert.Equal(0m, Engine.CalculateSummary(Valid with { BaseSalary = negativeZero }).GrossPay);
    }

    [Theory]
    [InlineData("otherEarnings")]
    [InlineData("taxFreeIncome")]
    [InlineData("postTaxDeductions")]
    [InlineData("annualBonus")]
    [InlineData("performance.bonusBase")]
    public void Amount_OneFenAboveTheBound_IsRefusedNamingTheField(string field)
    {
        const decimal over = 1_000_000_000.01m;
        var input = field switch
        {
            "otherEarnings" => Valid with { OtherEarnings = over },
            "taxFreeIncome" => Valid with { TaxFreeIncome = over },
            "postTaxDeductions" => Valid with { PostTaxDeductions = over },
            "annualBonus" => Valid with { AnnualBonus = over },
            _ => Valid with { Performance = new PerformanceInput("A", over, 0m) },
        };

        Refused(input, field, "1000000000.01 is above the largest amount a field may hold (1000000000 a month in the jurisdiction's currency, docs/payroll-input.md#bounds).");
    }

    [Theory]
    [InlineData("otherEarnings")]
    [InlineData("taxFreeIncome")]
    [InlineData("postTaxDeductions")]
    [InlineData("annualBonus")]
    public void Amount_Negative_IsRefusedNamingTheField(string field)
    {
        var input = field switch
        {
            "otherEarnings" => Valid with { OtherEarnings = -0.01m },
            "taxFreeIncome" => Valid with { TaxFreeIncome = -0.01m },
            "postTaxDeductions" => Valid with { PostTaxDeductions = -0.01m },
            _ => Valid with { AnnualBonus = -0.01m },
        };

        Refused(input, field, "-0.01 is negative; it must be 0 or more.");
    }

    [Fact]
    public void Allowances_AboveTheBound_SayTheBound_AndTooMany_AreRefused()
    {
        Refused(Valid with { Allowances = new Dictionary<string, decimal> { ["meal"] = 1_000_000_000.01m } },
            "allowances.meal", "1000000000.01 is above the largest amount a field may hold (1000000000 a month in the jurisdiction's currency, docs/payroll-input.md#bounds).");
        var many = Enumerable.Range(0, 1_001).ToDictionary(i => $"a{i}", _ => 1m);
        Refused(Valid with { Allowances = many }, "allowances", "1001 entries; at most 1000 are accepted.");
        var most = Enumerable.Range(0, 1_000).ToDictionary(i => $"a{i}", _ => 1m);
        Assert.Equal(11_000m, Engine.CalculateSummary(Valid with { Allowances = most }).GrossPay); // 10 000 + 1 000 × 1
    }

    [Fact]
    public void EmployeeId_Missing_IsRequired()
    {
        Refused(Valid with { EmployeeId = "" }, "employeeId", "required.");
        var ex = Assert.Throws<PayrollInputException>(() => Engine.CalculateSummary(Valid with { EmployeeId = null! }));
        Assert.Equal(("?", "employeeId"), (ex.EmployeeId, ex.Field));
    }

    [Fact]
    public void Calendars_OtherThanIso_AreRefusedNamingTheField()
    {
        Refused(Valid with { Period = new YearMonth(2026, 1, CalendarSystem.Julian) }, "period", "must be in the ISO calendar, not Julian.");
        Refused(Valid with { HireDate = new LocalDate(2026, 1, 5, CalendarSystem.Julian) }, "hireDate", "must be in the ISO calendar.");
        Refused(Valid with { TerminationDate = new LocalDate(2026, 1, 5, CalendarSystem.Julian) }, "terminationDate", "must be in the ISO calendar.");
        Refused(Valid with { HireDate = new LocalDate(2026, 1, 5), TerminationDate = new LocalDate(2026, 1, 5, CalendarSystem.Julian) }, "terminationDate", "must be in the ISO calendar.");
    }

    [Fact]
    public void EmploymentDates_OnTheMonthsFirstAndLastDays_AreAccepted()
    {
        Accepted(Valid with { HireDate = new LocalDate(2026, 1, 31) });
        Accepted(Valid with { TerminationDate = new LocalDate(2026, 1, 1) });
        Accepted(Valid with { HireDate = new LocalDate(2026, 1, 15), TerminationDate = new LocalDate(2026, 1, 15) });
    }

    [Fact]
    public void EmploymentDates_OutsideTheMonthOrReversed_AreRefused()
    {
        Refused(Valid with { HireDate = new LocalDate(2026, 2, 1) }, "hireDate", "2026-02-01 is after the pay month 2026-01.");
        Refused(Valid with { TerminationDate = new LocalDate(2025, 12, 31) }, "terminationDate", "2025-12-31 is before the pay month 2026-01.");
        Refused(Valid with { HireDate = new LocalDate(2026, 1, 20), TerminationDate = new LocalDate(2026, 1, 19) }, "terminationDate", "2026-01-19 is before hireDate 2026-01-20.");
    }

    [Fact]
    public void JurisdictionYearToDate_OfAnotherJurisdictionOrNotBeforeTheMonth_IsRefused()
    {
        var input = Valid with
        {
            JurisdictionYearToDate = new JurisdictionYearToDate { Jurisdiction = "HK", ThroughMonth = new YearMonth(2025, 12) },
        };
        Refused(input, "jurisdictionYearToDate.jurisdiction", "'HK' is not the record's jurisdiction 'CN'; pass the state of the previous payslip in the same jurisdiction.");

        var sameMonth = Valid with { JurisdictionYearToDate = new JurisdictionYearToDate { Jurisdiction = "cn", ThroughMonth = new YearMonth(2026, 1) } };
        Refused(sameMonth, "jurisdictionYearToDate.throughMonth", "2026-01 is not before the pay month 2026-01; pass the state through the previous month.");

        var julian = Valid with { JurisdictionYearToDate = new JurisdictionYearToDate { Jurisdiction = "CN", ThroughMonth = new YearMonth(2025, 12, CalendarSystem.Julian) } };
        Refused(julian, "jurisdictionYearToDate.throughMonth", "must be in the ISO calendar.");
    }

    [Fact]
    public void JurisdictionYearToDate_FiguresAtAndBeyondTheirBounds()
    {
        YearMonth through = new(2025, 12);
        EmployeeMonthInput With(IReadOnlyDictionary<string, decimal> figures) =>
            Valid with { JurisdictionYearToDate = new JurisdictionYearToDate { Jurisdiction = "CN", ThroughMonth = through, Figures = figures } };

        Accepted(With(new Dictionary<string, decimal> { ["x"] = 100_000_000_000m, ["y"] = -100_000_000_000m }));
        Refused(With(new Dictionary<string, decimal> { ["x"] = 100_000_000_000.01m }),
            "jurisdictionYearToDate.figures.x", "100000000000.01 is outside ±100000000000 (docs/payroll-input.md#bounds).");
        Refused(With(new Dictionary<string, decimal> { ["y"] = -100_000_000_000.01m }),
            "jurisdictionYearToDate.figures.y", "-100000000000.01 is outside ±100000000000 (docs/payroll-input.md#bounds).");
        Accepted(With(Enumerable.Range(0, 1_000).ToDictionary(i => $"f{i}", _ => 1m)));
        Refused(With(Enumerable.Range(0, 1_001).ToDictionary(i => $"f{i}", _ => 1m)),
            "jurisdictionYearToDate.figures", "1001 entries; at most 1000 are accepted.");
    }

    private static PayrollEngine EngineWith(string customInputs) =>
        new PayrollEngineBuilder().WithPolicy(PayPolicyLoader.Parse($$"""
            { "name": "p", {{customInputs}} "components": [ { "code": "A", "kind": "earning", "formula": "base_salary" } ] }
            """)).Build();

    [Fact]
    public void CustomInputs_UnknownName_SaysWhichAreDeclared()
    {
        var none = Assert.Throws<PayrollInputException>(() => EngineWith("").CalculateSummary(Valid with { CustomInputs = new Dictionary<string, decimal> { ["x"] = 1m } }));
        Assert.Equal(("customInputs.x", "the pay policy 'p' has no custom input of that name (it declares none)."), (none.Field, none.Problem));

        var some = Assert.Throws<PayrollInputException>(() => EngineWith(""" "customInputs": [ { "name": "a" }, { "name": "b" } ], """)
            .CalculateSummary(Valid with { CustomInputs = new Dictionary<string, decimal> { ["a"] = 1m, ["x"] = 1m } }));
        Assert.Equal(("customInputs.x", "the pay policy 'p' has no custom input of that name (declared: a, b)."), (some.Field, some.Problem));
    }

    [Fact]
    public void CustomInputs_FromMinusToPlusTheBound_AreAccepted_BeyondAreRefused()
    {
        var engine = EngineWith(""" "customInputs": [ { "name": "a" } ], """);
        EmployeeMonthInput With(decimal a) => Valid with { CustomInputs = new Dictionary<string, decimal> { ["a"] = a } };

        Assert.Equal("E1", engine.CalculateSummary(With(-1_000_000_000m)).EmployeeId);
        Assert.Equal("E1", engine.CalculateSummary(With(1_000_000_000m)).EmployeeId);
        var below = Assert.Throws<PayrollInputException>(() => engine.CalculateSummary(With(-1_000_000_000.01m)));
        Assert.Equal(("customInputs.a", "-1000000000.01 is outside ±1000000000 (docs/payroll-input.md#bounds)."), (below.Field, below.Problem));
        var above = Assert.Throws<PayrollInputException>(() => engine.CalculateSummary(With(1_000_000_000.01m)));
        Assert.Equal(("customInputs.a", "1000000000.01 is outside ±1000000000 (docs/payroll-input.md#bounds)."), (above.Field, above.Problem));
    }

    [Fact]
    public void AmountMap_AnyDictionaryType_SumsAndFindsTheFirstOutside()
    {
        // The concrete Dictionary and any other IReadOnlyDictionary take different paths; both must agree.
        var plain = new Dictionary<string, decimal> { ["a"] = 1.25m, ["b"] = -2m, ["c"] = 10m };
        var sorted = plain.ToImmutableSortedDictionary(StringComparer.Ordinal);

        Assert.Equal(9.25m, AmountMap.Sum(plain));   // 1.25 − 2 + 10
        Assert.Equal(9.25m, AmountMap.Sum(sorted));
        Assert.Equal(0m, AmountMap.Sum(ImmutableSortedDictionary<string, decimal>.Empty));
        Assert.Equal(new KeyValuePair<string, decimal>("b", -2m), AmountMap.FirstOutside(plain, 0m, 10m));
        Assert.Equal(new KeyValuePair<string, decimal>("b", -2m), AmountMap.FirstOutside(sorted, 0m, 10m));
        Assert.Equal(new KeyValuePair<string, decimal>("c", 10m), AmountMap.FirstOutside(sorted, -2m, 9.99m));
        Assert.Equal(new KeyValuePair<string, decimal>("c", 10m), AmountMap.FirstOutside(plain, -2m, 9.99m));
        Assert.Null(AmountMap.FirstOutside(plain, -2m, 10m));   // both ends are inside
        Assert.Null(AmountMap.FirstOutside(sorted, -2m, 10m));
        Assert.Null(AmountMap.FirstOutside(ImmutableSortedDictionary<string, decimal>.Empty, 0m, 0m));
    }

    [Fact]
    public void Bounds_WrittenWithTrailingZeros_AreStillAtTheBound()
    {
        // 744.00 and 1000000000.00 equal the bounds but carry a scale, so their unscaled integers (74 400,
        // 100 000 000 000) exceed the quick whole-number test and the exact comparison decides: still accepted.
        Accepted(Valid with { Overtime = new OvertimeHours(744.00m, 744.00m, 744.00m) });
        Accepted(Valid with { BaseSalary = 1_000_000_000.00m, OtherEarnings = 1_000_000_000.00m });
        Accepted(Valid with
        {
            Period = new YearMonth(2026, 2),
            YearToDate = new TaxYearToDate { ThroughMonth = new YearMonth(2026, 1), Income = 100_000_000_000.00m },
        });
    }

    [Fact]
    public void YearToDateFigure_OneFenAboveTheBound_IsRefusedNamingIt()
    {
        Refused(Valid with
        {
            Period = new YearMonth(2026, 2),
            YearToDate = new TaxYearToDate { ThroughMonth = new YearMonth(2026, 1), Income = 100_000_000_000.01m },
        }, "yearToDate.income", "100000000000.01 is above the largest year-to-date figure (100000000000 in the jurisdiction's currency, docs/payroll-input.md#bounds).");
    }
}
