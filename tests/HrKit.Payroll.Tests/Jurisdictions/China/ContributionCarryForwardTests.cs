using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using System.Text.Json;
using HrKit.Payroll.Reports;
using HrKit.Payroll.Serialization;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

/// <summary>
/// The carry-forward rule: a month after a city's last schedule (Beijing's ends 2026-06-30) is paid on that schedule
/// for at most 24 months, marked provisional on the payslip and in run reports; inside published cycles nothing is marked.
/// </summary>
public sealed class ContributionCarryForwardTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();

    // A joiner on the 1st needs no year-to-date state, so any month can be paid on its own; the 1st makes the month whole.
    private static EmployeeMonthInput Beijing(YearMonth month) => new()
    {
        EmployeeId = "P1",
        Period = month,
        City = "beijing",
        BaseSalary = 21_000m,
        SocialInsuranceBase = 21_000m,
        HireDate = month.OnDayOfMonth(1),
    };

    [Fact]
    public void Calculate_BeijingNovember2026_PaysProvisionallyOnThe2025CycleAndSaysSo()
    {
        var slip = Engine.Calculate(Beijing(new YearMonth(2026, 11)));

        // The 2025-07..2026-06 schedule (floor 7 162, ceiling 35 811): base 21 000 lies inside.
        Assert.Equal(1_680.00m, slip.Line("PENSION_EE")!.Amount);       // 21 000 × 8 %
        Assert.Equal(423.00m, slip.Line("MEDICAL_EE")!.Amount);         // 21 000 × 2 % + 3
        Assert.Equal(105.00m, slip.Line("UNEMPLOYMENT_EE")!.Amount);    // 21 000 × 0.5 %
        Assert.Equal(2_520m, slip.Line("HOUSING_FUND_EE")!.Amount);     // 21 000 × 12 %, whole yuan
        Assert.Equal(4_728.00m, slip.EmployeeContributions);
        // 3 360 + 1 890 + 168 (maternity 0.8 %) + 105 + 42 (work injury 0.2 %) + 2 520
        Assert.Equal(8_085.00m, slip.EmployerContributions);
        // First month of employment: (21 000 − 5 000 − 4 728) × 3 % = 11 272 × 3 % = 338.16
        Assert.Equal(338.16m, slip.WageTax);
        Assert.Equal(15_933.84m, slip.NetPay);

        var carry = Assert.IsType<ContributionCarryForward>(slip.ProvisionalContributions);
        Assert.Equal("beijing", carry.City);
        Assert.Equal(new YearMonth(2026, 7), carry.UnpublishedCycle);
        Assert.Equal(new LocalDate(2025, 7, 1), carry.ScheduleFrom);
        Assert.Equal(new LocalDate(2026, 6, 30), carry.ScheduleTo);
        Assert.Equal(5, carry.MonthsCarriedForward); // July, August, September, October, November
        Assert.StartsWith("2026-07 cycle not yet published; bases of the 2025-07 cycle used", carry.Message, StringComparison.Ordinal);
        var line = slip.Line("CONTRIBUTIONS_PROVISIONAL")!;
        Assert.Equal((PayslipLineKind.Info, "Contributions provisional"), (line.Kind, line.Name));
        Assert.Equal(0m, line.Amount);
        Assert.Equal(carry.Message, line.Explanation);
    }

    [Fact]
    public void Serialize_ProvisionalPayslip_WritesTheMarkAndOmitsItInsidePublishedCycles()
    {
        var provisional = PayrollJson.Serialize(Engine.Calculate(Beijing(new YearMonth(2026, 11))));
        var published = PayrollJson.Serialize(Engine.Calculate(Beijing(new YearMonth(2026, 1))));

        using var doc = JsonDocument.Parse(provisional);
        var mark = doc.RootElement.GetProperty("provisionalContributions");
        Assert.Equal("2026-07", mark.GetProperty("unpublishedCycle").GetString());
        Assert.Equal("2025-07-01", mark.GetProperty("scheduleFrom").GetString());
        Assert.Equal(5, mark.GetProperty("monthsCarriedForward").GetInt32());
        Assert.DoesNotContain("provisionalContributions", published, StringComparison.Ordinal);
    }

    [Fact]
    public void CalculateSummary_CarriedForwardMonth_CarriesTheSameMark()
    {
        var summary = Engine.CalculateSummary(Beijing(new YearMonth(2026, 11)));

        Assert.Equal(5, summary.ProvisionalContributions?.MonthsCarriedForward);
        Assert.Equal(4_728.00m, summary.EmployeeContributions);
    }

    [Fact]
    public void CalculateSummary_ManyEmployeesInAProvisionalMonth_ShareOneMark()
    {
        var first = Engine.CalculateSummary(Beijing(new YearMonth(2027, 2)));
        var second = Engine.CalculateSummary(Beijing(new YearMonth(2027, 2)) with { EmployeeId = "P2", City = "BEIJING" });

        Assert.Same(first.ProvisionalContributions, second.ProvisionalContributions);
        Assert.Equal(8, first.ProvisionalContributions!.MonthsCarriedForward);
    }

    [Theory]
    [InlineData(2025, 7)]
    [InlineData(2026, 1)]
    [InlineData(2026, 6)]
    public void Calculate_InsidePublishedCycle_HasNoProvisionalMark(int year, int month)
    {
        var slip = Engine.Calculate(Beijing(new YearMonth(year, month)));

        Assert.Null(slip.ProvisionalContributions);
        Assert.Null(slip.Line("CONTRIBUTIONS_PROVISIONAL"));
        Assert.Equal(4_728.00m, slip.EmployeeContributions);
    }

    [Fact]
    public void Calculate_TwentyFourMonthsAfter_IsStillCarriedForward()
    {
        var slip = Engine.Calculate(Beijing(new YearMonth(2028, 6)));

        Assert.Equal(24, slip.ProvisionalContributions?.MonthsCarriedForward);
    }

    [Fact]
    public void Calculate_TwentyFiveMonthsAfter_IsAnErrorNamingTheBound()
    {
        var ex = Assert.Throws<PayrollInputException>(() => Engine.Calculate(Beijing(new YearMonth(2028, 7))));

        Assert.Equal("period", ex.Field);
        Assert.Contains("no schedule of 'beijing' for 2028-07", ex.Message, StringComparison.Ordinal);
        Assert.Contains("25 months after the last schedule ended", ex.Message, StringComparison.Ordinal);
        Assert.Contains("at most 24 months", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookup_EachKindOfMonth_ReportsCoverageAndSource()
    {
        var table = ContributionTable.BuiltIn;

        var published = table.Lookup("shanghai", new YearMonth(2025, 8));
        Assert.Equal(ContributionCoverage.Published, published.Coverage);
        Assert.Equal(new LocalDate(2025, 7, 1), published.Schedule!.EffectiveFrom);
        Assert.Contains("talent-spot.com", published.Message, StringComparison.Ordinal);
        Assert.Null(published.CarryForward);

        var carried = table.Lookup("shanghai", new YearMonth(2026, 12));
        Assert.Equal(ContributionCoverage.CarriedForward, carried.Coverage);
        Assert.Equal(6, carried.CarryForward!.MonthsCarriedForward);

        Assert.Equal(ContributionCoverage.NotCovered, table.Lookup("shanghai", new YearMonth(2024, 6)).Coverage);
        Assert.Equal(ContributionCoverage.UnknownCity, table.Lookup("atlantis", new YearMonth(2025, 8)).Coverage);
        Assert.Equal(ContributionCoverage.BeyondCarryForwardLimit, table.Lookup("shanghai", new YearMonth(2028, 7)).Coverage);
    }

    [Fact]
    public void Lookup_MonthInAGapBetweenSchedules_IsNotCoveredAndNotCarriedForward()
    {
        var table = new ContributionTable([Schedule(new LocalDate(2024, 7, 1), new LocalDate(2024, 12, 31)), Schedule(new LocalDate(2025, 7, 1), new LocalDate(2026, 6, 30))]);

        var gap = table.Lookup("testville", new YearMonth(2025, 3));

        Assert.Equal(ContributionCoverage.NotCovered, gap.Coverage);
        Assert.Null(gap.Schedule);
        Assert.Contains("2024-07-01..2024-12-31, 2025-07-01..2026-06-30", gap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookup_OpenEndedLatestSchedule_IsPublishedForAnyLaterMonth()
    {
        var table = new ContributionTable([Schedule(new LocalDate(2024, 7, 1), null)]);

        Assert.Equal(ContributionCoverage.Published, table.Lookup("testville", new YearMonth(2040, 1)).Coverage);
        Assert.Empty(table.CitiesEndingBefore(new YearMonth(2040, 1)));
    }

    [Fact]
    public void CitiesEndingBefore_December2026_ListsEveryBuiltInCityWithItsCarryForwardLimit()
    {
        var ending = ContributionTable.BuiltIn.CitiesEndingBefore(new YearMonth(2026, 12));

        var beijing = Assert.Single(ending, c => c.City == "beijing");
        Assert.Equal(new LocalDate(2026, 6, 30), beijing.LastDay);
        Assert.Equal(new YearMonth(2028, 6), beijing.CarryForwardUntil);
        var shenzhen = Assert.Single(ending, c => c.City == "shenzhen");
        Assert.Equal(new LocalDate(2025, 6, 30), shenzhen.LastDay);
        Assert.Equal(new YearMonth(2027, 6), shenzhen.CarryForwardUntil);
        // Built-in data reaches 2026-06 at the latest, so every city is behind in December 2026.
        Assert.Equal(ContributionTable.BuiltIn.Cities.Count(), ending.Length);
        Assert.DoesNotContain(ContributionTable.BuiltIn.CitiesEndingBefore(new YearMonth(2026, 6)), c => c.City == "beijing");
    }

    [Fact]
    public void Build_ReportOverProvisionalPayslips_AlertsPerCityAndMonth()
    {
        var slips = new[]
        {
            Engine.Calculate(Beijing(new YearMonth(2026, 11))),
            Engine.Calculate(Beijing(new YearMonth(2026, 11)) with { EmployeeId = "P2" }),
            Engine.Calculate(Beijing(new YearMonth(2026, 1))),
        };

        var report = new PayrollReportBuilder().Build(slips);

        var alert = Assert.Single(report.Alerts);
        Assert.StartsWith("2 payslip(s) with provisional contributions (beijing 2026-11): 2026-07 cycle not yet published", alert, StringComparison.Ordinal);
    }

    private static CityContributionSchedule Schedule(LocalDate from, LocalDate? to) =>
        new("testville", from, to, [new ContributionItem("PENSION", "养老保险", 0.08m, 0.16m, 0m, 4_000m, 20_000m, RoundingRule.Fen)], 0m, 0m, "test");
}
