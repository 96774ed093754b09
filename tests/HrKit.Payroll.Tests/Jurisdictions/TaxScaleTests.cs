using FsCheck.Xunit;
using HrKit.Payroll.Jurisdictions;

namespace HrKit.Payroll.Tests.Jurisdictions;

public sealed class TaxScaleTests
{
    // Hong Kong salaries tax progressive rates from 2023/24 (IRD): 2 %, 6 %, 10 %, 14 % on successive 50 000 bands, 17 % above.
    internal static readonly TaxScale HongKong = new(
    [
        new(0m, 0.02m), new(50_000m, 0.06m), new(100_000m, 0.10m), new(150_000m, 0.14m), new(200_000m, 0.17m),
    ]);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-5, 0)]
    [InlineData(50_000, 1_000)]
    [InlineData(200_000, 16_000)]
    [InlineData(250_000, 24_500)]
    public void Apply_ProgressiveBands_SumsEachBandAtItsRate(decimal amount, decimal expected) =>
        Assert.Equal(expected, HongKong.Apply(amount));

    [Fact]
    public void BandOf_AmountInThirdBand_IsThatBand() => Assert.Equal(0.10m, HongKong.BandOf(120_000m).Rate);

    [Fact]
    public void Ctor_FirstBandNotAtZero_Throws() =>
        Assert.Throws<ArgumentException>(() => new TaxScale([new(100m, 0.1m)]));

    [Fact]
    public void Ctor_ThresholdsNotAscending_Throws() =>
        Assert.Throws<ArgumentException>(() => new TaxScale([new(0m, 0.1m), new(50m, 0.2m), new(50m, 0.3m)]));

    [Property]
    public bool Apply_AnyAmount_BetweenLowestAndTopRateTimesAmount(int amount) =>
        HongKong.Apply(amount) <= Math.Max(0, amount) * 0.17m && HongKong.Apply(amount) >= Math.Max(0, amount) * 0.02m;
}
