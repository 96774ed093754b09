using System.Net;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HrKit.Integration;
using HrKit.Integration.Serialization;
using HrKit.Integration.Tests.Fakes;
using HrKit.Integration.Tokens;
using HrKit.Integration.Vendors;
using HrKit.Integration.Vendors.DingTalk;
using HrKit.Integration.Vendors.WeCom;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Integration.Tests.Vendors;

/// <summary>
/// Whatever a vendor answers — random text, valid answers mutated — reading it ends in an answer or a
/// <see cref="VendorApiException"/>, and mapping the answer's items ends in check-ins or rejections: nothing else escapes.
/// </summary>
public sealed class VendorAnswerProperties
{
    private const string WeComAnswer = """{"errcode":0,"errmsg":"ok","checkindata":[{"userid":"E1","groupname":"g","checkin_type":"上班打卡","exception_type":"时间异常","checkin_time":1760000000,"sch_checkin_time":1759999800}]}""";
    private const string DingTalkAnswer = """{"errcode":0,"errmsg":"ok","hasMore":false,"recordresult":[{"id":1,"userId":"E1","checkType":"OnDuty","timeResult":"Late","userCheckTime":1760000000000,"workDate":1759939200000}]}""";

    /// <summary>Answers every request with the given body and status.</summary>
    private sealed class CannedHandler(string body, HttpStatusCode status) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }

    private static bool ReadsOrThrowsVendorApiException<T>(VendorProfile profile, string body, HttpStatusCode status, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, Action<T> map)
        where T : IVendorAnswer
    {
        using var http = new HttpClient(new CannedHandler(body, status)) { BaseAddress = new Uri("http://vendor.test/") };
        var caller = new VendorCaller(profile, http, new AccessTokenCache(new FakeClock(IntegrationHarness.Now), Duration.FromMinutes(5)),
            new VendorCallSettings(0, TimeSpan.Zero, 64 * 1024, TimeSpan.FromSeconds(5)), NullLogger.Instance, TimeProvider.System);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "endpoint");
            map(caller.SendAsync(request, "endpoint", type, CancellationToken.None).GetAwaiter().GetResult());
            return true;
        }
        catch (VendorApiException)
        {
            return true;
        }
    }

    private static Arbitrary<HttpStatusCode> Statuses => Gen.Elements(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.InternalServerError).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property WeCom_AnyAnswer_IsReadAndMappedOrAVendorApiException() =>
        Prop.ForAll(HostileText.AnyOf(WeComAnswer).ToArbitrary(), Statuses, (body, status) =>
            ReadsOrThrowsVendorApiException(VendorProfile.WeCom, body, status, IntegrationJsonContext.Default.WeComCheckInAnswer,
                answer => _ = (answer.CheckInData ?? []).Select(d => WeComCheckInMapper.Map(d, new VendorUserMap(new WeComOptions()))).ToList()));

    [Property(MaxTest = 300)]
    public Property DingTalk_AnyAnswer_IsReadAndMappedOrAVendorApiException() =>
        Prop.ForAll(HostileText.AnyOf(DingTalkAnswer).ToArbitrary(), Statuses, (body, status) =>
            ReadsOrThrowsVendorApiException(VendorProfile.DingTalk, body, status, IntegrationJsonContext.Default.DingTalkAttendanceAnswer,
                answer => _ = (answer.RecordResult ?? []).Select(r => DingTalkRecordMapper.Map(r, new VendorUserMap(new DingTalkOptions()))).ToList()));
}
