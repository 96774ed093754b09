namespace HrKit.Integration;

/// <summary>A WeCom third-party app, as registered in the WeCom service-provider console (服务商管理后台).</summary>
public sealed class WeComSuiteOptions
{
    /// <summary>The API root; change it only for tests or a proxy.</summary>
    public Uri BaseAddress { get; set; } = new("https://qyapi.weixin.qq.com/");

    /// <summary>The app's SuiteID; also the receive id of the instruction callback (指令回调).</summary>
    public string? SuiteId { get; set; }

    /// <summary>The app's Secret.</summary>
    public string? SuiteSecret { get; set; }

    /// <summary>The callback Token of the app's instruction callback URL.</summary>
    public string? CallbackToken { get; set; }

    /// <summary>The callback EncodingAESKey (43 characters).</summary>
    public string? CallbackAesKey { get; set; }

    /// <summary>Whether the suite is configured and should be used.</summary>
    public bool IsConfigured => !string.IsNullOrEmpty(SuiteId) && !string.IsNullOrEmpty(SuiteSecret);
}
