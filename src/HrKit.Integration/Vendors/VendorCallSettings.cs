namespace HrKit.Integration.Vendors;

/// <summary>How long to wait when a vendor says "slow down" in its body, and how often.</summary>
internal sealed record VendorCallSettings(int RateLimitRetries, TimeSpan RateLimitDelay);
