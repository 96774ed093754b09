using NodaTime;

namespace HrKit.Integration;

/// <summary>The generic HMAC-SHA256 webhook that training, sharing and other systems post events to.</summary>
public sealed class SignedWebhookOptions
{
    /// <summary>The shared secret; the receiver rejects every delivery while it is unset.</summary>
    public string? Secret { get; set; }

    /// <summary>How far a delivery's timestamp may be from now; older or newer deliveries are rejected as replays.</summary>
    public Duration TimestampTolerance { get; set; } = Duration.FromMinutes(5);
}
