namespace HrKit.Integration.Outbound;

/// <summary>
/// Redemptions waiting to reach the welfare provider. A redemption stays pending until
/// <see cref="MarkForwardedAsync"/> is called, which happens only after the provider answered 2xx; if the host stops
/// between the two, the redemption is sent again and the provider recognises it by its idempotency key.
/// </summary>
public interface IRedemptionOutbox
{
    /// <summary>Redemptions not yet marked as forwarded, oldest first.</summary>
    Task<IReadOnlyList<WelfareRedemption>> GetPendingAsync(CancellationToken cancellationToken = default);

    /// <summary>Records that the provider has <paramref name="redemption"/>; it is never offered again.</summary>
    Task MarkForwardedAsync(WelfareRedemption redemption, OutboundDelivery delivery, CancellationToken cancellationToken = default);
}
