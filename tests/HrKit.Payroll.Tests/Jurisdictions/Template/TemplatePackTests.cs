using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Model;
using HrKit.Payroll.Serialization;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.Template;

/// <summary>
/// The template pack through the engine. Expected figures are worked by hand from template-parameters.json:
/// social security 6 % (5 % before 2026) of pay up to 6 000; tax on the scale 0 % to 12 000, 10 % to 48 000, 25 % above,
/// applied to pay to date annualised over an April–March year.
/// </summary>
public sealed class TemplatePackTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().WithJurisdiction(TemplatePack.Instance).Build();

    private static EmployeeMonthInput April => new()
    {
        EmployeeId = "Z1",
        Jurisdiction = "ZZ",
        Period = new YearMonth(2026, 4),
        BaseSalary = 5_000m,
    };

    [Fact]
    public void Calculate_FirstMonthOfTaxYear_ContributionsAndTaxByHand()
    {
        var slip = Engine.Calculate(April);

        // 5000 × 6 % = 300; employer 5000 × 8 % = 400. Taxable 4700, annualised 56 400:
        // 36 000 × 10 % + 8 400 × 25 % = 5 700 a year, 475 for the first month.
        Assert.Equal("ZZ", slip.Jurisdiction);
        Assert.Equal(300m, slip.EmployeeContributions);
        Assert.Equal(400m, slip.EmployerContributions);
        Assert.Equal(475m, slip.WageTax);
        Assert.Equal(4_225m, slip.NetPay);
        Assert.Equal(5_400m, slip.EmployerCost);
        Assert.Equal(["BASE", "SS_EE", "SS_ER", "INCOME_TAX"], slip.Lines.Select(l => l.Code));
        Assert.Equal(4_700m, slip.JurisdictionYearToDate!.Get("taxablePay"));
        Assert.Equal(475m, slip.JurisdictionYearToDate.Get("taxPaid"));
        Assert.Same(TaxYearToDate.Empty, slip.YearToDate);
    }

    [Fact]
    public void Calculate_SecondMonthWithState_TaxIsCumulativeAndPayAboveCeilingIsCapped()
    {
        var april = Engine.Calculate(April);
        var slip = Engine.Calculate(April with { Period = new YearMonth(2026, 5), BaseSalary = 8_000m, JurisdictionYearToDate = april.JurisdictionYearToDate });

        // Base capped at 6 000: 360 and 480. Pay to date 4 700 + 7 640 = 12 340, annualised ×6 = 74 040:
        // 3 600 + 26 040 × 25 % = 10 110 a year, 1 685 for two months, less 475 paid = 1 210.
        Assert.Equal(360m, slip.EmployeeContributions);
        Assert.Equal(480m, slip.EmployerContributions);
        Assert.Equal(1_210m, slip.WageTax);
        Assert.Equal(6_430m, slip.NetPay);
        Assert.Equal(1_685m, slip.JurisdictionYearToDate!.Get("taxPaid"));
    }

    [Fact]
    public void Calculate_StateOfEarlierTaxYear_IsNotCarried()
    {
        var march = Engine.Calculate(April with { Period = new YearMonth(2026, 3) });
        var slip = Engine.Calculate(April with { JurisdictionYearToDate = march.JurisdictionYearToDate });

        Assert.Equal(475m, slip.WageTax);
    }

    [Fact]
    public void Calculate_MonthBeforeRateChange_UsesTheValueInForceThen()
    {
        var slip = Engine.Calculate(April with { Period = new YearMonth(2025, 12) });

        Assert.Equal(250m, slip.EmployeeContributions);
        Assert.Contains("Template Social Security Act 2019, s. 12(1)", slip.Line("SS_EE")!.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_LineExplanation_IsDataWithFiguresAndSource()
    {
        var line = Engine.Calculate(April).Line("SS_EE")!;

        var details = Assert.IsType<StatutoryExplanation>(line.Details);
        Assert.Equal(LineExplanationKind.Statutory, details.Kind);
        Assert.Equal([new("gross", 5_000m), new("ceiling", 6_000m), new("rate", 0.06m)], details.Figures);
        Assert.Equal("Social security, employee: min(gross, ceiling) × rate (gross=5000, ceiling=6000, rate=0.06) = 300.00; source: Template Social Security (Amendment) Act 2025, s. 2.",
            line.Explanation);
    }

    [Fact]
    public void Calculate_JurisdictionInputFromJson_IsReadByThePack()
    {
        var input = PayrollJson.DeserializeInput("""{"employeeId":"Z2","jurisdiction":"zz","period":"2026-04","baseSalary":5000,"jurisdictionInput":{"taxExempt":true}}""");

        var slip = Engine.Calculate(input);

        Assert.Equal(0m, slip.WageTax);
        Assert.Equal(300m, slip.EmployeeContributions);
    }

    [Fact]
    public void TryCalculate_JurisdictionInputOfWrongType_ErrorNamesJsonPath()
    {
        var input = PayrollJson.DeserializeInput("""{"employeeId":"Z3","jurisdiction":"ZZ","period":"2026-04","jurisdictionInput":{"taxExempt":"yes"}}""");

        var error = Engine.TryCalculate(input).Error!;

        Assert.Equal("Z3", error.EmployeeId);
        Assert.Equal("jurisdictionInput.taxExempt", error.Field);
    }

    [Fact]
    public void TryCalculate_ChinaOnlyField_IsRefused()
    {
        var error = Engine.TryCalculate(April with { HousingFundRate = 0.12m }).Error!;

        Assert.Equal("housingFundRate", error.Field);
        Assert.Contains("China mainland field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCalculate_StateOfAnotherJurisdiction_IsRefused()
    {
        var state = new JurisdictionYearToDate { Jurisdiction = "HK", ThroughMonth = new YearMonth(2026, 4) };

        var error = Engine.TryCalculate(April with { Period = new YearMonth(2026, 5), JurisdictionYearToDate = state }).Error!;

        Assert.Equal("jurisdictionYearToDate.jurisdiction", error.Field);
    }

    [Fact]
    public void PolicyFor_PackWithoutHostPolicy_IsThePacksDefault()
    {
        Assert.Same(TemplatePack.Instance.DefaultPolicy, Engine.PolicyFor("zz"));
        Assert.Equal("China mainland standard", Engine.PolicyFor("CN").Name);
    }
}
