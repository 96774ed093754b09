using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Jurisdictions.Singapore;
using HrKit.Payroll.Model;
using HrKit.Payroll.Serialization;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.Singapore;

/// <summary>Singapore employees paid through the engine with the built-in SG pack and its default policy.</summary>
public sealed class SingaporePackTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();

    private static readonly SingaporeInput Citizen30 = new() { DateOfBirth = new LocalDate(1995, 3, 1), Residency = CpfResidency.Citizen };

    private static EmployeeMonthInput Employee(decimal salary, YearMonth period, SingaporeInput? input, decimal bonus = 0m, JurisdictionYearToDate? ytd = null) => new()
    {
        EmployeeId = "SG1",
        Jurisdiction = "SG",
        Period = period,
        BaseSalary = salary,
        AnnualBonus = bonus,
        JurisdictionInput = input,
        JurisdictionYearToDate = ytd,
    };

    // Hand, Table 1 (55 and below), June 2025, $5,000: total 37 % = 1,850; employee 20 % = 1,000; employer 850;
    // SDL 0.25 % × 4,500 = 11.25. Net 4,000; cost 5,000 + 850 + 11.25 = 5,861.25.
    [Fact]
    public void Calculate_Citizen_CpfAndSdl()
    {
        var slip = Engine.Calculate(Employee(5_000m, new YearMonth(2025, 6), Citizen30));

        Assert.Equal("SG", slip.Jurisdiction);
        Assert.Equal(1_000m, Line(slip, "CPF_EE").Amount);
        Assert.Equal(850m, Line(slip, "CPF_ER").Amount);
        Assert.Equal(11.25m, Line(slip, "SDL").Amount);
        Assert.Equal(4_000m, slip.NetPay);
        Assert.Equal(5_861.25m, slip.EmployerCost);
        Assert.Equal(5_000m, slip.JurisdictionYearToDate!.Get(SingaporePack.OrdinaryWagesFigure));
    }

    // The December bonus of CpfCalculatorTests through the engine: OW $8,000 (capped 7,400), bonus $30,000 as AW,
    // $81,400 OW subjected Jan–Nov → AW ceiling 13,200; total 7,622, employee 4,120, employer 3,502; SDL $11.25.
    [Fact]
    public void Calculate_DecemberBonus_AwCeilingFromYearToDate()
    {
        var ytd = new JurisdictionYearToDate
        {
            Jurisdiction = "SG",
            ThroughMonth = new YearMonth(2025, 11),
            Figures = new Dictionary<string, decimal> { [SingaporePack.OrdinaryWagesFigure] = 81_400m },
        };

        var slip = Engine.Calculate(Employee(8_000m, new YearMonth(2025, 12), Citizen30, bonus: 30_000m, ytd: ytd));

        Assert.Equal(4_120m, slip.EmployeeContributions);
        Assert.Equal(3_502m, Line(slip, "CPF_ER").Amount);
        Assert.Equal(38_000m - 4_120m, slip.NetPay);
        Assert.Equal(13_200m, slip.JurisdictionYearToDate!.Get(SingaporePack.AdditionalWagesFigure));
        Assert.Equal(88_800m, slip.JurisdictionYearToDate.Get(SingaporePack.OrdinaryWagesFigure));
    }

    // Hand: 2nd-year SPR (status 15 January 2024 → 2nd year February 2025 to January 2026), G/G, aged 57 in June
    // 2025 (born 1968): Table 3 above 55–60, 6 % + 12.5 % = 18.5 %; $4,000 → total 740, employee 500, employer 240.
    [Fact]
    public void Calculate_SecondYearSpr_GraduatedRates()
    {
        var spr = new SingaporeInput { DateOfBirth = new LocalDate(1968, 1, 10), Residency = CpfResidency.PermanentResident, SprStart = new LocalDate(2024, 1, 15) };

        var slip = Engine.Calculate(Employee(4_000m, new YearMonth(2025, 6), spr));

        Assert.Equal(500m, slip.EmployeeContributions);
        Assert.Equal(240m, Line(slip, "CPF_ER").Amount);
        Assert.Contains("SprSecondYearGraduated", Line(slip, "CPF_EE").Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_Foreigner_SdlOnly()
    {
        var slip = Engine.Calculate(Employee(3_000m, new YearMonth(2025, 6), new SingaporeInput { DateOfBirth = new LocalDate(1990, 1, 1), Residency = CpfResidency.Foreigner }));

        Assert.Equal(0m, slip.EmployeeContributions);
        Assert.Equal(7.50m, slip.EmployerContributions);
        Assert.DoesNotContain(slip.Lines, l => l.Code.StartsWith("CPF", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_BonusAfterJanuaryWithoutYearToDate_ErrorAsksForIt()
    {
        var error = Engine.TryCalculate(Employee(5_000m, new YearMonth(2025, 6), Citizen30, bonus: 10_000m)).Error!;

        Assert.Equal("jurisdictionYearToDate", error.Field);
    }

    [Fact]
    public void Calculate_JurisdictionInputFromJson_IsReadByThePack()
    {
        var input = PayrollJson.DeserializeInput("""{"employeeId":"S2","jurisdiction":"SG","period":"2025-06","baseSalary":5000,"jurisdictionInput":{"dateOfBirth":"1995-03-01","residency":"citizen"}}""");

        Assert.Equal(1_000m, Engine.Calculate(input).EmployeeContributions);
    }

    [Theory]
    [InlineData("""{"residency":"citizen"}""", "jurisdictionInput.dateOfBirth")]
    [InlineData("""{"dateOfBirth":"1995-03-01"}""", "jurisdictionInput.residency")]
    [InlineData("""{"dateOfBirth":"1995-03-01","residency":"alien"}""", "jurisdictionInput.residency")]
    [InlineData("""{"dateOfBirth":"1995-03-01","residency":"citizen","sprRateOption":"half"}""", "jurisdictionInput.sprRateOption")]
    [InlineData("""{"dateOfBirth":"1995-03-01","residency":"citizen","ordinaryWagesForYear":-5}""", "jurisdictionInput.ordinaryWagesForYear")]
    [InlineData("""{"dateOfBirth":"2030-01-01","residency":"citizen"}""", "jurisdictionInput.dateOfBirth")]
    [InlineData("""{"dateOfBirth":"1995-03-01","residency":"permanentResident","sprStart":"2026-01-01"}""", "jurisdictionInput.sprStart")]
    public void TryCalculate_BadJurisdictionInputJson_ErrorNamesJsonPath(string json, string field)
    {
        var input = PayrollJson.DeserializeInput($$"""{"employeeId":"S3","jurisdiction":"SG","period":"2025-06","baseSalary":5000,"jurisdictionInput":{{json}}}""");

        var error = Engine.TryCalculate(input).Error!;

        Assert.Equal("S3", error.EmployeeId);
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Calculate_NoJurisdictionInput_ErrorNamesIt()
    {
        var error = Engine.TryCalculate(Employee(5_000m, new YearMonth(2025, 6), null)).Error!;

        Assert.Equal("jurisdictionInput", error.Field);
    }

    [Fact]
    public void Calculate_PermanentResidentWithoutStartDate_ErrorNamesSprStart()
    {
        var error = Engine.TryCalculate(Employee(5_000m, new YearMonth(2025, 6), new SingaporeInput { DateOfBirth = new LocalDate(1990, 1, 1), Residency = CpfResidency.PermanentResident })).Error!;

        Assert.Equal("jurisdictionInput.sprStart", error.Field);
    }

    [Fact]
    public void DefaultPolicy_OvertimeAtOneAndAHalfTimesHourlyBasicRate()
    {
        // Hand: hourly basic rate 12 × 2,600 / (52 × 44) = 13.636…; 10 hours × 1.5 → 204.55 (policy rounding to the cent).
        var slip = Engine.Calculate(Employee(2_600m, new YearMonth(2025, 6), Citizen30) with { Overtime = new OvertimeHours(10m, 0m, 0m) });

        Assert.Equal(204.55m, slip.Lines.Single(l => l.Code == "OT_WORKDAY").Amount);
    }

    private static PayslipLine Line(Payslip slip, string code) => slip.Lines.Single(l => l.Code == code);
}
