using System.Text;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

/// <summary>A host's city files laid over the built-in table: whole cities replaced, new cities added, single schedules extended.</summary>
public sealed class ContributionTableOverrideTests
{
    // A host adds Beijing's 2026-07 cycle (figures invented for the test: floor 7 500, ceiling 37 500) and keeps the 2025-07 one.
    private const string Beijing2026 = """
        { "city": "beijing", "schedules": [
          { "effectiveFrom": "2025-07-01", "effectiveTo": "2026-06-30", "source": "host copy",
            "items": [ { "code": "PENSION", "employeeRate": 0.08, "employerRate": 0.16, "baseFloor": 7162, "baseCeiling": 35811 } ] },
          { "effectiveFrom": "2026-07-01", "effectiveTo": "2027-06-30", "source": { "notice": "host's reading of the 2026 notice", "url": "https://example.org/bj2026", "confidence": "confirmed" },
            "items": [ { "code": "PENSION", "employeeRate": 0.08, "employerRate": 0.16, "baseFloor": 7500, "baseCeiling": 37500 } ] }
        ] }
        """;

    private static ContributionTable Host(string json, string file) =>
        ContributionTableLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), file);

    private static EmployeeMonthInput Joiner(string city, YearMonth month, decimal siBase) => new()
    {
        EmployeeId = "H1", Period = month, City = city, BaseSalary = siBase, SocialInsuranceBase = siBase, HireDate = month.OnDayOfMonth(1),
    };

    [Fact]
    public void ReplaceCities_HostCityFile_ReplacesTheWholeCityAndEndsTheCarryForward()
    {
        var table = ContributionTable.BuiltIn.ReplaceCities(Host(Beijing2026, "beijing.json"));
        var engine = new PayrollEngineBuilder().WithContributionTable(table).Build();

        var slip = engine.Calculate(Joiner("beijing", new YearMonth(2026, 11), 1_000m));

        Assert.Null(slip.ProvisionalContributions);
        Assert.Equal(600.00m, slip.Line("PENSION_EE")!.Amount); // base 1 000 → floor 7 500 × 8 % = 600
        Assert.Null(slip.Line("MEDICAL_EE"));                   // the host's Beijing has only pension: the city was replaced whole
        Assert.Equal(2, table.SchedulesOf("beijing").Length);
        Assert.Equal(ContributionTable.BuiltIn.SchedulesOf("shanghai").ToList(), table.SchedulesOf("shanghai").ToList());
    }

    [Fact]
    public void ReplaceCities_NewCity_IsAddedNextToTheBuiltInOnes()
    {
        var ningbo = Host("""
            { "city": "ningbo", "schedules": [ { "effectiveFrom": "2025-07-01", "effectiveTo": "2026-06-30", "source": "host",
              "items": [ { "code": "PENSION", "employeeRate": 0.08, "employerRate": 0.16, "baseFloor": 4000, "baseCeiling": 20000 } ] } ] }
            """, "ningbo.json");

        var table = ContributionTable.BuiltIn.ReplaceCities(ningbo);

        Assert.Equal(ContributionTable.BuiltIn.Cities.Count() + 1, table.Cities.Count());
        Assert.Equal(ContributionCoverage.Published, table.Lookup("ningbo", new YearMonth(2026, 1)).Coverage);
    }

    [Fact]
    public void WithContributionOverrides_NewScheduleOnly_ExtendsTheCityAndKeepsItsOtherItems()
    {
        var only2026 = Host(Beijing2026, "beijing.json").SchedulesOf("beijing").Where(s => s.EffectiveFrom.Year == 2026);
        var engine = new PayrollEngineBuilder().WithContributionOverrides(only2026).Build();

        var july2026 = engine.Calculate(Joiner("beijing", new YearMonth(2026, 7), 40_000m));
        var june2026 = engine.Calculate(Joiner("beijing", new YearMonth(2026, 6), 40_000m));

        Assert.Equal(3_000.00m, july2026.Line("PENSION_EE")!.Amount);  // 40 000 → ceiling 37 500 × 8 %
        Assert.Null(july2026.ProvisionalContributions);
        Assert.Equal(2_864.88m, june2026.Line("PENSION_EE")!.Amount);  // built-in 2025-07 cycle: 35 811 × 8 %
        Assert.Equal(719.22m, june2026.Line("MEDICAL_EE")!.Amount);    // 35 811 × 2 % + 3
    }

    [Fact]
    public void WithContributionOverrides_OverlappingTheBuiltInSchedule_IsRejected()
    {
        var overlapping = new CityContributionSchedule("beijing", new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31),
            [new ContributionItem("PENSION", "养老保险", 0.08m, 0.16m, 0m, 7_000m, 35_000m, RoundingRule.Fen)], 0m, 0m, "host");

        var ex = Assert.Throws<ArgumentException>(() => new PayrollEngineBuilder().WithContributionOverrides([overlapping]).Build());

        Assert.Contains("City 'beijing': the schedule 2025-07-01..2026-06-30 overlaps the one from 2026-01-01", ex.Message, StringComparison.Ordinal);
    }
}
