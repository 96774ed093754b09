using HrKit.Payroll.Jurisdictions;

namespace HrKit.Payroll.Tests.Jurisdictions;

/// <summary>A marginal scale at each threshold and one cent either side, and the scales it refuses.</summary>
public sealed class TaxScaleBoundaryTests
{
    // Hong Kong salaries tax 2023/24 bands (IRD): 2 %, 6 %, 10 %, 14 % on successive 50 000, 17 % above.
    private static readonly TaxScale HongKong = TaxScaleTests.HongKong;

    [Theory]
    [InlineData("0.01", "0.0002")]               // 0.01 × 2 %
    [InlineData("49999.99", "999.9998")]         // 49 999.99 × 2 %
    [InlineData("50000.01", "1000.0006")]        // 1 000 + 0.01 × 6 %
    [InlineData("100000", "4000")]               // 1 000 + 3 000
    [InlineData("199999.99", "15999.9986")]      // 1 000 + 3 000 + 5 000 + 49 999.99 × 14 %
    [InlineData("200000.01", "16000.0017")]      // 16 000 + 0.01 × 17 %
    [InlineData("1000000", "152000")]            // 16 000 + 800 000 × 17 %
    public void Apply_EitherSideOfEachThreshold_HandComputed(string amount, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            HongKong.Apply(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("-1000000", 0.02)]
    [InlineData("0", 0.02)]
    [InlineData("50000", 0.02)]       // the threshold itself is still charged in the band below
    [InlineData("50000.01", 0.06)]
    [InlineData("200000", 0.14)]
    [InlineData("200000.01", 0.17)]   // the top band
    public void BandOf_AtAndJustAboveThresholds_TheTopBandCharged(string amount, double rate) =>
        Assert.Equal((decimal)rate, HongKong.BandOf(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)).Rate);

    [Fact]
    public void Apply_OneBand_FlatRateOnTheWholeAmount()
    {
        var flat = new TaxScale([new(0m, 0.15m)]);

        Assert.Equal(15m, flat.Apply(100m));
        Assert.Equal(0.15m, flat.BandOf(100m).Rate);
    }

    [Fact]
    public void Constructor_NoBand_ArgumentExceptionWithTheRule()
    {
        var error = Assert.Throws<ArgumentException>(() => new TaxScale([]));

        Assert.StartsWith("A scale needs at least one band and its first band must start at threshold 0.", error.Message, StringComparison.Ordinal);
        Assert.Equal("brackets", error.ParamName);
    }

    [Fact]
    public void Constructor_ThresholdsDescending_ArgumentExceptionNamingTheBand()
    {
        var error = Assert.Throws<ArgumentException>(() => new TaxScale([new(0m, 0.1m), new(100m, 0.2m), new(50m, 0.3m)]));

        Assert.StartsWith("Band 2 starts at 50, not above the band before it (100); list bands in ascending order.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_SecondBandEqualToFirst_Refused() =>
        Assert.StartsWith("Band 1 starts at 0,", Assert.Throws<ArgumentException>(() => new TaxScale([new(0m, 0.1m), new(0m, 0.2m)])).Message, StringComparison.Ordinal);

    [Fact]
    public void Constructor_Null_ThrowsArgumentNull() =>
        Assert.Equal("brackets", Assert.Throws<ArgumentNullException>(() => new TaxScale(null!)).ParamName);

    [Fact]
    public void Brackets_AsGiven() =>
        Assert.Equal([0m, 50_000m, 100_000m, 150_000m, 200_000m], HongKong.Brackets.Select(b => b.Threshold));
}
