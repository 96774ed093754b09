namespace HrKit.Integration;

/// <summary>Settings of <c>AddHrKitSuites</c> for ISVs serving many companies through third-party apps; validated at start-up.</summary>
public sealed class SuiteOptions
{
    /// <summary>The WeCom third-party app (第三方应用).</summary>
    public WeComSuiteOptions WeCom { get; } = new();

    /// <summary>The DingTalk third-party enterprise app (第三方企业应用).</summary>
    public DingTalkSuiteOptions DingTalk { get; } = new();

    /// <summary>
    /// Approval requests read per company at a time (default 4, at most 32): both vendors rate-limit per company and
    /// per app, so this bounds the requests in flight for one company.
    /// </summary>
    public int MaxConcurrentDetailRequests { get; set; } = 4;

}
