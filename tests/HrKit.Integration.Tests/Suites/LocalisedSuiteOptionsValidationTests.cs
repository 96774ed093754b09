using HrKit.Integration.Suites;
using HrKit.Tests.Shared;

namespace HrKit.Integration.Tests.Suites;

/// <summary>Issue 15: the suite settings' start-up check speaks the UI culture's language, saying how to fix each setting.</summary>
public sealed class LocalisedSuiteOptionsValidationTests
{
    private static IEnumerable<string> Failures(string culture)
    {
        var options = new SuiteOptions { MaxConcurrentDetailRequests = 0 };
        options.WeCom.SuiteId = "ww-suite";
        options.WeCom.CallbackAesKey = "too-short";
        return UiCulture.Run(culture, () => new SuiteOptionsValidator().Validate(null, options)).Failures!;
    }

    [Fact]
    public void Validate_HalfConfiguredSuiteUnderChineseUiCulture_EveryProblemInChineseWithItsFix()
    {
        Assert.Equal(
            [
                "缺少 Suites.WeCom.SuiteSecret；第三方应用需要服务商管理后台提供的 SuiteId、SuiteSecret、CallbackToken 和 CallbackAesKey。",
                "缺少 Suites.WeCom.CallbackToken；第三方应用需要服务商管理后台提供的 SuiteId、SuiteSecret、CallbackToken 和 CallbackAesKey。",
                "Suites.WeCom.CallbackAesKey 必须是管理后台提供的 43 个字符的 EncodingAESKey。",
                "Suites.MaxConcurrentDetailRequests 为 0；请设为 1 到 32（两家服务商都按企业限流）。",
            ],
            Failures("zh-CN"));
    }

    [Fact]
    public void Validate_HalfConfiguredSuiteUnderEnglishUiCulture_TheEnglishMessageUnchanged()
    {
        Assert.Equal(
            [
                "Suites.WeCom.SuiteSecret is missing; a suite needs SuiteId, SuiteSecret, CallbackToken and CallbackAesKey from the vendor's console.",
                "Suites.WeCom.CallbackToken is missing; a suite needs SuiteId, SuiteSecret, CallbackToken and CallbackAesKey from the vendor's console.",
                "Suites.WeCom.CallbackAesKey must be the 43-character EncodingAESKey from the console.",
                "Suites.MaxConcurrentDetailRequests is 0; set 1 to 32 (both vendors rate-limit per company).",
            ],
            Failures("en-GB"));
    }

    [Fact]
    public void Validate_DingTalkSuiteWithoutBaseAddressUnderChineseUiCulture_ChineseNamingTheSetting()
    {
        var options = new SuiteOptions();
        options.DingTalk.SuiteKey = "suite-key";
        options.DingTalk.SuiteSecret = "secret";
        options.DingTalk.CallbackToken = "token";
        options.DingTalk.CallbackAesKey = Convert.ToBase64String(new byte[32]).TrimEnd('=');
        options.DingTalk.BaseAddress = new Uri("relative/", UriKind.Relative);

        var result = UiCulture.Run("zh-CN", () => new SuiteOptionsValidator().Validate(null, options));

        Assert.Equal("Suites.DingTalk.BaseAddress 必须是绝对 URI，例如服务商的默认地址。", result.FailureMessage);
    }
}
