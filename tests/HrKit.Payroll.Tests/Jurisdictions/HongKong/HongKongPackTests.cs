using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Jurisdictions.HongKong;
using HrKit.Payroll.Model;
using HrKit.Payroll.Serialization;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.HongKong;

/// <summary>Hong Kong employees paid through the engine with the built-in HK pack and its default policy.</summary>
public sealed class HongKongPackTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();

    private static EmployeeMonthInput Employee(decimal salary, int year, int month, HongKongInput? input = null, JurisdictionYearToDate? ytd = null) => new()
    {
        EmployeeId = "HK1",
        Jurisdiction = "HK",
        Period = new YearMonth(year, month),
        BaseSalary = salary,
        JurisdictionInput = input,
        JurisdictionYearToDate = ytd,
    };

    // MPFA monthly table: $20,000 → 5 % each = $1,000. Net 20,000 − 1,000 = 19,000; cost 20,000 + 1,000.
    // Tax estimate (hand, 2025/26, April): income projected 20,000 × 12 = 240,000, MPF 1,000 × 12 = 12,000 → net
    // income 228,000; basic allowance 132,000 → net chargeable 96,000 → 1,000 + 46,000 × 6 % = 3,760; standard
    // 228,000 × 15 % = 34,200; no 2025/26 reduction in the data → 3,760.
    [Fact]
    public void Calculate_MonthlyEmployee_MpfBothSidesAndTaxEstimateLine()
    {
        var slip = Engine.Calculate(Employee(20_000m, 2025, 4));

        Assert.Equal("HK", slip.Jurisdiction);
        Assert.Equal(20_000m, slip.GrossPay);
        Assert.Equal(1_000m, Line(slip, "MPF_EE").Amount);
        Assert.Equal(1_000m, Line(slip, "MPF_ER").Amount);
        Assert.Equal(19_000m, slip.NetPay);
        Assert.Equal(21_000m, slip.EmployerCost);
        Assert.Equal(0m, slip.WageTax);
        Assert.Equal(3_760m, Line(slip, "HK_SALARIES_TAX_ESTIMATE").Amount);
        Assert.Equal(PayslipLineKind.Info, Line(slip, "HK_SALARIES_TAX_ESTIMATE").Kind);
        Assert.Equal(20_000m, slip.JurisdictionYearToDate!.Get(HongKongPack.AssessableIncomeFigure));
        Assert.Equal(1_000m, slip.JurisdictionYearToDate.Get(HongKongPack.MpfEmployeeFigure));
    }

    // MPFA: above $30,000 both pay $1,500.
    [Fact]
    public void Calculate_HighEarner_MpfCappedAt1500()
    {
        var slip = Engine.Calculate(Employee(50_000m, 2025, 4));

        Assert.Equal(1_500m, slip.EmployeeContributions);
        Assert.Equal(1_500m, Line(slip, "MPF_ER").Amount);
    }

    // HReasily's example through the engine (joined 5 June 2019 → holiday in June and July, employee pays from
    // August), here in 2025 with the same dates: the employer pays every month; the year to date carries over.
    [Fact]
    public void CalculateMonths_NewEmployee_HolidayThenContributions()
    {
        var input = new HongKongInput { EmploymentStart = new LocalDate(2025, 6, 5) };
        JurisdictionYearToDate? ytd = null;
        var employee = new List<decimal>();
        var employer = new List<decimal>();
        for (var month = 6; month <= 8; month++)
        {
            var slip = Engine.Calculate(Employee(20_000m, 2025, month, input, ytd));
            employee.Add(slip.EmployeeContributions);
            employer.Add(Line(slip, "MPF_ER").Amount);
            ytd = slip.JurisdictionYearToDate;
        }

        Assert.Equal([0m, 0m, 1_000m], employee);
        Assert.Equal([1_000m, 1_000m, 1_000m], employer);
        Assert.Equal(60_000m, ytd!.Get(HongKongPack.AssessableIncomeFigure));
        Assert.Equal(1_000m, ytd.Get(HongKongPack.MpfEmployeeFigure));
        Assert.Contains("contribution holiday", Engine.Calculate(Employee(20_000m, 2025, 6, input)).Lines.First(l => l.Code == "MPF_EE").Explanation, StringComparison.Ordinal);
    }

    // The same holiday counted from the record's hireDate when jurisdictionInput gives no employmentStart.
    [Fact]
    public void Calculate_HireDateWithoutEmploymentStart_HolidayFromHireDate()
    {
        var slip = Engine.Calculate(Employee(20_000m, 2025, 7) with { HireDate = new LocalDate(2025, 6, 5) });

        Assert.Equal(0m, slip.EmployeeContributions);
        Assert.Equal(1_000m, Line(slip, "MPF_ER").Amount);
    }

    // employmentStart wins over the record's hireDate when both are given (the HK input states the MPF start): joined
    // 5 June per employmentStart, so July is still in the holiday (30th day 4 July), although hireDate says 2 January.
    [Fact]
    public void Calculate_EmploymentStartAndHireDate_HolidayFromEmploymentStart()
    {
        var slip = Engine.Calculate(Employee(20_000m, 2025, 7, new HongKongInput { EmploymentStart = new LocalDate(2025, 6, 5) }) with { HireDate = new LocalDate(2025, 1, 2) });

        Assert.Equal(0m, slip.EmployeeContributions);
        Assert.Equal(1_000m, Line(slip, "MPF_ER").Amount);
    }

    [Fact]
    public void Calculate_ChildrenOutOfRange_ErrorNamesField()
    {
        var error = Engine.TryCalculate(Employee(20_000m, 2025, 4, new HongKongInput { Children = 10 })).Error!;

        Assert.Equal("jurisdictionInput.children", error.Field);
    }

    [Fact]
    public void Calculate_ChinaOnlyField_Refused()
    {
        var error = Engine.TryCalculate(Employee(20_000m, 2025, 4) with { HousingFundRate = 0.12m }).Error!;

        Assert.Equal("housingFundRate", error.Field);
    }

    // The JSON record: jurisdictionInput is read by the pack. Married, two children, HK$40,000 in April 2025:
    // MPF capped 1,500 each; estimate (hand): income 480,000, MPF 18,000 → net income 462,000; allowances
    // 264,000 + 2 × 130,000 = 524,000 → nothing chargeable → 0.
    [Fact]
    public void Calculate_JurisdictionInputFromJson_IsReadByThePack()
    {
        var input = PayrollJson.DeserializeInput("""{"employeeId":"H2","jurisdiction":"HK","period":"2025-04","baseSalary":40000,"jurisdictionInput":{"marriedPersonAllowance":true,"children":2}}""");

        var slip = Engine.Calculate(input);

        Assert.Equal(1_500m, slip.EmployeeContributions);
        Assert.Equal(0m, Line(slip, "HK_SALARIES_TAX_ESTIMATE").Amount);
        Assert.Equal("MPF employee mandatory contribution: min(relevantIncome, maximumRelevantIncome) × rate, to the cent (relevantIncome=40000, maximumRelevantIncome=30000, rate=0.05) = 1500.00; source: "
            + HongKongParameters.BuiltIn.Mpf[0].Source + ".", Line(slip, "MPF_EE").Explanation);
    }

    [Theory]
    [InlineData("""{"children":12}""", "jurisdictionInput.children")]
    [InlineData("""{"employmentStart":"5 June"}""", "jurisdictionInput.employmentStart")]
    [InlineData("""{"childern":1}""", "jurisdictionInput.childern")]
    public void TryCalculate_BadJurisdictionInputJson_ErrorNamesJsonPath(string json, string field)
    {
        var input = PayrollJson.DeserializeInput($$"""{"employeeId":"H3","jurisdiction":"HK","period":"2025-04","baseSalary":20000,"jurisdictionInput":{{json}}}""");

        var error = Engine.TryCalculate(input).Error!;

        Assert.Equal("H3", error.EmployeeId);
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void TaxYearStart_April() => Assert.Equal(new YearMonth(2025, 4), HongKongPack.BuiltIn.TaxYearStart(new YearMonth(2026, 3)));

    [Fact]
    public void DefaultPolicy_IsTheHongKongStandard() => Assert.Equal("Hong Kong SAR standard", HongKongPack.BuiltIn.DefaultPolicy.Name);

    private static PayslipLine Line(Payslip slip, string code) => slip.Lines.Single(l => l.Code == code);
}
