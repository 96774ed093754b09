using System.Globalization;
using System.Text.RegularExpressions;
using HrKit.Integration.Outbound;
using HrKit.Integration.Suites;
using HrKit.Integration.Tests.Fakes;
using HrKit.Integration.Vendors;
using HrKit.Integration.Vendors.DingTalk;
using HrKit.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace HrKit.Integration.Tests.Localization;

/// <summary>
/// Issue 15: HrKit.Integration's failures come from IntegrationStrings.resx, in English and zh-CN, and
/// <see cref="HrKitException.GetMessage"/> shows them in Chinese with the vendor's or receiver's own words as they came.
/// </summary>
public sealed partial class IntegrationStringsTests
{
    private const string English = "src/HrKit.Integration/Resources/Localization/IntegrationStrings.resx";
    private const string Chinese = "src/HrKit.Integration/Resources/Localization/IntegrationStrings.zh-CN.resx";

    private static readonly CultureInfo ZhCn = CultureInfo.GetCultureInfo("zh-CN");

    private static readonly string[] Sources = ["src/HrKit.Integration", "src/HrKit.Integration.Sqlite", "src/HrKit.Integration.PostgreSql"];

    // The calls that make a message a user sees: the exceptions, a failed receive, and the start-up options checks
    // (their problem lists are named errors by convention; ValidateOptionsResult.Fail takes a finished message).
    private static readonly string[] MessageCalls =
    [
        "IntegrationException", "VendorApiException", "OutboundDeliveryException", "SuiteAuthorisationException", "UnreadableBodyException",
        "Fail", "Cancelled", "ValidateOptionsResult.Fail", "errors.Add",
    ];

    // Developer-facing texts, deliberately English: the generic messages of the parameterless constructors .NET
    // requires of an exception type (HrKit never throws them itself).
    private static readonly HashSet<string> Allowed =
    [
        "src/HrKit.Integration/IntegrationException.cs: An integration operation failed.",
        "src/HrKit.Integration/Suites/SuiteAuthorisationException.cs: The suite app is not authorised.",
    ];

    [Fact]
    public void Resources_EveryKey_InEnglishAndChinese()
    {
        Assert.Equal([], ResourceConventions.ParityProblems(English, Chinese));
    }

    [Fact]
    public void Sources_MessagesOfExceptionsAndOptionsChecks_ComeFromTheResources()
    {
        Assert.Equal([], ResourceConventions.LiteralBypasses(Sources, MessageCalls, Allowed));
    }

    [Theory]
    [InlineData("errors.Add($\"Suites.{vendor}.BaseAddress must be an absolute URI such as the vendor's default.\");", "Suites.{vendor}.BaseAddress must be an absolute URI such as the vendor's default.")]
    [InlineData("return ValidateOptionsResult.Fail($\"PostgreSqlIntegrationOptions.ConnectionString: required, e.g. {Example}.\");", "PostgreSqlIntegrationOptions.ConnectionString: required, e.g. {Example}.")]
    public void LiteralBypasses_EnglishSentenceInAnOptionsCheck_IsReported(string code, string expected)
    {
        var folder = Directory.CreateTempSubdirectory("hrkit-literal-scan-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "Validator.cs"), code);

            var bypass = Assert.Single(ResourceConventions.LiteralBypasses([folder.FullName], MessageCalls, Allowed));

            Assert.EndsWith("Validator.cs line 1: " + expected, bypass, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Sources_EveryKeyNamed_IsInTheResources()
    {
        var keys = ResourceConventions.Values(English).Keys.ToHashSet();
        var named = Sources
            .SelectMany(f => Directory.EnumerateFiles(Path.Combine(ResourceConventions.RepositoryRoot(), f), "*.cs", SearchOption.AllDirectories))
            .SelectMany(f => KeyLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToList();

        Assert.True(named.Count > 40, $"only {named.Count} keys named");
        Assert.Equal([], named.Where(k => !keys.Contains(k)).Distinct().ToArray());
    }

    [Fact]
    public async Task GetMessage_DingTalkBlockPagePersists_ChineseNamingVendorEndpointAndWhatCameBack()
    {
        await using var fake = await FakeDingTalkServer.StartAsync();
        fake.BlockNext(100);
        await using var sp = IntegrationHarness.Build(IntegrationHarness.DingTalk(fake));

        var ex = await Assert.ThrowsAsync<VendorApiException>(() =>
            sp.GetRequiredService<DingTalkClient>().ListAsync(["d001"], new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 1), default));

        Assert.StartsWith($"dingtalk {ex.Endpoint} 调用失败：errcode -2（不是 JSON（可能是拦截页面）：", ex.GetMessage(ZhCn), StringComparison.Ordinal);
        Assert.EndsWith("）——被限流，请稍后重试。", ex.GetMessage(ZhCn), StringComparison.Ordinal);
        Assert.StartsWith($"dingtalk {ex.Endpoint} failed: errcode -2 (not JSON (block page?): ", ex.Message, StringComparison.Ordinal);
        Assert.Equal(ex.Message, ex.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void GetMessage_VendorErrmsg_KeptAsTheVendorWroteIt()
    {
        var ex = new VendorApiException("wecom", "checkin/getcheckindata", 301042, "ip not allow, from ip: 1.2.3.4");

        Assert.Equal("wecom checkin/getcheckindata 调用失败：errcode 301042（ip not allow, from ip: 1.2.3.4）。", ex.GetMessage(ZhCn));
        Assert.Equal("wecom checkin/getcheckindata failed: errcode 301042 (ip not allow, from ip: 1.2.3.4).", ex.Message);
    }

    [Fact]
    public void GetMessage_OutboundRefusedAndUndelivered_ChineseNamingReceiverAndMessage()
    {
        var refused = new OutboundDeliveryException("welfare", "POST v1/redemptions", "r-42", 422, "item_unknown", "no such item", isTransient: false);
        var undelivered = new OutboundDeliveryException("welfare", "POST v1/redemptions", "r-43", null, null, null, isTransient: true);

        Assert.Equal("welfare 拒绝了“r-42”（POST v1/redemptions）：HTTP 422 item_unknown: no such item。不会重试：须先修改消息或设置。", refused.GetMessage(ZhCn));
        Assert.Equal("welfare refused 'r-42' (POST v1/redemptions): HTTP 422 item_unknown: no such item. Not retried: the message or the settings must change first.", refused.Message);
        Assert.Equal("welfare 在多次重试后仍未接收“r-43”（POST v1/redemptions）：没有应答。稍后重新发送是安全的：它带有相同的幂等键。", undelivered.GetMessage(ZhCn));
    }

    [Fact]
    public void GetMessage_SuiteNotAuthorised_ChineseNamingTheCompany()
    {
        var ex = SuiteAuthorisationException.NotAuthorised(new CompanyRef(SuiteVendor.WeCom, "wwcorp1"));

        Assert.Equal("wecom 企业“wwcorp1”尚未授权该第三方应用（没有保存永久授权码）；该企业须先安装应用。", ex.GetMessage(ZhCn));
        Assert.Equal("wecom company 'wwcorp1' has not authorised the suite app (no permanent code stored); it must install the app first.", ex.Message);
    }

    [Fact]
    public void GetMessage_HostMessage_IsTheMessageInEveryLanguage()
    {
        Assert.Equal("the host's own words", new VendorApiException("the host's own words").GetMessage(ZhCn));
    }

    [GeneratedRegex("""IntegrationText\.Of\(\s*"([^"]+)"[,)]""")]
    private static partial Regex KeyLiteral();
}
