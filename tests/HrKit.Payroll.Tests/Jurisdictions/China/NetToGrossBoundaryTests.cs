using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

/// <summary>
/// <see cref="NetToGross"/> and <see cref="AnnualBonusDeadZones"/> at their edges: every figure at 0 and at
/// <see cref="PayrollLimits.MaxAmount"/> and one fen beyond, the 2020年第19号 whole-year deduction, the search's range
/// ends in fen, and each dead zone's first and last bonus. Amounts hand-computed from 预扣率表一 and the monthly
/// converted table (财税〔2018〕164号).
/// </summary>
public sealed class NetToGrossBoundaryTests
{
    private static readonly YearMonth January = new(2026, 1);

    // 2020年第19号: with the whole year's 60 000 deducted from January, 50 000 of net needs no tax, gross 50 000.
    // Without it: taxable g − 5 000 in the 10 % row, g − ((g − 5 000) × 10 % − 2 520) = 50 000 → 0.9 g = 46 980,
    // g = 52 200 (tax 2 200); 52 199.99 has tax 2 199.999 → 2 200.00 and nets 49 999.99.
    [Fact]
    public void MonthlyWage_WholeYearBasicDeduction_NoTaxUpTo60000()
    {
        var with = NetToGross.MonthlyWage(January, TaxYearToDate.Empty, new MonthlyNetToGrossInput(50_000m, 0m), wholeYearBasicDeduction: true);
        var without = NetToGross.MonthlyWage(January, TaxYearToDate.Empty, new MonthlyNetToGrossInput(50_000m, 0m));

        Assert.Equal((50_000m, 0m, 50_000m), (with.Gross, with.Tax, with.Net));
        Assert.Equal((52_200m, 2_200m, 50_000m), (without.Gross, without.Tax, without.Net));
    }

    // Contributions at the bound: a gross of g nets g − 10^9 (taxable below 0), so the smallest gross netting 0 is 10^9.
    [Fact]
    public void MonthlyWage_ContributionsAtTheBound_Accepted()
    {
        var result = NetToGross.MonthlyWage(January, TaxYearToDate.Empty, new MonthlyNetToGrossInput(0m, PayrollLimits.MaxAmount));

        Assert.Equal((PayrollLimits.MaxAmount, 0m, 0m), (result.Gross, result.Tax, result.Net));
    }

    // Deductions at the bound leave nothing taxable: 1 000 of net is 1 000 of gross.
    [Fact]
    public void MonthlyWage_DeductionsAtTheBound_Accepted()
    {
        var result = NetToGross.MonthlyWage(January, TaxYearToDate.Empty,
            new MonthlyNetToGrossInput(1_000m, 0m, PayrollLimits.MaxAmount, PayrollLimits.MaxAmount));

        Assert.Equal((1_000m, 0m, 1_000m), (result.Gross, result.Tax, result.Net));
    }

