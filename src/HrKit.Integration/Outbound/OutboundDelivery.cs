namespace HrKit.Integration.Outbound;

/// <summary>A message the receiver has.</summary>
/// <param name="Outcome">Processed now, or recognised as sent before.</param>
/// <param name="IdempotencyKey">The key the request carried; the same message always carries the same key.</param>
/// <param name="ReceiverReference">The receiver's id for the message (e.g. the provider's order number), when it gave one.</param>
public sealed record OutboundDelivery(OutboundOutcome Outcome, string IdempotencyKey, string? ReceiverReference);
