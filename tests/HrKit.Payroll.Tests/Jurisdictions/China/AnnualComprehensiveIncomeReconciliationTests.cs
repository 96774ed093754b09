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

    // 2023年第32号 waives a payment when the year's comprehensive income (收入, gross: all four items) is at most
    // 120 000. Nothing withheld, so the whole tax is due (well above 400):
    // wages 120 000: taxable 60 000 → 10 % − 2 520 = 3 480, gross exactly 120 000 → waived;
    // wages 120 000.01: taxable 60 000.01 → 3 480.001 → 3 480.00 due, gross above the limit → not waived;
    // wages 100 000 + labour 20 000: income 100 000 + 16 000 = 116 000, taxable 56 000 → 3 080, gross 120 000 → waived;
    // + labour 20 000.01: income 116 000.008 → 116 000.01, taxable 56 000.01 → 3 080.001 → 3 080.00, gross above → not;
    // + author 20 000.01: income 100 000 + 20 000.01 × 56 % = 111 200.0056 → 111 200.01, taxable 51 200.01 → 2 600.00;
    // + royalties 20 000.01: as labour, 3 080.00.
    [Theory]
    [InlineData(120_000, 0, 0, 0, 3_480, true)]
    [InlineData(120_000.01, 0, 0, 0, 3_480, false)]
    [InlineData(100_000, 20_000, 0, 0, 3_080, true)]
    [InlineData(100_000, 20_000.01, 0, 0, 3_080, false)]
    [InlineData(100_000, 0, 20_000.01, 0, 2_600, false)]
    [InlineData(100_000, 0, 0, 20_000.01, 3_080, false)]
    public void Estimate_WaiverIncomeLimit_GrossOfAllFourItems(decimal wages, decimal labour, decimal author, decimal royalties, decimal due, bool exempt)
    {
        var estimate = AnnualComprehensiveIncomeReconciliation.Estimate(new AnnualComprehensiveIncome
        {
            Wages = wages,
            LabourRemuneration = labour,
            AuthorRemuneration = author,
            Royalties = royalties,
        });

        Assert.Equal(due, estimate.Balance);
        Assert.Equal(exempt, estimate.PaymentExempt);
    }

    // Tax exactly equal to what was withheld: neither a payment nor a refund, and nothing to waive.
    // Wages 200 000: taxable 140 000 → 10 % − 2 520 = 11 480, withheld 11 480.
    [Fact]
    public void Estimate_WithheldEqualsTax_NeitherPaymentNorRefund()
    {
        var estimate = AnnualComprehensiveIncomeReconciliation.Estimate(new AnnualComprehensiveIncome { Wages = 200_000m, TaxWithheld = 11_480m });

        Assert.Equal(0m, estimate.Balance);
        Assert.False(estimate.IsPayment);
        Assert.False(estimate.IsRefund);
        Assert.False(estimate.PaymentExempt);
    }

    // Each figure is accepted up to PayrollLimits.MaxYearToDateAmount (10^11) and refused one fen above it, naming it.
    [Theory]
    [InlineData(nameof(AnnualComprehensiveIncome.Wages))]
    [InlineData(nameof(AnnualComprehensiveIncome.TaxFreeIncome))]
    [InlineData(nameof(AnnualComprehensiveIncome.LabourRemuneration))]
    [InlineData(nameof(AnnualComprehensiveIncome.AuthorRemuneration))]
    [InlineData(nameof(AnnualComprehensiveIncome.Royalties))]
    [InlineData(nameof(AnnualComprehensiveIncome.SpecialDeductions))]
    [InlineData(nameof(AnnualComprehensiveIncome.SpecialAdditionalDeductions))]
    [InlineData(nameof(AnnualComprehensiveIncome.OtherDeductions))]
    [InlineData(nameof(AnnualComprehensiveIncome.TaxWithheld))]
    public void Estimate_FigureAtAndAboveTheBound_AcceptedThenRefusedNamingIt(string field)
    {
        static AnnualComprehensiveIncome With(string field, decimal value) => field switch
        {
            nameof(AnnualComprehensiveIncome.Wages) => new() { Wages = value },
            nameof(AnnualComprehensiveIncome.TaxFreeIncome) => new() { TaxFreeIncome = value },
            nameof(AnnualComprehensiveIncome.LabourRemuneration) => new() { LabourRemuneration = value },
            nameof(AnnualComprehensiveIncome.AuthorRemuneration) => new() { AuthorRemuneration = value },
            nameof(AnnualComprehensiveIncome.Royalties) => new() { Royalties = value },
            nameof(AnnualComprehensiveIncome.SpecialDeductions) => new() { SpecialDeductions = value },
            nameof(AnnualComprehensiveIncome.SpecialAdditionalDeductions) => new() { SpecialAdditionalDeductions = value },
            nameof(AnnualComprehensiveIncome.OtherDeductions) => new() { OtherDeductions = value },
            _ => new() { TaxWithheld = value },
        };

        _ = AnnualComprehensiveIncomeReconciliation.Estimate(With(field, PayrollLimits.MaxYearToDateAmount));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => AnnualComprehensiveIncomeReconciliation.Estimate(With(field, PayrollLimits.MaxYearToDateAmount + 0.01m)));

        Assert.Equal(field, ex.ParamName);
        Assert.Contains("between 0 and 100000000000 yuan", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_NullArguments_ThrowArgumentNull()
    {
        Assert.Equal("wages", Assert.Throws<ArgumentNullException>(() => AnnualComprehensiveIncome.From(null!, [])).ParamName);
        Assert.Equal("payments", Assert.Throws<ArgumentNullException>(() => AnnualComprehensiveIncome.From(TaxYearToDate.Empty, null!)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentNullException>(() => AnnualComprehensiveIncomeReconciliation.Estimate(null!)).ParamName);
    }

    // Tax-free income is not income, other deductions (依法确定的其他扣除) are deducted: wages 200 000 of which 20 000
    // tax-free, 12 000 private pension: income 180 000, deductions 60 000 + 12 000 = 72 000, taxable 108 000 →
    // 10 % − 2 520 = 8 280.
    [Fact]
    public void Estimate_TaxFreeIncomeAndOtherDeductions_LeaveTheTaxableIncome()
    {
        var estimate = AnnualComprehensiveIncomeReconciliation.Estimate(new AnnualComprehensiveIncome { Wages = 200_000m, TaxFreeIncome = 20_000m, OtherDeductions = 12_000m });

        Assert.Equal(180_000m, estimate.IncomeAmount);
        Assert.Equal(72_000m, estimate.Deductions);
        Assert.Equal(108_000m, estimate.TaxableIncome);
        Assert.Equal(8_280m, estimate.AnnualTax);
    }
}
