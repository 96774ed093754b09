namespace HrKit.Integration;

/// <summary>DingTalk (钉钉) settings for an internal app with the attendance read permission.</summary>
public sealed class DingTalkOptions : VendorOptions
{
    /// <inheritdoc />
    public override Uri BaseAddress { get; set; } = new("https://oapi.dingtalk.com/");

    /// <summary>The app key (appkey).</summary>
    public string? AppKey { get; set; }

    /// <summary>The app secret (appsecret).</summary>
    public string? AppSecret { get; set; }

    /// <summary>The receive id checked in decrypted callbacks: the corp id, suite key or app key the callback was registered with.</summary>
    public string? CallbackOwnerKey { get; set; }

    /// <inheritdoc />
    public override bool IsConfigured => !string.IsNullOrEmpty(AppKey) && !string.IsNullOrEmpty(AppSecret);
}
