using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Jurisdictions.HongKong;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.HongKong;

/// <summary>
/// The Hong Kong pack's year of assessment (1 April to 31 March) and its tax estimate's projection at the year's
/// edges, through the engine with the built-in figures; amounts hand-computed (MPFA 5 % capped at $1,500; IRD 2025/26
/// basic allowance 132,000, progressive 2/6 % bands, no 2025/26 reduction in the data).
/// </summary>
public sealed class HongKongPackBoundaryTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();

    private static EmployeeMonthInput Employee(decimal salary, YearMonth period, JurisdictionYearToDate? ytd = null) => new()
    {
        EmployeeId = "HK9",
        Jurisdiction = "HK",
        Period = period,
        BaseSalary = salary,
        JurisdictionYearToDate = ytd,
    };

    [Theory]
    [InlineData(2025, 4, 2025)]
    [InlineData(2026, 3, 2025)]
    [InlineData(2025, 12, 2025)]
    [InlineData(2026, 1, 2025)]
    public void TaxYearStart_AprilToMarch(int year, int month, int startYear) =>
        Assert.Equal(new YearMonth(startYear, 4), HongKongPack.BuiltIn.TaxYearStart(new YearMonth(year, month)));

    // March is the last month of the year of assessment: nothing is projected. $20,000 in March 2026 after
    // $220,000 and $11,000 of MPF April–February: income 240,000, MPF 12,000 → net income 228,000; net chargeable
    // 96,000 → 1,000 + 46,000 × 6 % = 3,760 (the April example of HongKongPackTests, reached without projection).
    [Fact]
    public void Calculate_MarchWithYearToDate_EstimateWithoutProjection()
    {
        var ytd = new JurisdictionYearToDate
        {
            Jurisdiction = "HK",
            ThroughMonth = new YearMonth(2026, 2),
            Figures = new Dictionary<string, decimal> { [HongKongPack.AssessableIncomeFigure] = 220_000m, [HongKongPack.MpfEmployeeFigure] = 11_000m },
        };

        var slip = Engine.Calculate(Employee(20_000m, new YearMonth(2026, 3), ytd));

        Assert.Equal(3_760m, slip.Lines.Single(l => l.Code == "HK_SALARIES_TAX_ESTIMATE").Amount);
        Assert.Equal(240_000m, slip.JurisdictionYearToDate!.Get(HongKongPack.AssessableIncomeFigure));
        Assert.Equal(12_000m, slip.JurisdictionYearToDate.Get(HongKongPack.MpfEmployeeFigure));
    }

    // January: two months (February, March) projected. $20,000 a month with $180,000 and $9,000 of MPF April–December:
    // income 200,000 + 20,000 × 2 = 240,000, MPF 10,000 + 1,000 × 2 = 12,000 → again 3,760.
    [Fact]
    public void Calculate_JanuaryWithYearToDate_ProjectsFebruaryAndMarch()
    {
        var ytd = new JurisdictionYearToDate
        {
            Jurisdiction = "HK",
            ThroughMonth = new YearMonth(2025, 12),
            Figures = new Dictionary<string, decimal> { [HongKongPack.AssessableIncomeFigure] = 180_000m, [HongKongPack.MpfEmployeeFigure] = 9_000m },
        };

        var slip = Engine.Calculate(Employee(20_000m, new YearMonth(2026, 1), ytd));

        Assert.Equal(3_760m, slip.Lines.Single(l => l.Code == "HK_SALARIES_TAX_ESTIMATE").Amount);
    }

    // A projection above PayrollLimits.MaxAmount is capped there, not refused: $100,000,000 in April projects
    // 1,200,000,000 → 1,000,000,000; MPF 1,500 × 12 = 18,000; net income 999,982,000 at the standard rates
    // 15 % × 5,000,000 + 16 % × 994,982,000 = 159,947,120 (lower than progressive); no 2025/26 reduction.
    [Fact]
    public void Calculate_ProjectionAboveMaxAmount_CappedAtTheBound()
    {
        var slip = Engine.Calculate(Employee(100_000_000m, new YearMonth(2025, 4)));

        Assert.Equal(159_947_120m, slip.Lines.Single(l => l.Code == "HK_SALARIES_TAX_ESTIMATE").Amount);
        Assert.Equal(1_500m, slip.EmployeeContributions);
    }

    // The IRD figures in the data start with 2024/25: June 2014 (MPF figures from 1 June 2014) is paid, MPF 5 % of
    // $20,000 = $1,000 each, with no tax estimate line rather than an error.
    [Fact]
    public void Calculate_YearWithoutSalariesTaxFigures_MpfWithoutEstimate()
    {
        var slip = Engine.Calculate(Employee(20_000m, new YearMonth(2014, 6)));

        Assert.Equal(1_000m, slip.EmployeeContributions);
        Assert.Equal(1_000m, slip.EmployerContributions);
        Assert.DoesNotContain(slip.Lines, l => l.Code == "HK_SALARIES_TAX_ESTIMATE");
    }

    // Before the first MPF figures (1 June 2014) there is nothing to compute with: an input error naming the period.
    [Fact]
    public void Calculate_MonthBeforeMpfFigures_ErrorNamesPeriod()
    {
        var error = Engine.TryCalculate(Employee(20_000m, new YearMonth(2014, 5))).Error!;

        Assert.Equal("HK9", error.EmployeeId);
        Assert.Equal("period", error.Field);
        Assert.Contains("2014-05", error.Message, StringComparison.Ordinal);
    }

    // Another jurisdiction's input on an HK record is refused naming the type given.
    [Fact]
    public void Validate_SingaporeInput_ErrorNamesTheTypeGiven()
    {
        var ex = Assert.Throws<PayrollInputException>(() => HongKongPack.BuiltIn.Validate(Employee(20_000m, new YearMonth(2025, 6)),
            new HrKit.Payroll.Jurisdictions.Singapore.SingaporeInput { DateOfBirth = new LocalDate(1990, 1, 1), Residency = HrKit.Payroll.Jurisdictions.Singapore.CpfResidency.Citizen }));

        Assert.Equal("jurisdictionInput", ex.Field);
        Assert.Contains("SingaporeInput", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NullInput_ThrowsArgumentNull() =>
        Assert.Equal("input", Assert.Throws<ArgumentNullException>(() => HongKongPack.BuiltIn.Validate(null!, null)).ParamName);

    // The pack's identity: ISO 4217 currency HKD.
    [Fact]
    public void BuiltIn_CodeNameAndCurrency()
    {
        Assert.Equal(("HK", "Hong Kong SAR", "HKD"), (HongKongPack.BuiltIn.Code, HongKongPack.BuiltIn.Name, HongKongPack.BuiltIn.Currency));
        Assert.Same(HongKongParameters.BuiltIn, HongKongPack.BuiltIn.Figures);
        Assert.Equal("figures", Assert.Throws<ArgumentNullException>(() => new HongKongPack(null!)).ParamName);
    }
}
