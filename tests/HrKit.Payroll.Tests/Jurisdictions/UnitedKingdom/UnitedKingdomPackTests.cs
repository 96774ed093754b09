using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Jurisdictions.UnitedKingdom;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.UnitedKingdom;

/// <summary>
/// A UK employee through the engine with the built-in GB pack and its default policy. Figures hand-computed from
/// HMRC, Rates and thresholds for employers 2025 to 2026 and the Specification for PAYE Tax Table Routines.
/// </summary>
public sealed class UnitedKingdomPackTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();

    private static EmployeeMonthInput April2025 => new()
    {
        EmployeeId = "G1",
        Jurisdiction = "GB",
        Period = new YearMonth(2025, 4),
        BaseSalary = 3_000m,
        JurisdictionInput = new UnitedKingdomInput { TaxCode = "1257L", NiCategory = "A" },
    };

    // Tax month 1, £3 000: free pay 1 048.26 → taxable £1 951 × 20 % = £390.20. NICs category A:
    // (3 000 − 1 048) × 8 % = £156.16; employer (3 000 − 417) × 15 % = £387.45. Net 3 000 − 390.20 − 156.16 = £2 453.64.
    [Fact]
    public void Calculate_Month1Code1257L_PaysPayeAndNics()
    {
        var slip = Engine.Calculate(April2025);

        Assert.Equal("GB", slip.Jurisdiction);
        Assert.Equal(3_000m, slip.GrossPay);
        Assert.Equal(390.20m, slip.WageTax);
        Assert.Equal(156.16m, slip.EmployeeContributions);
        Assert.Equal(387.45m, slip.EmployerContributions);
        Assert.Equal(2_453.64m, slip.NetPay);
        Assert.Equal(3_000m, slip.JurisdictionYearToDate!.Get(UnitedKingdomPack.TaxablePayToDate));
        Assert.Equal(390.20m, slip.JurisdictionYearToDate.Get(UnitedKingdomPack.TaxPaidToDate));
    }

    // Month 2 with month 1's state: pay to date £6 000, free pay 2 096.52, taxable £3 903 × 20 % = £780.60 due, less £390.20 paid = £390.40.
    [Fact]
    public void Calculate_Month2WithMonth1State_IsCumulative()
    {
        var april = Engine.Calculate(April2025);

        var may = Engine.Calculate(April2025 with { Period = new YearMonth(2025, 5), JurisdictionYearToDate = april.JurisdictionYearToDate });

        Assert.Equal(390.40m, may.WageTax);
        Assert.Equal(780.60m, may.JurisdictionYearToDate!.Get(UnitedKingdomPack.TaxPaidToDate));
        Assert.Equal(312.32m, may.JurisdictionYearToDate.Get(UnitedKingdomPack.EmployeeNicToDate));
    }

    // A state through March 2025 (tax year 2024-25) is not carried into April 2025: the new tax year starts afresh.
    [Fact]
    public void Calculate_StateOfPreviousTaxYear_IsNotCarriedIntoApril()
    {
        var march = new JurisdictionYearToDate
        {
            Jurisdiction = "GB",
            ThroughMonth = new YearMonth(2025, 3),
            Figures = new Dictionary<string, decimal> { [UnitedKingdomPack.TaxablePayToDate] = 33_000m, [UnitedKingdomPack.TaxPaidToDate] = 4_000m },
        };

        var slip = Engine.Calculate(April2025 with { JurisdictionYearToDate = march });

        Assert.Equal(390.20m, slip.WageTax);
    }

    // Scottish code, category M (under 21: no employer NICs up to the UST £4 189): month 1 S1257L on £3 000 = £394.92
    // (PayeBasisTests); employee (3 000 − 1 048) × 8 % = £156.16; employer £0.
    [Fact]
    public void Calculate_ScottishUnder21_UsesScottishBandsAndCategoryM()
    {
        var slip = Engine.Calculate(April2025 with { JurisdictionInput = new UnitedKingdomInput { TaxCode = "S1257L", NiCategory = "M" } });

        Assert.Equal(394.92m, slip.WageTax);
        Assert.Equal(156.16m, slip.EmployeeContributions);
        Assert.Equal(0m, slip.EmployerContributions);
    }

    // A refund on the cumulative basis raises net pay: month 2 on no pay after £2 000 and £190.40 tax in month 1.
    [Fact]
    public void Calculate_CumulativeRefund_IncreasesNetPay()
    {
        var state = new JurisdictionYearToDate
        {
            Jurisdiction = "GB",
            ThroughMonth = new YearMonth(2025, 4),
            Figures = new Dictionary<string, decimal> { [UnitedKingdomPack.TaxablePayToDate] = 2_000m, [UnitedKingdomPack.TaxPaidToDate] = 190.40m },
        };

        var slip = Engine.Calculate(April2025 with { Period = new YearMonth(2025, 5), BaseSalary = 0m, JurisdictionYearToDate = state });

        Assert.Equal(-190.40m, slip.WageTax);
        Assert.Equal(190.40m, slip.NetPay);
    }

    // Weekly pay, tax week 1, £500: free pay 241.92 → £258 × 20 % = £51.60; NICs (500 − 242) × 8 % = £20.64, employer (500 − 96) × 15 % = £60.60.
    [Fact]
    public void Calculate_WeeklyRecord_UsesWeeklyTablesAndThresholds()
    {
        var slip = Engine.Calculate(April2025 with
        {
            BaseSalary = 500m,
            JurisdictionInput = new UnitedKingdomInput { TaxCode = "1257L", PayFrequency = UkPayFrequency.Weekly, TaxWeek = 1 },
        });

        Assert.Equal(51.60m, slip.WageTax);
        Assert.Equal(20.64m, slip.EmployeeContributions);
        Assert.Equal(60.60m, slip.EmployerContributions);
    }

    [Fact]
    public void Calculate_PayeLine_ExplainsWithFiguresAndSource()
    {
        var slip = Engine.Calculate(April2025);

        var paye = Assert.Single(slip.Lines, l => l.Code == "PAYE");
        Assert.Contains("code 1257L, cumulative basis, tax year 2025-26", paye.Explanation, StringComparison.Ordinal);
        Assert.Contains("freePay", paye.Explanation, StringComparison.Ordinal);
        Assert.Contains("Specification for PAYE Tax Table Routines", paye.Explanation, StringComparison.Ordinal);
        Assert.Single(slip.Lines, l => l.Code == "NI_EE" && l.Kind == PayslipLineKind.EmployeeContribution && l.Amount == 156.16m);
    }

    [Theory]
    [InlineData("12X4L", "A", "jurisdictionInput.taxCode")]
    [InlineData("1257L", "Q", "jurisdictionInput.niCategory")]
    [InlineData("1257L", "", "jurisdictionInput.niCategory")]
    public void TryCalculate_InvalidUkInput_ErrorNamesJsonPath(string code, string category, string field)
    {
        var error = Engine.TryCalculate(April2025 with { JurisdictionInput = new UnitedKingdomInput { TaxCode = code, NiCategory = category } }).Error!;

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void TryCalculate_NoJurisdictionInput_ErrorNamesIt()
    {
        var error = Engine.TryCalculate(April2025 with { JurisdictionInput = null }).Error!;

        Assert.Equal("jurisdictionInput", error.Field);
        Assert.Contains("taxCode", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCalculate_WeeklyWithoutTaxWeek_ErrorNamesTaxWeek()
    {
        var error = Engine.TryCalculate(April2025 with { JurisdictionInput = new UnitedKingdomInput { TaxCode = "1257L", PayFrequency = UkPayFrequency.Weekly } }).Error!;

        Assert.Equal("jurisdictionInput.taxWeek", error.Field);
    }

    [Fact]
    public void TryCalculate_ChinaField_IsRefused()
    {
        var error = Engine.TryCalculate(April2025 with { HousingFundRate = 0.12m }).Error!;

        Assert.Equal("housingFundRate", error.Field);
    }

    [Fact]
    public void TryCalculate_PeriodOutsideKnownTaxYears_ErrorNamesPeriod()
    {
        var error = Engine.TryCalculate(April2025 with { Period = new YearMonth(2030, 5) }).Error!;

        Assert.Equal("period", error.Field);
    }

    [Fact]
    public void CalculateMany_MixedChinaAndUk_EachPaidByItsPack()
    {
        var beijing = new EmployeeMonthInput { EmployeeId = "C1", Period = new YearMonth(2026, 1), City = "beijing", BaseSalary = 10_000m };
        EmployeeMonthInput[] inputs = [beijing, April2025, beijing with { EmployeeId = "C2" }];

        var slips = Engine.CalculateMany(inputs).Select(r => r.Payslip!).ToList();

        Assert.Equal(["CN", "GB", "CN"], slips.Select(s => s.Jurisdiction));
        Assert.Equal(Engine.Calculate(beijing).NetPay, slips[0].NetPay);
        Assert.Equal(2_453.64m, slips[1].NetPay);
        Assert.Null(slips[0].JurisdictionYearToDate);
    }

    [Fact]
    public void TaxMonth_CalendarMonths_MapAprilToOneAndMarchToTwelve()
    {
        Assert.Equal(1, UnitedKingdomPack.TaxMonth(new YearMonth(2025, 4)));
        Assert.Equal(10, UnitedKingdomPack.TaxMonth(new YearMonth(2026, 1)));
        Assert.Equal(12, UnitedKingdomPack.TaxMonth(new YearMonth(2026, 3)));
    }

    // A whole tax year, April 2025 to March 2026, £3 000 a month on 1257L, each month fed the previous payslip's state:
    // the year's PAYE equals the annual computation, (36 000 − 12 579.12 → £23 420) × 20 % = £4 684.00; NICs do not
    // cumulate: 12 × £156.16 = £1 873.92.
    [Fact]
    public void Calculate_WholeTaxYear_PayeAddsUpToAnnualTax()
    {
        var input = April2025;
        decimal paye = 0m, nics = 0m;
        JurisdictionYearToDate? state = null;
        for (var month = 0; month < 12; month++)
        {
            var slip = Engine.Calculate(input with { Period = new YearMonth(2025, 4).PlusMonths(month), JurisdictionYearToDate = state });
            paye += slip.WageTax;
            nics += slip.EmployeeContributions;
            state = slip.JurisdictionYearToDate;
        }

        Assert.Equal(4_684.00m, paye);
        Assert.Equal(1_873.92m, nics);
        Assert.Equal(4_684.00m, state!.Get(UnitedKingdomPack.TaxPaidToDate));
        Assert.Equal(new YearMonth(2026, 3), state.ThroughMonth);
    }

    // K1000 on £500 (PayeRegulatoryLimitTests): £266.80 due, £250.00 deducted; the line's figures say the limit applied.
    [Fact]
    public void Calculate_KCodeAtRegulatoryLimit_LineShowsLimit()
    {
        var slip = Engine.Calculate(April2025 with { BaseSalary = 500m, JurisdictionInput = new UnitedKingdomInput { TaxCode = "K1000" } });

        Assert.Equal(250.00m, slip.WageTax);
        var line = Assert.Single(slip.Lines, l => l.Code == "PAYE");
        Assert.Contains("additionalPay=834.09", line.Explanation, StringComparison.Ordinal);
        Assert.Contains("regulatoryLimitApplied=1", line.Explanation, StringComparison.Ordinal);
    }
}
