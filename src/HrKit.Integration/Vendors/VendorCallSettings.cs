namespace HrKit.Integration.Vendors;

/// <summary>
/// How long to wait when a vendor says "slow down" in its body, and how often; how large an answer may be and how
/// long reading its body may take (the resilience pipeline's attempt timeout ends when the headers arrive).
/// </summary>
internal sealed record VendorCallSettings(int RateLimitRetries, TimeSpan RateLimitDelay, long MaxResponseBytes, TimeSpan BodyTimeout);
