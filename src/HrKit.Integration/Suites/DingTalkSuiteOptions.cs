namespace HrKit.Integration;

/// <summary>A DingTalk third-party enterprise app, as registered in the DingTalk developer console.</summary>
public sealed class DingTalkSuiteOptions
{
    /// <summary>The API root; change it only for tests or a proxy.</summary>
    public Uri BaseAddress { get; set; } = new("https://oapi.dingtalk.com/");

    /// <summary>The SuiteKey; also the receive id of the app's callbacks.</summary>
    public string? SuiteKey { get; set; }

    /// <summary>The SuiteSecret; it signs corp token requests (HmacSHA256 of timestamp + "\n" + suiteTicket).</summary>
    public string? SuiteSecret { get; set; }

    /// <summary>The callback token (Token) of the app's event subscription.</summary>
    public string? CallbackToken { get; set; }

    /// <summary>The callback aes_key (43 characters).</summary>
    public string? CallbackAesKey { get; set; }

    /// <summary>Whether the suite is configured and should be used.</summary>
    public bool IsConfigured => !string.IsNullOrEmpty(SuiteKey) && !string.IsNullOrEmpty(SuiteSecret);
}
