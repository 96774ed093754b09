using HrKit.Points.Model;

namespace HrKit.Points.Ledger;

/// <summary>
/// Sums of points that cannot throw: they are exact in 128 bits and saturate at the ends of <see cref="long"/>. Within
/// <see cref="PointsBounds"/> no sum comes near saturating; a ledger written before the bounds existed (or edited by
/// hand) still reads and spends instead of throwing <see cref="OverflowException"/>.
/// </summary>
internal static class PointsSum
{
    public static long Of(IEnumerable<Posting> postings)
    {
        Int128 total = 0;
        foreach (var p in postings)
        {
            total += p.Points;
        }

        return Saturate(total);
    }

    public static long Of(IEnumerable<long> amounts)
    {
        Int128 total = 0;
        foreach (var a in amounts)
        {
            total += a;
        }

        return Saturate(total);
    }

    public static long Add(long a, long b) => Saturate((Int128)a + b);

    /// <summary>The nearest <see cref="long"/> to a database total (a double, exact below 2^53).</summary>
    /// <remarks>
    /// Since .NET 9 a conversion from double to long saturates on every platform: beyond either end it gives that end,
    /// and NaN gives 0 (PointsSumTests pins each case), so the cast is the whole conversion.
    /// </remarks>
    public static long FromTotal(double total) => (long)total;

    private static long Saturate(Int128 total) => (long)Int128.Clamp(total, long.MinValue, long.MaxValue);
}
