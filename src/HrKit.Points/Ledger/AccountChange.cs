using HrKit.Points.Model;
using NodaTime;

namespace HrKit.Points.Ledger;

/// <summary>What a set of new postings adds to one account row; every backend applies these in the posting's transaction.</summary>
/// <param name="AccountId">The account.</param>
/// <param name="Balance">Sum of the postings' points (saturating).</param>
/// <param name="Earned">Lifetime earned points they add (see <see cref="EarnedBy"/>).</param>
/// <param name="Watermark">The earliest expiry date among their credits, if any.</param>
internal readonly record struct AccountChange(long AccountId, long Balance, long Earned, Instant? Watermark)
{
    /// <summary>
    /// Points a posting adds to lifetime earnings: an award or adjustment credit counts, a reversal of a credit takes it
    /// back; spending, expiry and penalties do not lower it. The SQL form is <c>LedgerSchema.EarnedExpression</c>.
    /// </summary>
    public static long EarnedBy(Posting p) =>
        (p.Kind is PostingKind.Award or PostingKind.Adjustment && p.Points > 0) || (p.Kind == PostingKind.Reversal && p.Points < 0) ? p.Points : 0;

    /// <summary>One change per account of <paramref name="postings"/>, in order of first appearance.</summary>
    public static List<AccountChange> Collect(IReadOnlyList<Posting> postings, IReadOnlyList<long> accountIds)
    {
        var index = new Dictionary<long, int>();
        var changes = new List<AccountChange>();
        for (var i = 0; i < postings.Count; i++)
        {
            var p = postings[i];
            var watermark = p.Points > 0 ? p.ExpiresAt : null;
            if (!index.TryGetValue(accountIds[i], out var at))
            {
                index.Add(accountIds[i], changes.Count);
                changes.Add(new AccountChange(accountIds[i], p.Points, EarnedBy(p), watermark));
                continue;
            }

            var c = changes[at];
            changes[at] = new AccountChange(
                c.AccountId,
                PointsSum.Add(c.Balance, p.Points),
                PointsSum.Add(c.Earned, EarnedBy(p)),
                Earliest(c.Watermark, watermark));
        }

        return changes;
    }

    public static Instant? Earliest(Instant? a, Instant? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
