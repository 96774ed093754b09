using System.Globalization;
using HrKit.Integration.Suites;
using HrKit.Integration.Suites.Callbacks;
using HrKit.Integration.Webhooks;
using HrKit.Integration.Webhooks.Inbox;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Integration.Tests.Fakes.Suites;

/// <summary>The real suite service graph pointed at the fakes; callbacks are pushed through the real receivers and inbox.</summary>
internal static class SuiteHarness
{
    public static ServiceProvider Build(
        FakeWeComSuiteServer? weCom = null, FakeDingTalkSuiteServer? dingTalk = null, FakeClock? clock = null, Action<IServiceCollection>? more = null)
    {
        return IntegrationHarness.Build(_ => { }, clock, more: services =>
        {
            more?.Invoke(services);
            services.AddHrKitSuites(o =>
            {
                if (weCom is not null)
                {
                    o.WeCom.BaseAddress = weCom.BaseAddress;
                    o.WeCom.SuiteId = FakeWeComSuiteServer.SuiteId;
                    o.WeCom.SuiteSecret = FakeWeComSuiteServer.SuiteSecret;
                    o.WeCom.CallbackToken = CallbackRequests.Token;
                    o.WeCom.CallbackAesKey = VendorCallbackCipher.AesKey;
                }

                if (dingTalk is not null)
                {
                    o.DingTalk.BaseAddress = dingTalk.BaseAddress;
                    o.DingTalk.SuiteKey = FakeDingTalkSuiteServer.SuiteKey;
                    o.DingTalk.SuiteSecret = FakeDingTalkSuiteServer.SuiteSecret;
                    o.DingTalk.CallbackToken = CallbackRequests.Token;
                    o.DingTalk.CallbackAesKey = VendorCallbackCipher.AesKey;
                }
            });
        }, startHostedServices: false);
    }

    /// <summary>Pushes a WeCom instruction callback (receive id = SuiteID) and processes the inbox, as WeCom's push and the host's processor would.</summary>
    public static async Task<WebhookResponse> PushWeComAsync(IServiceProvider sp, string xml, string receiveId = FakeWeComSuiteServer.SuiteId)
    {
        var now = sp.GetRequiredService<IClock>().GetCurrentInstant();
        var encrypt = VendorCallbackCipher.Encrypt(xml, receiveId);
        var response = await sp.GetRequiredService<WeComSuiteCallbackReceiver>().ReceiveAsync(CallbackRequests.WeCom(encrypt, now));
        await sp.GetRequiredService<WebhookInboxProcessor>().ProcessDueAsync();
        return response;
    }

    /// <summary>Pushes a DingTalk suite callback (receive id = SuiteKey) and processes the inbox.</summary>
    public static async Task<WebhookResponse> PushDingTalkAsync(IServiceProvider sp, string json)
    {
        var now = sp.GetRequiredService<IClock>().GetCurrentInstant();
        var encrypt = VendorCallbackCipher.Encrypt(json, FakeDingTalkSuiteServer.SuiteKey);
        var response = await sp.GetRequiredService<DingTalkSuiteCallbackReceiver>().ReceiveAsync(CallbackRequests.DingTalk(encrypt, now));
        await sp.GetRequiredService<WebhookInboxProcessor>().ProcessDueAsync();
        return response;
    }

    public static string WeComTicketXml(string ticket, Instant at) =>
        $"<xml><SuiteId><![CDATA[{FakeWeComSuiteServer.SuiteId}]]></SuiteId><InfoType><![CDATA[suite_ticket]]></InfoType><TimeStamp>{Seconds(at)}</TimeStamp><SuiteTicket><![CDATA[{ticket}]]></SuiteTicket></xml>";

    public static string WeComCreateAuthXml(string authCode, Instant at) =>
        $"<xml><SuiteId><![CDATA[{FakeWeComSuiteServer.SuiteId}]]></SuiteId><AuthCode><![CDATA[{authCode}]]></AuthCode><InfoType><![CDATA[create_auth]]></InfoType><TimeStamp>{Seconds(at)}</TimeStamp></xml>";

    public static string WeComCancelXml(string corpId, Instant at) =>
        $"<xml><SuiteId><![CDATA[{FakeWeComSuiteServer.SuiteId}]]></SuiteId><InfoType><![CDATA[cancel_auth]]></InfoType><TimeStamp>{Seconds(at)}</TimeStamp><AuthCorpId><![CDATA[{corpId}]]></AuthCorpId></xml>";

    public static string WeComContactXml(string corpId, string changeType, string userId, Instant at) =>
        $"<xml><SuiteId><![CDATA[{FakeWeComSuiteServer.SuiteId}]]></SuiteId><AuthCorpId><![CDATA[{corpId}]]></AuthCorpId><InfoType><![CDATA[change_contact]]></InfoType><TimeStamp>{Seconds(at)}</TimeStamp><ChangeType><![CDATA[{changeType}]]></ChangeType><UserID><![CDATA[{userId}]]></UserID></xml>";

    public static string DingTalkEvent(string eventType, Instant at, string fields) =>
        $"{{\"EventType\":\"{eventType}\",\"SuiteKey\":\"{FakeDingTalkSuiteServer.SuiteKey}\",\"TimeStamp\":\"{at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}\"{fields}}}";

    /// <summary>Pushes the current ticket and the company's create_auth, as WeCom does when a company installs the app.</summary>
    public static async Task AuthoriseWeComAsync(IServiceProvider sp, FakeWeComSuiteServer fake, params FakeSuiteCompany[] companies)
    {
        var now = sp.GetRequiredService<IClock>().GetCurrentInstant();
        await PushWeComAsync(sp, WeComTicketXml(fake.CurrentTicket, now));
        foreach (var company in companies)
        {
            await PushWeComAsync(sp, WeComCreateAuthXml(company.AuthCode, now));
        }
    }

    public static async Task AuthoriseDingTalkAsync(IServiceProvider sp, FakeDingTalkSuiteServer fake, params FakeSuiteCompany[] companies)
    {
        var now = sp.GetRequiredService<IClock>().GetCurrentInstant();
        await PushDingTalkAsync(sp, DingTalkEvent("suite_ticket", now, $",\"SuiteTicket\":\"{fake.CurrentTicket}\""));
        foreach (var company in companies)
        {
            await PushDingTalkAsync(sp, DingTalkEvent("tmp_auth_code", now, $",\"AuthCode\":\"{company.AuthCode}\",\"AuthCorpId\":\"{company.CorpId}\""));
        }
    }

    public static CompanyRef WeComRef(FakeSuiteCompany company) => new(SuiteVendor.WeCom, company.CorpId);

    public static CompanyRef DingTalkRef(FakeSuiteCompany company) => new(SuiteVendor.DingTalk, company.CorpId);

    private static string Seconds(Instant at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
