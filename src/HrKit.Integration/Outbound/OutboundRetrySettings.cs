namespace HrKit.Integration.Outbound;

/// <summary>How an outbound client repeats a repeatable request.</summary>
/// <param name="MaxAttempts">Attempts in all, the first included.</param>
/// <param name="BaseDelay">The first backoff when the receiver gives no <c>Retry-After</c>; later ones double, with jitter.</param>
/// <param name="MaxRetryAfter">The longest <c>Retry-After</c> waited out; a longer one ends the send as a transient failure.</param>
/// <param name="AttemptTimeout">Time limit of one attempt.</param>
internal sealed record OutboundRetrySettings(int MaxAttempts, TimeSpan BaseDelay, TimeSpan MaxRetryAfter, TimeSpan AttemptTimeout);
