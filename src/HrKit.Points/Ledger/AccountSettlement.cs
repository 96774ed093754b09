using HrKit.Points.Model;
using NodaTime;

namespace HrKit.Points.Ledger;

/// <summary>Brings an account up to date before it is debited: due expiries are written first, so they cannot be spent.</summary>
internal static class AccountSettlement
{
    /// <summary>Records due expiries for the account, then returns its spendable balance and the expiry postings written.</summary>
    public static async Task<(long Balance, IReadOnlyList<Posting> Expired)> SettleAsync(LedgerSession s, string employeeId, string category, Instant now, CancellationToken ct)
    {
        var account = await s.QueryAsync(new PostingQuery { EmployeeId = employeeId, Category = category }, ct).ConfigureAwait(false);
        var expired = await RecordExpiriesAsync(s, account, now, ct).ConfigureAwait(false);
        return (PointsSum.Add(PointsSum.Of(account), PointsSum.Of(expired)), expired);
    }

    /// <summary>Writes an expiry posting for every lot of <paramref name="account"/> due at <paramref name="now"/>.</summary>
    /// <remarks>The account row's expiry watermark is moved to the next lot that can expire, so balance reads stay O(1).</remarks>
    public static async Task<IReadOnlyList<Posting>> RecordExpiriesAsync(LedgerSession s, IReadOnlyList<Posting> account, Instant now, CancellationToken ct)
    {
        if (account.Count > 0)
        {
            await s.SetExpiryWatermarkAsync(account[0].EmployeeId, account[0].Category, ExpiryCalculator.NextExpiry(account, now), ct).ConfigureAwait(false);
        }

        var due = ExpiryCalculator.DueLots(account, now);
        if (due.Count == 0)
        {
            return [];
        }

        return await s.InsertManyAsync(
            due.ConvertAll(d =>
            {
                var key = LedgerKeys.Expiry(d.Lot.Id);
                return new Posting(0, key, key, d.Lot.EmployeeId, d.Lot.Category, -d.Remaining, PostingKind.Expiry, d.Lot.ExpiresAt!.Value, now)
                {
                    RelatedPostingId = d.Lot.Id,
                    RuleName = d.Lot.RuleName,
                };
            }),
            ct).ConfigureAwait(false);
    }
}
