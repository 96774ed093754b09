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
    public static long FromTotal(double total) =>
        double.IsNaN(total) ? 0 : total >= long.MaxValue ? long.MaxValue : total <= long.MinValue ? long.MinValue : (long)total;

    private static long Saturate(Int128 total) =>
        total > long.MaxValue ? long.MaxValue : total < long.MinValue ? long.MinValue : (long)total;
}
