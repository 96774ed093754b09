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

    /// <summary>Redemptions the provider has that were cancelled since (reversed, or their hold voided) and not yet cancelled there.</summary>
    /// <remarks>The default has none, for outboxes whose redemptions cannot be cancelled.</remarks>
    Task<IReadOnlyList<WelfareCancellation>> GetCancellationsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<WelfareCancellation>>([]);

    /// <summary>Records that the provider cancelled <paramref name="cancellation"/>; it is never offered again.</summary>
    Task MarkCancelledAsync(WelfareCancellation cancellation, OutboundDelivery delivery, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