    // A target of MaxAmount is a valid figure (not "must lie between") but no gross up to MaxAmount reaches it.
    [Fact]
    public void MonthlyWage_TargetAtTheBound_OutOfReachNotOutOfRange()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            NetToGross.MonthlyWage(January, TaxYearToDate.Empty, new MonthlyNetToGrossInput(PayrollLimits.MaxAmount, 0m)));

        Assert.Equal("input", ex.ParamName);
        Assert.Contains("TargetNet 1000000000.00 needs a gross above 1000000000 yuan", ex.Message, StringComparison.Ordinal);
    }

    // The same for a bonus: 45 % of anything above the top row's start is taxed, so no bonus up to MaxAmount nets MaxAmount.
    [Fact]
    public void AnnualBonus_TargetAtTheBound_OutOfReachNotOutOfRange()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => NetToGross.AnnualBonus(PayrollLimits.MaxAmount));

        Assert.Equal("targetAfterTax", ex.ParamName);
        Assert.StartsWith("An after-tax bonus of 1000000000.00 needs a bonus above 1000000000 yuan.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MonthlyWage_NoPreviousState_ThrowsArgumentNullNamingIt() =>
        Assert.Equal("previous", Assert.Throws<ArgumentNullException>(() => NetToGross.MonthlyWage(January, null!, new MonthlyNetToGrossInput(1_000m, 0m))).ParamName);

    [Theory]
    [InlineData("TargetNet", -0.01)]
    [InlineData("TargetNet", 1_000_000_000.01)]
    [InlineData("EmployeeContributions", -0.01)]
    [InlineData("EmployeeContributions", 1_000_000_000.01)]
    [InlineData("SpecialAdditionalDeductions", -0.01)]
    [InlineData("SpecialAdditionalDeductions", 1_000_000_000.01)]
    [InlineData("OtherDeductions", -0.01)]
    [InlineData("OtherDeductions", 1_000_000_000.01)]
    public void MonthlyWage_FigureOneFenOutside_RefusedNamingIt(string field, decimal value)
    {
        var input = field switch
        {
            "TargetNet" => new MonthlyNetToGrossInput(value, 0m),
            "EmployeeContributions" => new MonthlyNetToGrossInput(1_000m, value),
            "SpecialAdditionalDeductions" => new MonthlyNetToGrossInput(1_000m, 0m, value),
            _ => new MonthlyNetToGrossInput(1_000m, 0m, 0m, value),
        };

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => NetToGross.MonthlyWage(January, TaxYearToDate.Empty, input));

        Assert.Equal(field, ex.ParamName);
        Assert.Contains($"{field} must lie between 0 and 1000000000 yuan.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MonthlyWage_NullPrevious_ThrowsArgumentNull() =>
        Assert.Equal("previous", Assert.Throws<ArgumentNullException>(() =>
            NetToGross.MonthlyWage(January, null!, new MonthlyNetToGrossInput(1_000m, 0m))).ParamName);

    [Fact]
    public void AnnualBonus_NegativeTarget_RefusedNamingIt() =>
        Assert.Equal("targetAfterTax", Assert.Throws<ArgumentOutOfRangeException>(() => NetToGross.AnnualBonus(-0.01m)).ParamName);

    // Just above the 3 % row's best net: 38 566.68 × 10 % − 210 = 3 646.668 → 3 646.67, net 34 920.01.
    [Fact]
    public void AnnualBonus_AboveTheFirstDeadZone_TaxAndNetOfTheBonusFound()
    {
        var result = NetToGross.AnnualBonus(34_920.01m);

        Assert.Equal((38_566.68m, 3_646.67m, 34_920.01m), (result.Gross, result.Tax, result.Net));
    }

    // The search answers in whole fen inside [from, to]: a range starting at 0.001 starts at 0.01, one ending at
    // 0.019 ends at 0.01, and a range of one amount is searched.
    [Fact]
    public void SmallestReaching_RangeEndsInsideAFen_WholeFenInsideTheRange()
    {
        static decimal Identity(decimal amount) => amount;

        Assert.Equal(0.01m, NetToGross.SmallestReaching(Identity, 0m, 0.001m, 1m));
        Assert.Equal(0.01m, NetToGross.SmallestReaching(Identity, 0.01m, 0m, 0.019m));
        Assert.Null(NetToGross.SmallestReaching(Identity, 0.02m, 0m, 0.019m));
        Assert.Equal(5m, NetToGross.SmallestReaching(Identity, 5m, 5m, 5m));
        Assert.Null(NetToGross.SmallestReaching(Identity, 0m, 0.011m, 0.019m));
    }

    // The smallest of many: with a net of whole yuan (floor), 7.00 to 7.99 all net 7, the answer is 7.00; 6.99 nets 6.
    [Fact]
    public void SmallestReaching_FlatNet_FirstAmountOfTheStep()
    {
        Assert.Equal(7m, NetToGross.SmallestReaching(decimal.Floor, 7m, 0m, 100m));
        Assert.Equal(100m, NetToGross.SmallestReaching(decimal.Floor, 100m, 0m, 100m));
        Assert.Null(NetToGross.SmallestReaching(decimal.Floor, 101m, 0m, 100m));
    }

    // Each zone's first and last bonus are in it; the bonus before the first and after the last are not
    // (AnnualBonusDeadZonesTests gives the ends).
    [Theory]
    [InlineData(38_566.66, true)]
    [InlineData(144_000, false)]
    [InlineData(144_000.01, true)]
    [InlineData(160_499.99, true)]
    [InlineData(160_500, false)]
    [InlineData(960_000.01, true)]
    [InlineData(1_119_999.99, true)]
    [InlineData(1_120_000, false)]
    public void Find_FirstAndLastBonusOfAZone(decimal bonus, bool inZone) =>
        Assert.Equal(inZone, AnnualBonusDeadZones.Find(bonus) is not null);

    [Fact]
    public void Find_InTheThirdZone_ReturnsThatZone() =>
        Assert.Equal(300_000m, AnnualBonusDeadZones.Find(310_000m)!.Value.Boundary);
}
