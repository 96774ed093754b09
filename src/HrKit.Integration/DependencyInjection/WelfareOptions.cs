using NodaTime;

namespace HrKit.Integration;

/// <summary>
/// The welfare (benefits) provider that fulfils points redemptions; see <c>docs/integration-welfare.md</c> for the
/// wire format. Set <see cref="BaseAddress"/> and <see cref="ApiKey"/> together; leave both empty to disable it.
/// </summary>
public sealed class WelfareOptions
{
    /// <summary>The provider's API root, e.g. <c>https://welfare.example.com/</c>; null disables the adapter.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The API key the provider issued; sent as <c>Authorization: Bearer {ApiKey}</c>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Attempts per redemption, the first included (1 = never retry). Only transient failures are retried, and only
    /// because every request carries an idempotency key.
    /// </summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>
    /// The longest <c>Retry-After</c> the client waits for within one send; a provider asking for more is not retried
    /// now, and the redemption stays pending for the next forwarding run.
    /// </summary>
    public Duration MaxRetryAfter { get; set; } = Duration.FromSeconds(30);

    /// <summary>Whether the provider's address and key are set, i.e. the adapter can be used.</summary>
    public bool IsConfigured => BaseAddress is not null && !string.IsNullOrEmpty(ApiKey);
}
