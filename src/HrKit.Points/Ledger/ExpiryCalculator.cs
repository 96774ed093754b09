using HrKit.Points.Model;
using NodaTime;

namespace HrKit.Points.Ledger;

/// <summary>
/// First-in-first-out lots: each credit is a lot, debits consume the oldest lots first (an expiry or a reversal
/// consumes its own lot first), and a lot past its expiry date with points left is due to expire.
/// </summary>
internal static class ExpiryCalculator
{
    /// <summary>Lots of one account (employee + category) due to expire at <paramref name="asOf"/>.</summary>
    /// <param name="account">The account's postings in recording order.</param>
    /// <param name="asOf">The moment to evaluate.</param>
    public static List<(Posting Lot, long Remaining)> DueLots(IReadOnlyList<Posting> account, Instant asOf) =>
        OpenLots(account).Where(l => l.Lot.ExpiresAt is { } at && at <= asOf).ToList();

    /// <summary>
    /// The earliest expiry date of a lot of <paramref name="account"/> with points left that is not due at
    /// <paramref name="asOf"/>, i.e. the account's expiry watermark once its due lots are written off.
    /// </summary>
    public static Instant? NextExpiry(IReadOnlyList<Posting> account, Instant asOf) =>
        OpenLots(account).Select(l => l.Lot.ExpiresAt).Where(at => at > asOf).Min();

    private static List<(Posting Lot, long Remaining)> OpenLots(IReadOnlyList<Posting> account)
    {
        var lots = new List<(Posting Lot, long Remaining)>();
        foreach (var p in account)
        {
            if (p.Points > 0)
            {
                lots.Add((p, p.Points));
            }
            else if (p.Points < 0)
            {
                // -long.MinValue does not exist; only a hand-edited ledger could hold it.
                Consume(lots, p, p.Points == long.MinValue ? long.MaxValue : -p.Points);
            }
        }

        return lots.Where(l => l.Remaining > 0).ToList();
    }

    private static void Consume(List<(Posting Lot, long Remaining)> lots, Posting debit, long amount)
    {
        if (debit.RelatedPostingId is { } target)
        {
            var i = lots.FindIndex(l => l.Lot.Id == target);
            if (i >= 0)
            {
                amount = Take(lots, i, amount);
            }
        }

        for (var i = 0; i < lots.Count && amount > 0; i++)
        {
            amount = Take(lots, i, amount);
        }
    }

    private static long Take(List<(Posting Lot, long Remaining)> lots, int index, long amount)
    {
        var taken = Math.Min(lots[index].Remaining, amount);
        lots[index] = (lots[index].Lot, lots[index].Remaining - taken);
        return amount - taken;
    }
}
