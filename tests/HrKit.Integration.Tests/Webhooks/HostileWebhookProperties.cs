using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HrKit.Integration.Tests.Fakes;
using HrKit.Integration.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static HrKit.Integration.Tests.Fakes.CallbackRequests;

namespace HrKit.Integration.Tests.Webhooks;

/// <summary>
/// Whatever arrives — random text, valid envelopes and payloads mutated, correctly signed or not — every receiver answers
/// 200, 400, 401, 413 or 503 and never throws.
/// </summary>
public sealed class HostileWebhookProperties : IDisposable
{
    private static readonly Instant Now = IntegrationHarness.Now;
    private static readonly int[] Documented = [200, 400, 401, 413, 503];
    private const string WeComEvent = "<xml><ToUserName>ww-corp</ToUserName><FromUserName>james</FromUserName><CreateTime>1793419200</CreateTime><MsgType>event</MsgType><Event>checkin</Event><MsgId>1</MsgId></xml>";
    private const string DingTalkEvent = "{\"EventType\":\"attendance_check_record\",\"DataList\":[{\"userId\":\"d001\",\"checkTime\":1793419200000}]}";
    private const string SignedBody = "{\"eventId\":\"lms-7\",\"employeeId\":\"E1\",\"type\":\"training.completed\"}";
    private readonly ServiceProvider _services = IntegrationHarness.Build(
        o =>
        {
            Configure(o);
            o.Webhooks.MaxBodyBytes = 16 * 1024;
            o.WebhookQueueCapacity = int.MaxValue;
        },
        startHostedServices: false);

    public void Dispose() => _services.Dispose();

    private static bool IsDocumented(Func<Task<WebhookResponse>> receive) => Documented.Contains(receive().GetAwaiter().GetResult().StatusCode);

    private WeComCallbackReceiver WeCom => _services.GetRequiredService<WeComCallbackReceiver>();

    private DingTalkCallbackReceiver DingTalk => _services.GetRequiredService<DingTalkCallbackReceiver>();

    private static string ValidWeComEnvelope(string encrypt) => $"<xml><ToUserName><![CDATA[{CorpId}]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>";

    [Property(MaxTest = 300)]
    public Property WeCom_AnyEnvelopeBody_AnswersADocumentedStatus()
    {
        var encrypt = VendorCallbackCipher.Encrypt(WeComEvent, CorpId);
        return Prop.ForAll(HostileText.AnyOf(ValidWeComEnvelope(encrypt)).ToArbitrary(), body =>
            IsDocumented(() => WeCom.ReceiveAsync(WeComEnvelope(body, encrypt, Seconds(Now)))));
    }

    [Property(MaxTest = 300)]
    public Property WeCom_SignedCiphertextOfAnyText_AnswersADocumentedStatus() =>
        Prop.ForAll(HostileText.AnyOf(VendorCallbackCipher.Encrypt(WeComEvent, CorpId)).ToArbitrary(), encrypt =>
            IsDocumented(() => WeCom.ReceiveAsync(WeComEnvelope(ValidWeComEnvelope(encrypt), encrypt, Seconds(Now)))));

    [Property(MaxTest = 300)]
    public Property WeCom_EncryptedAndSignedPayloadOfAnyText_AnswersADocumentedStatus() =>
        Prop.ForAll(HostileText.AnyOf(WeComEvent).ToArbitrary(), payload =>
            IsDocumented(() => WeCom.ReceiveAsync(CallbackRequests.WeCom(VendorCallbackCipher.Encrypt(payload, CorpId), Now))));

    [Property(MaxTest = 200)]
    public Property WeCom_HandshakeWithAnyEchostrAndTimestamp_AnswersADocumentedStatus() =>
        Prop.ForAll(HostileText.AnyOf(VendorCallbackCipher.Encrypt("1616140317555161061", CorpId)).ToArbitrary(), HostileText.AnyOf(Seconds(Now)).ToArbitrary(), (echostr, timestamp) =>
        {
            var request = WeComEnvelope("", echostr, timestamp, "GET");
            var query = new Dictionary<string, string>(request.Query) { ["echostr"] = echostr };
            return IsDocumented(() => WeCom.ReceiveAsync(request with { Query = query }));
        });

    [Property(MaxTest = 300)]
    public Property DingTalk_AnyBody_AnswersADocumentedStatus()
    {
        var encrypt = VendorCallbackCipher.Encrypt(DingTalkEvent, DingTalkOwner);
        return Prop.ForAll(HostileText.AnyOf($"{{\"encrypt\":\"{encrypt}\"}}").ToArbitrary(), body =>
            IsDocumented(() => DingTalk.ReceiveAsync(DingTalkBody(body, encrypt, Now))));
    }

    [Property(MaxTest = 300)]
    public Property DingTalk_EncryptedAndSignedPayloadOfAnyText_AnswersADocumentedStatus() =>
        Prop.ForAll(HostileText.AnyOf(DingTalkEvent).ToArbitrary(), payload =>
            IsDocumented(() => DingTalk.ReceiveAsync(CallbackRequests.DingTalk(VendorCallbackCipher.Encrypt(payload, DingTalkOwner), Now))));

    [Property(MaxTest = 300)]
    public Property Signed_AnyBodyCorrectlySignedOrNot_AnswersADocumentedStatus() =>
        Prop.ForAll(HostileText.AnyOf(SignedBody).ToArbitrary(), HostileText.AnyOf("delivery-1").ToArbitrary(), Gen.Choose(0, 2).ToArbitrary(), (body, delivery, tamper) =>
        {
            var request = Signed(body, Now, delivery);
            if (tamper == 1)
            {
                request = request with { Body = body + " " };
            }
            else if (tamper == 2)
            {
                request = request with { Headers = new Dictionary<string, string>(request.Headers) { [SignedWebhookReceiver.TimestampHeader] = body } };
            }

            return IsDocumented(() => _services.GetRequiredService<SignedWebhookReceiver>().ReceiveAsync(request));
        });
}
