using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Tests.Support;

namespace HrKit.Points.Tests.Ledger;

/// <summary>Sums that cannot throw: exact in 128 bits, saturated at the ends of <see cref="long"/>.</summary>
public sealed class PointsSumTests
{
    private const double TwoToThe63 = 9_223_372_036_854_775_808d;

    private static Posting Award(long points) =>
        new(0, "s", "s/r", "A", "general", points, PostingKind.Award, TestData.Monday9am, TestData.Monday9am);

    [Fact]
    public void Of_TwoMaxValuesAndAMinValue_IsExactBecauseTheMiddleSumIsNotRounded()
    {
        // (2^63 − 1) + (2^63 − 1) − 2^63 = 2^63 − 2, which fits although the first two do not.
        Assert.Equal(long.MaxValue - 1, PointsSum.Of([long.MaxValue, long.MaxValue, long.MinValue]));
        Assert.Equal(long.MaxValue - 1, PointsSum.Of([Award(long.MaxValue), Award(long.MaxValue), Award(long.MinValue)]));
    }

    [Fact]
    public void Of_PastEitherEnd_Saturates()
    {
        Assert.Equal(long.MaxValue, PointsSum.Of([long.MaxValue, 1]));
        Assert.Equal(long.MinValue, PointsSum.Of([long.MinValue, -1]));
        Assert.Equal(long.MaxValue, PointsSum.Of([Award(long.MaxValue), Award(1)]));
        Assert.Equal(long.MinValue, PointsSum.Of([Award(long.MinValue), Award(-1)]));
    }

    [Fact]
    public void Of_Nothing_IsZero()
    {
        Assert.Equal(0, PointsSum.Of(Array.Empty<long>()));
        Assert.Equal(0, PointsSum.Of(Array.Empty<Posting>()));
    }

    [Fact]
    public void Of_SmallAmounts_IsTheirSum()
    {
        Assert.Equal(7, PointsSum.Of([10L, -5, 2]));
        Assert.Equal(7, PointsSum.Of([Award(10), Award(-5), Award(2)]));
    }

    [Theory]
    [InlineData(long.MaxValue, 1, long.MaxValue)]
    [InlineData(long.MaxValue, 0, long.MaxValue)]
    [InlineData(long.MaxValue - 1, 1, long.MaxValue)]
    [InlineData(long.MinValue, -1, long.MinValue)]
    [InlineData(long.MinValue, 0, long.MinValue)]
    [InlineData(long.MinValue + 1, -1, long.MinValue)]
    [InlineData(long.MaxValue, long.MinValue, -1)]
    [InlineData(3, -5, -2)]
    public void Add_TwoAmounts_IsTheSumSaturatedAtTheEnds(long a, long b, long expected) =>
        Assert.Equal(expected, PointsSum.Add(a, b));

    [Fact]
    public void FromTotal_DatabaseTotals_AreTheNearestLong()
    {
        Assert.Equal(0, PointsSum.FromTotal(double.NaN));
        Assert.Equal(42, PointsSum.FromTotal(42d));
        Assert.Equal(-42, PointsSum.FromTotal(-42d));
        // 2^63 is the first double not below long.MaxValue; -2^63 is long.MinValue exactly.
        Assert.Equal(long.MaxValue, PointsSum.FromTotal(TwoToThe63));
        Assert.Equal(long.MinValue, PointsSum.FromTotal(-TwoToThe63));
        Assert.Equal(long.MaxValue, PointsSum.FromTotal(double.PositiveInfinity));
        Assert.Equal(long.MinValue, PointsSum.FromTotal(double.NegativeInfinity));
        Assert.Equal(long.MaxValue, PointsSum.FromTotal(1e30));
        Assert.Equal(long.MinValue, PointsSum.FromTotal(-1e30));
        // The largest double below 2^63 (2^63 − 1024) converts exactly.
        Assert.Equal(long.MaxValue - 1023, PointsSum.FromTotal(Math.BitDecrement(TwoToThe63)));
        Assert.Equal(long.MinValue + 1024, PointsSum.FromTotal(-Math.BitDecrement(TwoToThe63)));
    }
}
