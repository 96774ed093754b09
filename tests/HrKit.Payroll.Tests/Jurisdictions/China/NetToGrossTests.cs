using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

public sealed class NetToGrossTests
{
    private static readonly YearMonth January = new(2026, 1);

    [Fact]
    public void MonthlyWage_January_InvertsTheThreePercentRow()
    {
        // g − 2 253 − (g − 7 253) × 3 % = 20 000 → 0.97 g = 22 035.41 → g = 22 716.9175…
        // 22 716.91: tax 15 463.91 × 3 % = 463.9173 → 463.92, net 19 999.99; 22 716.92: tax 463.92, net 20 000.00.
        var result = NetToGross.MonthlyWage(January, TaxYearToDate.Empty, new MonthlyNetToGrossInput(20_000m, 2_253m));

        Assert.Equal(22_716.92m, result.Gross);
        Assert.Equal(463.92m, result.Tax);
        Assert.Equal(20_000m, result.Net);
    }

    [Theory]
    [InlineData(1, 24_945)] // 61号解读: January tax 555 → net 30 000 − 4 500 − 555
    [InlineData(2, 24_875)] // February tax 625
    [InlineData(3, 23_650)] // March tax 1 850
    public void MonthlyWage_Announcement61Example_FindsThe30000Salary(int month, decimal net)
    {
        // The 61号 解读 employee: 30 000 a month, 4 500 contributions, 2 000 special additional deductions.
        var previous = TaxYearToDate.Empty;
        for (var m = 1; m < month; m++)
        {
            previous = CumulativeWithholding.Calculate(new YearMonth(2019, m), previous, new CumulativeWithholdingInput(30_000m, 0m, 4_500m, 2_000m, 0m)).YearToDate;
        }

        var result = NetToGross.MonthlyWage(new YearMonth(2019, month), previous, new MonthlyNetToGrossInput(net, 4_500m, 2_000m));

        Assert.Equal(30_000m, result.Gross);
        Assert.Equal(net, result.Net);
    }

    [Fact]
    public void MonthlyWage_SameNetFromTwoGrosses_ReturnsTheSmallest()
    {
        // At 10 % a fen of gross adds 0.001 of tax: ten grosses in a row round to the same tax step, so some consecutive
        // grosses share a net. The result must be the first of them.
        var input = new MonthlyNetToGrossInput(40_000m, 0m);
        var result = NetToGross.MonthlyWage(January, TaxYearToDate.Empty, input);
        var oneFenLess = NetToGross.MonthlyWage(January, TaxYearToDate.Empty, input with { TargetNet = 39_999.99m });

        Assert.True(oneFenLess.Gross < result.Gross);
        var below = CumulativeWithholding.Calculate(January, TaxYearToDate.Empty, new CumulativeWithholdingInput(result.Gross - 0.01m, 0m, 0m, 0m, 0m));
        Assert.True(result.Gross - 0.01m - below.TaxThisMonth < 40_000m);
    }

