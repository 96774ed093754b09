namespace HrKit.Integration;

/// <summary>WeCom (企业微信) settings. The check-in API needs the secret of the 打卡 (check-in) app, not the address book's.</summary>
public sealed class WeComOptions : VendorOptions
{
    /// <inheritdoc />
    public override Uri BaseAddress { get; set; } = new("https://qyapi.weixin.qq.com/");

    /// <summary>The enterprise id (corpid); also the receive id checked in decrypted callbacks.</summary>
    public string? CorpId { get; set; }

    /// <summary>The check-in app's secret (corpsecret).</summary>
    public string? CheckInSecret { get; set; }

    /// <inheritdoc />
    public override bool IsConfigured => !string.IsNullOrEmpty(CorpId) && !string.IsNullOrEmpty(CheckInSecret);
}
