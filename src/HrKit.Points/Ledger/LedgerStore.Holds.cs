using HrKit.Points.Localization;
using HrKit.Points.Catalog;
using HrKit.Points.Diagnostics;
using HrKit.Points.Ledger.Holds;
using HrKit.Points.Model;
using NodaTime;

namespace HrKit.Points.Ledger;

/// <summary>Two-phase redemptions: the points are taken when held and given back by a reversal when voided or expired.</summary>
internal sealed partial class LedgerStore
{
    /// <summary>How many due holds one <see cref="ExpireHoldsAsync"/> reads at a time (each is expired in its own transaction).</summary>
    private const int DueHoldsPage = 500;

    public async Task<RedemptionHold> HoldAsync(RedemptionRequest request, Duration timeout, CancellationToken cancellationToken = default)
    {
        ValidateRequest(request);
        if (timeout <= Duration.Zero || timeout > PointsBounds.MaxHoldTimeout)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, $"A hold's timeout must be positive and at most {PointsBounds.MaxHoldTimeout.Days} days (PointsBounds.MaxHoldTimeout).");
        }

        var now = clock.GetCurrentInstant();
        var s = await BeginAsync(cancellationToken).ConfigureAwait(false);
        await using var scope = s.ConfigureAwait(false);
        await s.LockAccountsAsync([request.EmployeeId], cancellationToken).ConfigureAwait(false);
        if (await s.GetHoldAsync(request.RequestId, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        var (posting, isNew) = await RedeemInAsync(s, request, now, cancellationToken).ConfigureAwait(false);
        // A request redeemed at once by RedeemAsync already stands: its hold is recorded as fulfilled.
        var hold = new RedemptionHold(request.RequestId, posting.EmployeeId, posting.ItemId ?? request.ItemId, -posting.Points, posting.Id, isNew ? HoldState.Held : HoldState.Fulfilled, now, now + timeout)
        {
            SettledAt = isNew ? null : now,
        };
        await s.SaveHoldAsync(hold, cancellationToken).ConfigureAwait(false);
        await s.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (isNew)
        {
            Metrics.Redemptions.Add(1);
        }

        return hold;
    }

    public async Task<RedemptionHold?> GetHoldAsync(string requestId, CancellationToken cancellationToken = default)
    {
        RequireId(requestId, nameof(requestId));
        var s = await BeginAsync(cancellationToken).ConfigureAwait(false);
        await using var scope = s.ConfigureAwait(false);
        return await s.GetHoldAsync(requestId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<RedemptionHold> FulfilAsync(string requestId, CancellationToken cancellationToken = default)
    {
        var (hold, expired) = await SettleHoldAsync(requestId, HoldState.Fulfilled, reason: null, cancellationToken).ConfigureAwait(false);
        return expired
            ? throw new PointsLedgerException(PointsLedgerError.HoldExpired, PointsText.Of("Ledger.HoldExpired", requestId, hold.ExpiresAt, hold.Points, hold.RefundPostingId), new HrKitErrorTarget(Record: requestId))
            : hold;
    }

    public async Task<RedemptionHold> VoidAsync(string requestId, string reason, CancellationToken cancellationToken = default)
    {
        RequireReason(reason, nameof(reason));
        return (await SettleHoldAsync(requestId, HoldState.Voided, reason, cancellationToken).ConfigureAwait(false)).Hold;
    }

    public async Task<int> ExpireHoldsAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetCurrentInstant();
        var count = 0;
        while (true)
        {
            IReadOnlyList<string> due;
            var reader = await BeginAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                due = await reader.DueHoldsAsync(now, DueHoldsPage, cancellationToken).ConfigureAwait(false);
            }

            foreach (var requestId in due)
            {
                // One transaction per hold: a crash leaves each hold expired with its refund, or untouched.
                var hold = (await SettleHoldAsync(requestId, HoldState.Expired, reason: null, cancellationToken, now).ConfigureAwait(false)).Hold;
                count += hold is { State: HoldState.Expired } && hold.SettledAt == now ? 1 : 0;
            }

            if (due.Count < DueHoldsPage)
            {
                return count;
            }
        }
    }

    // Moves a hold to `to` (Fulfilled, Voided or Expired) in one transaction. A held hold past its deadline is expired
    // whatever was asked (Expired = true tells the caller), and its reason is always "expired"; `reason` is a void's. Asking
    // again for the state it is in returns it unchanged.
    private async Task<(RedemptionHold Hold, bool Expired)> SettleHoldAsync(string requestId, HoldState to, string? reason, CancellationToken ct, Instant? at = null)
    {
        RequireId(requestId, nameof(requestId));
        var now = at ?? clock.GetCurrentInstant();
        var s = await BeginAsync(ct).ConfigureAwait(false);
        await using var scope = s.ConfigureAwait(false);
        var hold = await s.GetHoldAsync(requestId, ct).ConfigureAwait(false)
            ?? throw new PointsLedgerException(PointsLedgerError.UnknownHold, PointsText.Of("Ledger.UnknownHold", requestId), new HrKitErrorTarget(Record: requestId));
        await s.LockAccountsAsync([hold.EmployeeId], ct).ConfigureAwait(false);
        // Re-read under the account lock: another server may have settled it meanwhile.
        hold = (await s.GetHoldAsync(requestId, ct).ConfigureAwait(false))!;
        if (hold.State != HoldState.Held)
        {
            var alreadyGivenBack = hold.State is HoldState.Voided or HoldState.Expired;
            return hold.State == to || (to != HoldState.Fulfilled && alreadyGivenBack)
                ? (hold, false)
                : throw new PointsLedgerException(
                    PointsLedgerError.HoldNotPending,
                    hold.State == HoldState.Fulfilled
                        ? PointsText.Of("Ledger.HoldFulfilled", requestId, PointsText.Of("Word.Hold." + to), hold.PostingId)
                        : PointsText.Of("Ledger.HoldNotPending", requestId, PointsText.Of("Word.HoldState." + hold.State), PointsText.Of("Word.Hold." + to)),
                    new HrKitErrorTarget(Record: requestId));
        }

        var expired = to == HoldState.Expired || now >= hold.ExpiresAt;
        if (to == HoldState.Expired && now < hold.ExpiresAt)
        {
            return (hold, false);
        }

        var state = expired ? HoldState.Expired : to;
        var settledReason = expired ? "expired" : reason;
        long? refund = null;
        if (state != HoldState.Fulfilled)
        {
            var posting = await s.GetPostingAsync(hold.PostingId, ct).ConfigureAwait(false)
                ?? throw new PointsLedgerException(PointsLedgerError.UnknownPosting, PointsText.Of("Ledger.HoldPostingMissing", requestId, hold.PostingId));
            refund = (await ReverseInAsync(s, posting, now, settledReason, ct).ConfigureAwait(false)).Id;
        }

        hold = hold with { State = state, SettledAt = now, RefundPostingId = refund, Reason = settledReason };
        await s.SaveHoldAsync(hold, ct).ConfigureAwait(false);
        await s.CommitAsync(ct).ConfigureAwait(false);
        return (hold, expired && to != HoldState.Expired);
    }
}
