namespace HrKit.Integration.Vendors;

/// <summary>How a vendor spells "bad token" and "slow down".</summary>
internal sealed record VendorProfile(string Name, IReadOnlySet<int> TokenErrors, IReadOnlySet<int> RateLimitErrors)
{
    // WeCom: 40014 invalid access_token, 42001 expired; 45009 API frequency limit, 45033 too many concurrent calls.
    public static VendorProfile WeCom { get; } = new("wecom", new HashSet<int> { 40014, 42001 }, new HashSet<int> { 45009, 45033 });

    // DingTalk: 88 (sub-code for an invalid token on the old gateway), 40014 invalid, 42001 expired; 90018 rate limit.
    public static VendorProfile DingTalk { get; } = new("dingtalk", new HashSet<int> { 88, 40014, 42001 }, new HashSet<int> { 90018 });
}