    [Fact]
    public void MonthlyWage_TargetBelowZeroGross_ThrowsNamingTheNet()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            NetToGross.MonthlyWage(January, TaxYearToDate.Empty, new MonthlyNetToGrossInput(-1m, 0m)));
        Assert.Equal("TargetNet", ex.ParamName);
    }

    [Fact]
    public void MonthlyWage_EngineAgrees_PayslipNetIsTheTarget()
    {
        // The engine pays the found gross as base salary with a fixed contribution base: its net must be the target.
        var engine = new PayrollEngineBuilder().Build();
        var employee = new EmployeeMonthInput
        {
            EmployeeId = "N2G", Period = January, City = "beijing", BaseSalary = 1m, SocialInsuranceBase = 15_000m,
            Attendance = new AttendanceInput(21.75m, 21.75m, 0m, 0, 0),
        };
        var contributions = engine.Calculate(employee).EmployeeContributions;

        var result = NetToGross.MonthlyWage(January, TaxYearToDate.Empty, new MonthlyNetToGrossInput(18_888.88m, contributions));
        var payslip = engine.Calculate(employee with { BaseSalary = result.Gross });

        Assert.Equal(18_888.88m, payslip.NetPay);
        Assert.Equal(result.Tax, payslip.WageTax);
    }

    private static Arbitrary<(int Month, decimal Salary, decimal Contributions, decimal Target)> Cases =>
        (from month in Gen.Choose(1, 12)
         from salary in Gen.Choose(0, 20_000_000).Select(f => f / 100m)
         from contributions in Gen.Choose(0, 500_000).Select(f => f / 100m)
         from target in Gen.Choose(0, 50_000_000).Select(f => f / 100m)
         select (month, salary, contributions, target)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property MonthlyWage_AnyYearSoFar_SmallestGrossWithExactNet() => Prop.ForAll(Cases, c =>
    {
        var previous = TaxYearToDate.Empty;
        for (var m = 1; m < c.Month; m++)
        {
            previous = CumulativeWithholding.Calculate(new YearMonth(2026, m), previous, new CumulativeWithholdingInput(c.Salary, 0m, c.Contributions, 0m, 0m)).YearToDate;
        }

        var month = new YearMonth(2026, c.Month);
        var result = NetToGross.MonthlyWage(month, previous, new MonthlyNetToGrossInput(c.Target, c.Contributions));
        decimal Net(decimal g) => g - c.Contributions - CumulativeWithholding.Calculate(month, previous, new CumulativeWithholdingInput(g, 0m, c.Contributions, 0m, 0m)).TaxThisMonth;

        return result.Net == c.Target && Net(result.Gross) == c.Target && (result.Gross == 0m || Net(result.Gross - 0.01m) < c.Target);
    });

    // A net of 0 with nothing deducted is the net of a zero gross: reachable, gross 0 (not "below the zero gross").
    [Fact]
    public void MonthlyWage_TargetZeroNothingDeducted_GrossZero()
    {
        var result = NetToGross.MonthlyWage(January, TaxYearToDate.Empty, new MonthlyNetToGrossInput(0m, 0m));

        Assert.Equal((0m, 0m, 0m), (result.Gross, result.Tax, result.Net));
    }

    // The largest gross searched is PayrollLimits.MaxAmount (10^9). January, nothing deducted: taxable 999 995 000 →
    // 45 % − 181 920 = 449 815 830, net 550 184 170; one fen less gross nets 999 999 999.99 − 449 815 830.00 (the
    // tax 449 815 829.9955 rounds up) = 550 184 169.99, so 10^9 is the answer; a fen more net is out of reach.
    [Fact]
    public void MonthlyWage_NetOfTheLargestGross_FoundThenOneFenMoreRefused()
    {
        var result = NetToGross.MonthlyWage(January, TaxYearToDate.Empty, new MonthlyNetToGrossInput(550_184_170m, 0m));

        Assert.Equal((PayrollLimits.MaxAmount, 449_815_830m), (result.Gross, result.Tax));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => NetToGross.MonthlyWage(January, TaxYearToDate.Empty, new MonthlyNetToGrossInput(550_184_170.01m, 0m)));
        Assert.Contains("needs a gross above 1000000000 yuan", ex.Message, StringComparison.Ordinal);
    }

    // The same for a separately taxed bonus: 10^9 / 12 is in the 45 % row, tax 450 000 000 − 15 160 = 449 984 840,
    // net 550 015 160; one fen less bonus nets 550 015 159.99. A fen more is refused naming the target.
    [Fact]
    public void AnnualBonus_NetOfTheLargestBonus_FoundThenOneFenMoreRefused()
    {
        Assert.Equal(PayrollLimits.MaxAmount, NetToGross.AnnualBonus(550_015_160m).Gross);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => NetToGross.AnnualBonus(550_015_160.01m));
        Assert.Equal("targetAfterTax", ex.ParamName);
    }
}
