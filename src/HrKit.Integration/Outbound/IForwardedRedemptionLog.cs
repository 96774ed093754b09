using NodaTime;

namespace HrKit.Integration.Outbound;

/// <summary>
/// Which redemptions the provider has confirmed. The ledger itself is append-only and knows nothing of providers, so
/// the outbox keeps this beside it. Losing it costs only re-sends, which the provider answers as already processed.
/// </summary>
public interface IForwardedRedemptionLog
{
    /// <summary>The ids of every redemption recorded as forwarded.</summary>
    Task<IReadOnlySet<string>> GetForwardedAsync(CancellationToken cancellationToken = default);

    /// <summary>Records a confirmed delivery; recording the same redemption again changes nothing.</summary>
    Task RecordAsync(string redemptionId, OutboundDelivery delivery, Instant forwardedAt, CancellationToken cancellationToken = default);
}
