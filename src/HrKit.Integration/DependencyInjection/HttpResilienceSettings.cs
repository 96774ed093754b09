using NodaTime;

namespace HrKit.Integration;

/// <summary>Retry and timeout settings of the vendor HTTP clients.</summary>
public sealed class HttpResilienceSettings
{
    /// <summary>Retries of a transient HTTP failure (5xx, 408, 429, network errors) for safe requests.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first retry delay; later ones back off exponentially with jitter.</summary>
    public Duration RetryBaseDelay { get; set; } = Duration.FromSeconds(1);

    /// <summary>
    /// Time limit of one attempt until the response headers arrive, and again for reading the body. An attempt that
    /// runs out is retried like any transient failure; the last one becomes a failed request in the sync report.
    /// </summary>
    public Duration AttemptTimeout { get; set; } = Duration.FromSeconds(10);

    /// <summary>Waits after a vendor says "rate limited" in its body (WeCom 45009, DingTalk 90018 or HTML block page).</summary>
    public int RateLimitRetries { get; set; } = 2;

    /// <summary>The first wait after a rate-limit answer; the n-th wait is n times as long.</summary>
    public Duration RateLimitDelay { get; set; } = Duration.FromSeconds(2);

    /// <summary>
    /// The largest vendor answer read, in bytes (default 32 MiB; 100 users × 30 days of WeCom check-ins is about 4 MiB).
    /// A larger body is not read further and its request becomes a failed request in the sync report.
    /// </summary>
    public long MaxResponseBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Vendor requests of one sync in flight at once.</summary>
    public int MaxConcurrentRequests { get; set; } = 4;
}
