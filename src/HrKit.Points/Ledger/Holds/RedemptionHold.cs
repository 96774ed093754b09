using NodaTime;

namespace HrKit.Points.Ledger.Holds;

/// <summary>
/// A two-phase redemption: <see cref="IPointsLedgerStore.HoldAsync"/> takes the points at once (a redemption posting)
/// and reserves stock; <see cref="IPointsLedgerStore.FulfilAsync"/> confirms it, while
/// <see cref="IPointsLedgerStore.VoidAsync"/> or the deadline (<see cref="IPointsLedgerStore.ExpireHoldsAsync"/>) gives
/// the points and stock back with a reversal posting.
/// </summary>
/// <param name="RequestId">The redemption request id; one hold per request.</param>
/// <param name="EmployeeId">Who pays.</param>
/// <param name="ItemId">The catalog item.</param>
/// <param name="Points">Points taken (the item's price when held).</param>
/// <param name="PostingId">The redemption posting.</param>
/// <param name="State">Where it stands.</param>
/// <param name="HeldAt">When it was held (the store's clock).</param>
/// <param name="ExpiresAt">When an unsettled hold expires.</param>
public sealed record RedemptionHold(string RequestId, string EmployeeId, string ItemId, long Points, long PostingId, HoldState State, Instant HeldAt, Instant ExpiresAt)
{
    /// <summary>When it was fulfilled, voided or expired.</summary>
    public Instant? SettledAt { get; init; }

    /// <summary>The reversal that gave the points back, for voided and expired holds.</summary>
    public long? RefundPostingId { get; init; }

    /// <summary>Why it was voided, or <c>expired</c>.</summary>
    public string? Reason { get; init; }
}
