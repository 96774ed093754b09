using HrKit.Points.Catalog;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using NodaTime;

namespace HrKit.Integration.Outbound;

/// <summary>
/// The outbox over the HrKit.Points ledger: every redemption posting of a <see cref="CatalogItemKind.Welfare"/> item
/// that has not been reversed and is not in the <see cref="IForwardedRedemptionLog"/>. A ledger redemption buys one
/// unit, so <see cref="WelfareRedemption.Quantity"/> is 1; the redemption id is the posting's source id
/// (<c>redeem:{RequestId}</c>), stable across stores and restarts; the item code is the catalog item id.
/// </summary>
public sealed class PointsLedgerRedemptionOutbox(IPointsLedgerStore ledger, IForwardedRedemptionLog log, IClock clock) : IRedemptionOutbox
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<WelfareRedemption>> GetPendingAsync(CancellationToken cancellationToken = default)
    {
        var welfareItems = (await ledger.GetItemsAsync(cancellationToken).ConfigureAwait(false))
            .Where(i => i.Kind == CatalogItemKind.Welfare).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var redemptions = await ledger.GetPostingsAsync(new PostingQuery { Kind = PostingKind.Redemption }, cancellationToken).ConfigureAwait(false);
        var reversed = (await ledger.GetPostingsAsync(new PostingQuery { Kind = PostingKind.Reversal }, cancellationToken).ConfigureAwait(false))
            .Select(p => p.RelatedPostingId).OfType<long>().ToHashSet();
        var forwarded = await log.GetForwardedAsync(cancellationToken).ConfigureAwait(false);

        // A redemption reversed before it reached the provider is simply not sent; one reversed after is cancelled
        // there (GetCancellationsAsync).
        return redemptions
            .Where(p => p.ItemId is { } item && welfareItems.Contains(item) && !reversed.Contains(p.Id) && !forwarded.Contains(p.SourceId))
            .Select(p => new WelfareRedemption(p.SourceId, p.EmployeeId, p.ItemId!, 1, -p.Points, p.OccurredAt))
            .ToList();
    }

    /// <inheritdoc />
    /// <remarks>
    /// A forwarded welfare redemption with a reversal (a reversed redemption, a voided or expired hold); cancels are
    /// recorded in the same <see cref="IForwardedRedemptionLog"/> under <c>cancel:{redemptionId}</c>.
    /// </remarks>
    public async Task<IReadOnlyList<WelfareCancellation>> GetCancellationsAsync(CancellationToken cancellationToken = default)
    {
        var forwarded = await log.GetForwardedAsync(cancellationToken).ConfigureAwait(false);
        var redemptionIds = (await ledger.GetPostingsAsync(new PostingQuery { Kind = PostingKind.Redemption }, cancellationToken).ConfigureAwait(false))
            .ToDictionary(p => p.Id, p => p.SourceId);
        var cancellations = new List<WelfareCancellation>();
        foreach (var reversal in await ledger.GetPostingsAsync(new PostingQuery { Kind = PostingKind.Reversal }, cancellationToken).ConfigureAwait(false))
        {
            if (reversal.RelatedPostingId is { } target && redemptionIds.TryGetValue(target, out var redemptionId)
                && forwarded.Contains(redemptionId) && !forwarded.Contains(CancelledKey(redemptionId)))
            {
                cancellations.Add(new WelfareCancellation(redemptionId, reversal.Reason ?? "reversed"));
            }
        }

        return cancellations;
    }

    /// <inheritdoc />
    public Task MarkCancelledAsync(WelfareCancellation cancellation, OutboundDelivery delivery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cancellation);
        return log.RecordAsync(CancelledKey(cancellation.RedemptionId), delivery, clock.GetCurrentInstant(), cancellationToken);
    }

    private static string CancelledKey(string redemptionId) => "cancel:" + redemptionId;

    /// <inheritdoc />
    public Task MarkForwardedAsync(WelfareRedemption redemption, OutboundDelivery delivery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(redemption);
        return log.RecordAsync(redemption.RedemptionId, delivery, clock.GetCurrentInstant(), cancellationToken);
    }
}
