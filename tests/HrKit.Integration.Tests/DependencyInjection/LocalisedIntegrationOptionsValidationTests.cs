using HrKit.Tests.Shared;
using NodaTime;

namespace HrKit.Integration.Tests.DependencyInjection;

/// <summary>
/// Issue 15: as .NET's own messages, the start-up checks of <see cref="IntegrationOptions"/> speak the language of
/// the UI culture: Chinese under any Chinese one, each saying how to fix the setting, and English, word for word as
/// before, otherwise.
/// </summary>
public sealed class LocalisedIntegrationOptionsValidationTests
{
    private static IntegrationOptions Bad()
    {
        var options = new IntegrationOptions { TimeZoneId = "Mars/Olympus" };
        options.WeCom.CorpId = "ww1";
        options.Welfare.BaseAddress = new Uri("http://welfare.example.com/");
        options.Welfare.ApiKey = "k";
        options.Http.MaxRetryAttempts = 11;
        options.Webhooks.CallbackTimestampTolerance = Duration.FromDays(2);
        options.WebhookInbox.MaxAttempts = 0;
        return options;
    }

    private static IEnumerable<string> Failures(string culture) =>
        UiCulture.Run(culture, () => new IntegrationOptionsValidator().Validate(null, Bad())).Failures!;

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("zh-Hans")]
    public void Validate_BadOptionsUnderChineseUiCulture_EveryFailureInChineseSayingHowToFix(string culture)
    {
        Assert.Equal(
        [
            "TimeZoneId“Mars/Olympus”不是 IANA 时区；请使用例如 'Asia/Shanghai'。",
            "WeCom.CorpId 和 WeCom.CheckInSecret 必须同时设置（或都留空以停用 WeCom）。",
            "Welfare.BaseAddress“http://welfare.example.com/”是明文 http：API 密钥会以未加密方式传输；请使用 https（http 仅允许用于本机回环测试服务器）。",
            "Http.MaxRetryAttempts 和 Http.RateLimitRetries 必须在 0 到 10 之间。",
            "Webhooks.CallbackTimestampTolerance 为 2:00:00:00；请设为大于 0 且不超过 DeduplicationWindow（1:00:00:00），否则去重窗口之外的重放会被处理两次。",
            "WebhookInbox.MaxAttempts 为 0；请使用 1 到 100；通常为 5。",
        ], Failures(culture));
    }

    [Fact]
    public void Validate_BadOptionsUnderEnglishUiCulture_TheEnglishMessagesUnchanged()
    {
        Assert.Equal(
        [
            "TimeZoneId 'Mars/Olympus' is not an IANA zone; use e.g. 'Asia/Shanghai'.",
            "WeCom.CorpId and WeCom.CheckInSecret must be set together (or both left empty to disable WeCom).",
            "Welfare.BaseAddress 'http://welfare.example.com/' is plain http: the API key would travel unencrypted; use https (http is accepted for loopback test servers only).",
            "Http.MaxRetryAttempts and Http.RateLimitRetries must be between 0 and 10.",
            "Webhooks.CallbackTimestampTolerance is 2:00:00:00; use more than 0 and at most DeduplicationWindow (1:00:00:00), or a replay outside the window would be processed twice.",
            "WebhookInbox.MaxAttempts is 0; use 1 to 100; 5 is usual.",
        ], Failures("en-US"));
    }

    [Fact]
    public void Validate_DateListedTwiceAndBadAesKeyUnderChineseUiCulture_ChineseNamingTheDateAndTheConsole()
    {
        var options = new IntegrationOptions();
        options.StatutoryHolidays.Add(new LocalDate(2026, 10, 1));
        options.MakeUpWorkdays.Add(new LocalDate(2026, 10, 1));
        options.DingTalk.CallbackToken = "t";
        options.DingTalk.CallbackAesKey = "too-short";

        var failures = UiCulture.Run("zh-CN", () => new IntegrationOptionsValidator().Validate(null, options)).Failures!;

        Assert.Equal(
        [
            "2026-10-01 在 StatutoryHolidays、MakeUpWorkdays 和 ShiftedRestDays 中出现了不止一次；每个日期只能列一次，且只列在其中一处。",
            "DingTalk.CallbackAesKey 必须是 DingTalk 管理后台提供的 43 个字符的 EncodingAESKey（字母、数字、+ 和 /）。",
        ], failures);
    }
}
