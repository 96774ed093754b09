using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

public sealed class AnnualComprehensiveIncomeReconciliationTests
{
    [Fact]
    public void Estimate_WagesAndLabourRemuneration_RefundsOverWithholding()
    {
        // Wages 10 000 × 12, contributions 1 500 × 12, child education 2 000 × 12: wage taxable 120 000 − 60 000 − 18 000
        // − 24 000 = 18 000, withheld 540. One labour payment of 30 000 withheld 5 200 (table two).
        // Settlement: income 120 000 + 30 000 × 80 % = 144 000; taxable 144 000 − 102 000 = 42 000 → 10 % − 2 520 = 1 680.
        // Withheld 5 740 → refund 4 060.
        var year = new AnnualComprehensiveIncome
        {
            Wages = 120_000m,
            LabourRemuneration = 30_000m,
            SpecialDeductions = 18_000m,
            SpecialAdditionalDeductions = 24_000m,
            TaxWithheld = 540m + 5_200m,
        };

        var estimate = AnnualComprehensiveIncomeReconciliation.Estimate(year);

        Assert.Equal(144_000m, estimate.IncomeAmount);
        Assert.Equal(42_000m, estimate.TaxableIncome);
        Assert.Equal(1_680m, estimate.AnnualTax);
        Assert.Equal(-4_060m, estimate.Balance);
        Assert.True(estimate.IsRefund);
        Assert.False(estimate.PaymentExempt);
    }

    [Fact]
    public void Estimate_TwoEmployersWagesOnly_PaymentDue()
    {
        // Two withholding agents each deducted 5 000 a month: 2 × 150 000 wages, each withheld on 90 000 taxable:
        // 90 000 × 10 % − 2 520 = 6 480 each, 12 960 together. Settlement: 300 000 − 60 000 = 240 000 → 20 % − 16 920
        // = 31 080; payment due 18 120, above both waiver limits.
        var estimate = AnnualComprehensiveIncomeReconciliation.Estimate(new AnnualComprehensiveIncome { Wages = 300_000m, TaxWithheld = 12_960m });

        Assert.Equal(31_080m, estimate.AnnualTax);
        Assert.Equal(18_120m, estimate.Balance);
        Assert.True(estimate.IsPayment);
        Assert.False(estimate.PaymentExempt);
    }

    [Fact]
    public void Estimate_AuthorRemuneration_Counts56Percent()
    {
        // 100 000 author's remuneration → 56 000; + wages 60 000 = 116 000; taxable 56 000 → 10 % − 2 520 = 3 080.
        // Withheld: wages 0 (taxable 0 each month), author (100 000 × 0.8 × 0.7) × 20 % = 11 200 → refund 8 120.
        var estimate = AnnualComprehensiveIncomeReconciliation.Estimate(new AnnualComprehensiveIncome
        {
            Wages = 60_000m,
            AuthorRemuneration = 100_000m,
            TaxWithheld = 11_200m,
        });

        Assert.Equal(116_000m, estimate.IncomeAmount);
        Assert.Equal(3_080m, estimate.AnnualTax);
        Assert.Equal(-8_120m, estimate.Balance);
    }

    [Theory]
    [InlineData(110_000, 0, true)]   // income ≤ 120 000: payment waived
    [InlineData(200_000, 11_080, true)] // 200 000 − 60 000 = 140 000 → 11 480; withheld 11 080 → 400 due: waived (≤ 400)
    [InlineData(200_000, 11_079.99, false)] // 400.01 due: not waived
    public void Estimate_Waiver_FollowsAnnouncement2023No32(decimal wages, decimal withheld, bool exempt)
    {
        var estimate = AnnualComprehensiveIncomeReconciliation.Estimate(new AnnualComprehensiveIncome { Wages = wages, TaxWithheld = withheld });

        Assert.True(estimate.IsPayment);
        Assert.Equal(exempt, estimate.PaymentExempt);
    }

    [Fact]
    public void From_PayslipStateAndPayments_AddsWithholdings()
    {
        var wages = new TaxYearToDate { Income = 120_000m, SpecialDeductions = 18_000m, TaxWithheld = 1_260m };
        var payments = new[]
        {
            NonWageIncomeWithholding.Calculate(NonWageIncomeKind.LabourRemuneration, 2_000m),
            NonWageIncomeWithholding.Calculate(NonWageIncomeKind.AuthorRemuneration, 40_000m),
            NonWageIncomeWithholding.Calculate(NonWageIncomeKind.Royalties, 3_000m),
        };

        var year = AnnualComprehensiveIncome.From(wages, payments);

        Assert.Equal(2_000m, year.LabourRemuneration);
        Assert.Equal(40_000m, year.AuthorRemuneration);
        Assert.Equal(3_000m, year.Royalties);
        Assert.Equal(1_260m + 240m + 4_480m + 440m, year.TaxWithheld);
    }

    [Fact]
    public void Estimate_NegativeField_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            AnnualComprehensiveIncomeReconciliation.Estimate(new AnnualComprehensiveIncome { Royalties = -1m }));
        Assert.Equal("Royalties", ex.ParamName);
    }
}
