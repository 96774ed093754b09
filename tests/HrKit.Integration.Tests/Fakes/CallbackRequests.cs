using System.Globalization;
using HrKit.Integration.Webhooks;
using NodaTime;

namespace HrKit.Integration.Tests.Fakes;

/// <summary>Correctly signed WeCom, DingTalk and signed-webhook requests around any ciphertext or body, for hostile tests.</summary>
internal static class CallbackRequests
{
    public const string Token = "QDG6eK";
    public const string CorpId = "ww-corp";
    public const string DingTalkOwner = "ding-app";
    public const string Secret = "whsec-test";

    public static void Configure(HrKit.Integration.IntegrationOptions o)
    {
        o.WeCom.CorpId = CorpId;
        o.WeCom.CheckInSecret = "s";
        o.WeCom.CallbackToken = Token;
        o.WeCom.CallbackAesKey = VendorCallbackCipher.AesKey;
        o.DingTalk.AppKey = DingTalkOwner;
        o.DingTalk.AppSecret = "s";
        o.DingTalk.CallbackToken = Token;
        o.DingTalk.CallbackAesKey = VendorCallbackCipher.AesKey;
        o.SignedWebhook.Secret = Secret;
    }

    public static WebhookRequest WeCom(string encrypt, Instant sentAt, string method = "POST") =>
        WeComEnvelope($"<xml><ToUserName><![CDATA[{CorpId}]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>", encrypt, Seconds(sentAt), method);

    public static WebhookRequest WeComEnvelope(string body, string signedEncrypt, string timestamp, string method = "POST") =>
        new(method, new Dictionary<string, string>
        {
            ["msg_signature"] = VendorCallbackCipher.Signature(Token, timestamp, "n1", signedEncrypt),
            ["timestamp"] = timestamp,
            ["nonce"] = "n1",
        }, new Dictionary<string, string>(), body);

    public static WebhookRequest DingTalk(string encrypt, Instant sentAt) => DingTalkBody($"{{\"encrypt\":\"{encrypt}\"}}", encrypt, sentAt);

    public static WebhookRequest DingTalkBody(string body, string signedEncrypt, Instant sentAt)
    {
        var timestamp = sentAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        return new("POST", new Dictionary<string, string>
        {
            ["signature"] = VendorCallbackCipher.Signature(Token, timestamp, "n1", signedEncrypt),
            ["timestamp"] = timestamp,
            ["nonce"] = "n1",
        }, new Dictionary<string, string>(), body);
    }

    public static WebhookRequest Signed(string body, Instant sentAt, string? delivery = null)
    {
        var timestamp = sentAt.ToUnixTimeSeconds();
        var headers = new Dictionary<string, string>
        {
            [SignedWebhookReceiver.TimestampHeader] = timestamp.ToString(CultureInfo.InvariantCulture),
            [SignedWebhookReceiver.SignatureHeader] = SignedWebhookReceiver.Sign(Secret, timestamp, body),
        };
        if (delivery is not null)
        {
            headers[SignedWebhookReceiver.DeliveryHeader] = delivery;
        }

        return new("POST", new Dictionary<string, string>(), headers, body);
    }

    public static string Seconds(Instant at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
