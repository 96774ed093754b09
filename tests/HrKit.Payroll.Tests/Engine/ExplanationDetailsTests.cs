using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Engine;

/// <summary>Explanations as data: the figures each line quotes, worked by hand (8 700 / 21.75 = 400 a day, 50 an hour).</summary>
public sealed class ExplanationDetailsTests
{
    private static readonly Payslip Slip = SampleInputs.StandardEngine.Calculate(new EmployeeMonthInput
    {
        EmployeeId = "E4",
        Period = new YearMonth(2026, 1),
        City = "beijing",
        BaseSalary = 8_700m,
        Overtime = new OvertimeHours(Workday: 10m, RestDay: 0m, StatutoryHoliday: 0m),
        AnnualBonus = 36_000m,
    });

    private static Dictionary<string, decimal> Figures(string code) =>
        Slip.Line(code)!.Details.Figures.ToDictionary(f => f.Key, f => f.Value);

    [Fact]
    public void Details_FormulaLine_CarriesTheNamesItReadAndTheResult()
    {
        var figures = Figures("OT_WORKDAY");

        Assert.Equal(LineExplanationKind.Formula, Slip.Line("OT_WORKDAY")!.Details.Kind);
        Assert.Equal(10m, figures["overtime_workday_hours"]);
        Assert.Equal(50m, figures["HOURLY_RATE"]);
        Assert.Equal(1.5m, figures["overtime_workday_rate"]);
        Assert.Equal(750m, figures["result"]);
    }

    [Fact]
    public void Details_ContributionLine_CarriesBaseRateFixedAndAmount()
    {
        // Beijing 2025 schedule: 8 700 lies inside 7 162–35 811; medical 2 % + 3 fixed = 174 + 3.
        var figures = Figures("MEDICAL_EE");

        Assert.Equal(LineExplanationKind.Contribution, Slip.Line("MEDICAL_EE")!.Details.Kind);
        Assert.Equal((8_700m, 8_700m, 0.02m, 3m, 177m),
            (figures["requested base"], figures["base"], figures["rate"], figures["fixed"], figures["amount"]));
    }

    [Fact]
    public void Details_IncomeTaxLines_CarryTheirBrackets()
    {
        // Wages: 8 700 + 750 − 5 000 − contributions (696 + 177 + 43.50 + 1 044) = 2 489.50 taxable → 3 % = 74.685 → 74.69.
        var wage = Figures("IIT");
        // Bonus 36 000 / 12 = 3 000 → 3 % row: 1 080.
        var bonus = Figures("IIT_BONUS");

        Assert.Equal((2_489.50m, 0.03m, 74.69m), (wage["taxable income"], wage["rate"], wage["tax this month"]));
        Assert.Equal((3_000m, 0.03m, 1_080m), (bonus["bonus / 12"], bonus["rate"], bonus["tax"]));
        Assert.Equal(LineExplanationKind.AnnualBonusTax, Slip.Line("IIT_BONUS")!.Details.Kind);
    }

    [Fact]
    public void Explanation_FormattedOnDemand_IsTheDetailsText()
    {
        foreach (var line in Slip.Lines)
        {
            Assert.Equal(line.Details.ToString(), line.Explanation);
        }

        Assert.Equal("全年一次性奖金, taxed separately.", Slip.Line("ANNUAL_BONUS")!.Explanation);
        Assert.Equal(LineExplanationKind.Text, Slip.Line("ANNUAL_BONUS")!.Details.Kind);
    }
}
