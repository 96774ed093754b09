using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Jurisdictions.China.Explanations;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

/// <summary>
/// The China lines' explanations as data and as text, worked by hand for Beijing, January 2026 (schedule from
/// 2025-07-01: pension 8 % / 16 %, medical 2 % + 3 / 9 %, base 7 162 to 35 811; 国家税务总局公告2018年第61号 for the
/// cumulative withholding, 财税〔2018〕164号 for the separate bonus).
/// </summary>
public sealed class ChinaLineExplanationTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();

    private static EmployeeMonthInput Beijing(decimal salary) => new() { EmployeeId = "C9", Period = new YearMonth(2026, 1), City = "beijing", BaseSalary = salary };

    private static string[] Names(PayslipLine line) => [.. line.Details.Figures.Select(f => f.Key)];

    private static decimal[] Values(PayslipLine line) => [.. line.Details.Figures.Select(f => f.Value)];

    [Fact]
    public void Withholding_FiguresInTheirOrderAndTheSentence()
    {
        // 10 000 − 5 000 − 2 253 (8 % + 2 % + 3 + 0.5 % + 12 % housing fund) = 2 747 × 3 % = 82.41.
        var iit = Engine.Calculate(Beijing(10_000m)).Line("IIT")!;

        Assert.Equal(
            ["cumulative income", "tax-free income", "basic deduction", "special deductions", "special additional deductions", "other deductions",
             "taxable income", "rate", "quick deduction", "cumulative tax", "already withheld", "tax this month"],
            Names(iit));
        Assert.Equal([10_000m, 0m, 5_000m, 2_253m, 0m, 0m, 2_747m, 0.03m, 0m, 82.41m, 0m, 82.41m], Values(iit));
        Assert.Equal(
            "Cumulative withholding (国家税务总局公告2018年第61号): cumulative income 10000.00 − tax-free 0.00 − basic deduction 5000.00 − special deductions 2253.00"
            + " − special additional deductions 0.00 − other deductions 0.00 = taxable 2747.00; annual table (预扣率表一) row 3% less quick deduction 0"
            + " → cumulative tax 82.41 − already withheld 0.00 = 82.41.",
            iit.Explanation);
    }

    [Fact]
    public void Withholding_MoreWithheldBeforeThanDue_SaysNothingIsRefunded()
    {
        // February: 20 000 − 10 000 − 4 506 = 5 494 × 3 % = 164.82, but 500 was withheld in January.
        var february = Beijing(10_000m) with
        {
            Period = new YearMonth(2026, 2),
            YearToDate = new TaxYearToDate { ThroughMonth = new YearMonth(2026, 1), Income = 10_000m, BasicDeduction = 5_000m, SpecialDeductions = 2_253m, TaxableIncome = 2_747m, TaxWithheld = 500m },
        };

        var iit = Engine.Calculate(february).Line("IIT")!;

        Assert.EndsWith(
            "= taxable 5494.00; annual table (预扣率表一) row 3% less quick deduction 0 → cumulative tax 164.82 − already withheld 500.00 = 0.00"
            + " (negative: nothing is refunded this month; the cumulative figures carry it).",
            iit.Explanation,
            StringComparison.Ordinal);
        Assert.Equal(500m, iit.Details.Figures.Single(f => f.Key == "already withheld").Value);
    }

    [Fact]
    public void Contributions_NamesFiguresAndSentence_WithTheEmployeesFixedPartOnly()
    {
        var slip = Engine.Calculate(Beijing(10_000m));
        var (pension, medical, medicalEmployer) = (slip.Line("PENSION_EE")!, slip.Line("MEDICAL_EE")!, slip.Line("MEDICAL_ER")!);

        Assert.Equal(("Pension (employee)", "Medical insurance (employee)", "Medical insurance (employer)"), (pension.Name, medical.Name, medicalEmployer.Name));
        Assert.Equal(["requested base", "base", "rate", "fixed", "amount"], Names(medical));
        Assert.Equal([10_000m, 10_000m, 0.02m, 3m, 203m], Values(medical));
        Assert.Equal([10_000m, 10_000m, 0.09m, 0m, 900m], Values(medicalEmployer));
        Assert.Equal("base 10000.00 × 8% = 800.00 (rounded to the fen); beijing schedule from 2025-07-01.", pension.Explanation);
        Assert.Equal("base 10000.00 × 2% + fixed 3.00 = 203.00 (rounded to the fen); beijing schedule from 2025-07-01.", medical.Explanation);
        Assert.Equal("base 10000.00 × 9% = 900.00 (rounded to the fen); beijing schedule from 2025-07-01.", medicalEmployer.Explanation);
    }

    [Fact]
    public void Contributions_BaseOutsideTheRange_SaysWhichBoundClampedIt()
    {
        // 40 000 is above the ceiling 35 811 (35 811 × 8 % = 2 864.88); 5 000 below the floor 7 162 (572.96).
        Assert.Equal(
            "base 35811.00 (requested 40000.00, clamped to the ceiling) × 8% = 2864.88 (rounded to the fen); beijing schedule from 2025-07-01.",
            Engine.Calculate(Beijing(40_000m)).Line("PENSION_EE")!.Explanation);
        Assert.Equal(
            "base 7162.00 (requested 5000.00, clamped to the floor) × 8% = 572.96 (rounded to the fen); beijing schedule from 2025-07-01.",
            Engine.Calculate(Beijing(5_000m)).Line("PENSION_EE")!.Explanation);
    }

    [Fact]
    public void ContributionLabels_KnownCodesByTheirEnglishName_ACitysOwnItemByItsLocalName()
    {
        var pension = new ContributionLabels(new ContributionItem("PENSION", "养老保险", 0.08m, 0.16m, 0m, 7_162m, 35_811m, RoundingRule.Fen));
        var own = new ContributionLabels(new ContributionItem("SUPPLEMENTARY_MEDICAL", "补充医疗保险", 0.01m, 0.02m, 0m, 0m, 35_811m, RoundingRule.Fen));

        Assert.Equal(("PENSION_EE", "Pension (employee)", "PENSION_ER", "Pension (employer)", "养老保险"),
            (pension.EmployeeCode, pension.EmployeeName, pension.EmployerCode, pension.EmployerName, pension.LocalName));
        Assert.Equal(("SUPPLEMENTARY_MEDICAL_EE", "补充医疗保险 (employee)", "SUPPLEMENTARY_MEDICAL_ER", "补充医疗保险 (employer)"),
            (own.EmployeeCode, own.EmployeeName, own.EmployerCode, own.EmployerName));
    }

    [Fact]
    public void SeparateBonus_FiguresAndSentence()
    {
        // 12 000 ÷ 12 = 1 000 → the converted table's 3 % row: 12 000 × 3 % − 0 = 360.
        var bonus = Engine.Calculate(Beijing(10_000m) with { AnnualBonus = 12_000m, AnnualBonusTaxMethod = AnnualBonusTaxMethod.Separate }).Line("IIT_BONUS")!;

        Assert.Equal(["bonus", "bonus / 12", "rate", "quick deduction", "tax"], Names(bonus));
        Assert.Equal([12_000m, 1_000m, 0.03m, 0m, 360m], Values(bonus));
        Assert.Equal(
            "财税〔2018〕164号 separate taxation: 12000.00 ÷ 12 = 1000.00 → monthly-converted table (按月换算后的综合所得税率表) row 3% less quick deduction 0: 12000.00 × 3% − 0 = 360.00, rounded to the fen.",
            bonus.Explanation);
    }

    [Theory]
    [InlineData(ContributionConfidence.Confirmed, "Notice 1; City bureau; https://example.gov.cn/1 (confirmed)")]
    [InlineData(ContributionConfidence.Unconfirmed, "Notice 1; City bureau; https://example.gov.cn/1 (unconfirmed)")]
    public void ContributionSource_ToString_PartsThenTheMark(ContributionConfidence confidence, string expected)
    {
        Assert.Equal(expected, new ContributionSource("Notice 1", "City bureau", "https://example.gov.cn/1", confidence, "n").ToString());
        Assert.Equal("Notice 1; https://example.gov.cn/1 (confirmed)", new ContributionSource("Notice 1", " ", "https://example.gov.cn/1", ContributionConfidence.Confirmed, "").ToString());
        Assert.Equal("unconfirmed", ContributionSource.Unknown.ToString());
    }

    [Fact]
    public void ContributionLookup_HasSchedule_OnlyForACityWithOne()
    {
        Assert.True(ContributionTable.BuiltIn.Lookup("beijing", new YearMonth(2026, 1)).HasSchedule);
        Assert.False(ContributionTable.BuiltIn.Lookup("atlantis", new YearMonth(2026, 1)).HasSchedule);
    }
}
