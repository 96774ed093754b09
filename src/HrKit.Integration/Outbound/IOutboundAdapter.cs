namespace HrKit.Integration.Outbound;

/// <summary>
/// Delivers one message to an outside system (welfare provider, recruiting, CRM). Every unsafe request an adapter
/// makes carries an idempotency key derived from the message, so a message sent twice is processed once and a
/// failed send may be repeated without duplicating anything.
/// </summary>
/// <typeparam name="TMessage">What the adapter delivers.</typeparam>
public interface IOutboundAdapter<in TMessage>
{
    /// <summary>The adapter's name for logs and reports, e.g. <c>welfare</c>.</summary>
    string Name { get; }

    /// <summary>Whether the adapter has the settings it needs; <see cref="SendAsync"/> throws while it has not.</summary>
    bool IsConfigured { get; }

    /// <summary>
    /// Delivers <paramref name="message"/>. Returns once the receiver has it (newly or from an earlier send);
    /// throws <see cref="OutboundDeliveryException"/> when it refused it or could not be reached after the retries.
    /// </summary>
    Task<OutboundDelivery> SendAsync(TMessage message, CancellationToken cancellationToken = default);
}
