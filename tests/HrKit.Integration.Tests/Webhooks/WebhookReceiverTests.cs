using System.Net;
using System.Text;
using System.Text.Json;
using HrKit.Integration.Tests.Fakes;
using HrKit.Integration.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Integration.Tests.Webhooks;

public sealed class WebhookReceiverTests
{
    private const string Token = "QDG6eK";
    private const string Secret = "whsec-test";
    private static readonly string NowSeconds = IntegrationHarness.Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static (ServiceProvider Services, RecordingWebhookHandler Handler) Build(FakeClock? clock = null)
    {
        var handler = new RecordingWebhookHandler();
        var sp = IntegrationHarness.Build(o =>
        {
            o.WeCom.CorpId = "ww-corp";
            o.WeCom.CheckInSecret = "s";
            o.WeCom.CallbackToken = Token;
            o.WeCom.CallbackAesKey = VendorCallbackCipher.AesKey;
            o.DingTalk.AppKey = "ding-app";
            o.DingTalk.AppSecret = "s";
            o.DingTalk.CallbackToken = Token;
            o.DingTalk.CallbackAesKey = VendorCallbackCipher.AesKey;
            o.SignedWebhook.Secret = Secret;
        }, clock, services => services.AddSingleton<IWebhookHandler>(handler));
        return (sp, handler);
    }

    private static WebhookRequest Request(string method, string body, Dictionary<string, string>? query = null, Dictionary<string, string>? headers = null) =>
        new(method, query ?? [], headers ?? [], body);

    private static WebhookRequest WeComPost(string innerXml)
    {
        var encrypt = VendorCallbackCipher.Encrypt(innerXml, "ww-corp");
        var query = new Dictionary<string, string>
        {
            ["msg_signature"] = VendorCallbackCipher.Signature(Token, NowSeconds, "n1", encrypt),
            ["timestamp"] = NowSeconds,
            ["nonce"] = "n1",
        };
        return Request("POST", $"<xml><ToUserName><![CDATA[ww-corp]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt><AgentID>1</AgentID></xml>", query);
    }

    [Fact]
    public async Task WeCom_UrlVerificationHandshake_EchoesTheDecryptedEchostr()
    {
        var (sp, _) = Build();
        await using var _ = sp;
        var echostr = VendorCallbackCipher.Encrypt("1616140317555161061", "ww-corp");
        var query = new Dictionary<string, string>
        {
            ["msg_signature"] = VendorCallbackCipher.Signature(Token, NowSeconds, "263014780", echostr),
            ["timestamp"] = NowSeconds,
            ["nonce"] = "263014780",
            ["echostr"] = echostr,
        };

        var response = await sp.GetRequiredService<WeComCallbackReceiver>().ReceiveAsync(Request("GET", "", query));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("1616140317555161061", response.Body);
    }

    [Fact]
    public async Task WeCom_SameEventDeliveredThreeTimes_IsProcessedOnce()
    {
        var (sp, handler) = Build();
        await using var _ = sp;
        var receiver = sp.GetRequiredService<WeComCallbackReceiver>();
        const string xml = "<xml><ToUserName>ww-corp</ToUserName><FromUserName>james</FromUserName><CreateTime>1793419200</CreateTime><MsgType>event</MsgType><Event>checkin</Event></xml>";

        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => receiver.ReceiveAsync(WeComPost(xml))));
        await handler.WaitForAsync(1);
        await Task.Delay(50);

        Assert.All(answers, a => Assert.Equal(200, a.StatusCode));
        var message = Assert.Single(handler.Messages);
        Assert.Equal("checkin", message.EventType);
        Assert.Equal("james:1793419200:checkin", message.MessageId);
    }

    [Fact]
    public async Task WeCom_TamperedSignature_IsRejectedAndNeverProcessed()
    {
        var (sp, handler) = Build();
        await using var _ = sp;
        var request = WeComPost("<xml><MsgId>1</MsgId></xml>");
        var forged = request with { Query = new Dictionary<string, string>(request.Query) { ["msg_signature"] = new string('0', 40) } };

        var response = await sp.GetRequiredService<WeComCallbackReceiver>().ReceiveAsync(forged);
        await Task.Delay(50);

        Assert.Equal(401, response.StatusCode);
        Assert.Empty(handler.Messages);
    }

    [Fact]
    public async Task DingTalk_CheckUrlHandshake_AnswersEncryptedSuccessWithValidSignature()
    {
        var (sp, handler) = Build();
        await using var _ = sp;
        var encrypt = VendorCallbackCipher.Encrypt("{\"EventType\":\"check_url\"}", "ding-app");
        var query = new Dictionary<string, string>
        {
            ["signature"] = VendorCallbackCipher.Signature(Token, "1793419200000", "abc", encrypt),
            ["timestamp"] = "1793419200000",
            ["nonce"] = "abc",
        };

        var response = await sp.GetRequiredService<DingTalkCallbackReceiver>().ReceiveAsync(Request("POST", $"{{\"encrypt\":\"{encrypt}\"}}", query));

        Assert.Equal(200, response.StatusCode);
        using var reply = JsonDocument.Parse(response.Body);
        var root = reply.RootElement;
        var replyEncrypt = root.GetProperty("encrypt").GetString()!;
        Assert.Equal("success", VendorCallbackCipher.Decrypt(replyEncrypt, out var owner));
        Assert.Equal("ding-app", owner);
        Assert.Equal(VendorCallbackCipher.Signature(Token, root.GetProperty("timeStamp").GetString()!, root.GetProperty("nonce").GetString()!, replyEncrypt),
            root.GetProperty("msg_signature").GetString());
        Assert.Empty(handler.Messages);
    }

    [Fact]
    public async Task WeComAndDingTalk_NonceLeftOut_IsVerifiedAsAnEmptyNonce()
    {
        // The signature covers token, timestamp, nonce and ciphertext; a sender that leaves the nonce out signed an
        // empty one, and only a party holding the token can have produced that signature.
        var (sp, _) = Build();
        await using var _ = sp;
        var echostr = VendorCallbackCipher.Encrypt("1616140317555161061", "ww-corp");
        var weCom = new Dictionary<string, string>
        {
            ["msg_signature"] = VendorCallbackCipher.Signature(Token, NowSeconds, "", echostr),
            ["timestamp"] = NowSeconds,
            ["echostr"] = echostr,
        };
        var encrypt = VendorCallbackCipher.Encrypt("{\"EventType\":\"check_url\"}", "ding-app");
        var dingTalk = new Dictionary<string, string>
        {
            ["signature"] = VendorCallbackCipher.Signature(Token, "1793419200000", "", encrypt),
            ["timestamp"] = "1793419200000",
        };

        var weComResponse = await sp.GetRequiredService<WeComCallbackReceiver>().ReceiveAsync(Request("GET", "", weCom));
        var dingTalkResponse = await sp.GetRequiredService<DingTalkCallbackReceiver>().ReceiveAsync(Request("POST", $"{{\"encrypt\":\"{encrypt}\"}}", dingTalk));

        Assert.Equal((200, "1616140317555161061"), (weComResponse.StatusCode, weComResponse.Body));
        Assert.Equal(200, dingTalkResponse.StatusCode);
    }

    [Fact]
    public async Task DingTalk_AttendanceEvent_IsAcknowledgedAndProcessedInBackground()
    {
        var (sp, handler) = Build();
        await using var _ = sp;
        var encrypt = VendorCallbackCipher.Encrypt("{\"EventType\":\"attendance_check_record\",\"DataList\":[{\"userId\":\"d001\",\"checkTime\":1793419200000}]}", "ding-app");
        var query = new Dictionary<string, string>
        {
            ["signature"] = VendorCallbackCipher.Signature(Token, "1793419200000", "abc", encrypt),
            ["timestamp"] = "1793419200000",
            ["nonce"] = "abc",
        };

        var response = await sp.GetRequiredService<DingTalkCallbackReceiver>().ReceiveAsync(Request("POST", $"{{\"encrypt\":\"{encrypt}\"}}", query));
        await handler.WaitForAsync(1);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("attendance_check_record", Assert.Single(handler.Messages).EventType);
    }

    [Fact]
    public void Sign_KnownBody_MatchesHandComputedHmac()
    {
        // HMAC-SHA256("whsec-test", "1793419200.{\"type\":\"training.completed\"}"), computed outside .NET.
        Assert.Equal("sha256=9efa17fecaddfe78bd00e835d819204de8c38260b930a6df6aeda63ecb0bf828",
            SignedWebhookReceiver.Sign(Secret, 1793419200, "{\"type\":\"training.completed\"}"));
    }

    [Theory]
    [InlineData(0, 200)]
    [InlineData(-299, 200)]
    [InlineData(-301, 401)] // a replay from six minutes ago
    [InlineData(301, 401)]  // the sender's clock runs ahead too far
    public async Task Signed_TimestampWindow_AcceptsOnlyWithinTolerance(int offsetSeconds, int expectedStatus)
    {
        var (sp, _) = Build();
        await using var _ = sp;
        var timestamp = IntegrationHarness.Now.ToUnixTimeSeconds() + offsetSeconds;
        const string body = "{\"type\":\"training.completed\"}";
        var headers = new Dictionary<string, string>
        {
            ["x-hrkit-timestamp"] = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["X-HrKit-Signature"] = SignedWebhookReceiver.Sign(Secret, timestamp, body),
            ["X-HrKit-Delivery"] = "d-" + offsetSeconds,
        };

        var response = await sp.GetRequiredService<SignedWebhookReceiver>().ReceiveAsync(Request("POST", body, headers: headers));

        Assert.Equal(expectedStatus, response.StatusCode);
    }

    [Fact]
    public async Task Signed_OverKestrel_BadSignatureRejectedGoodOneProcessedOnceDespiteRedelivery()
    {
        var (sp, handler) = Build();
        await using var _ = sp;
        var receiver = sp.GetRequiredService<SignedWebhookReceiver>();
        await using var host = await LoopbackServer.StartAsync(app => app.MapPost("/hooks/hrkit", async (HttpContext ctx) =>
        {
            var body = await new StreamReader(ctx.Request.Body).ReadToEndAsync();
            var answer = await receiver.ReceiveAsync(new WebhookRequest("POST",
                ctx.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
                ctx.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString()), body));
            return Results.Text(answer.Body, answer.ContentType, Encoding.UTF8, answer.StatusCode);
        }));
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        const string body = "{\"type\":\"training.completed\",\"employeeId\":\"E001\"}";
        var timestamp = IntegrationHarness.Now.ToUnixTimeSeconds();

        async Task<HttpStatusCode> PostAsync(string signature)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "hooks/hrkit") { Content = new StringContent(body) };
            request.Headers.Add(SignedWebhookReceiver.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add(SignedWebhookReceiver.SignatureHeader, signature);
            request.Headers.Add(SignedWebhookReceiver.DeliveryHeader, "delivery-1");
            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(SignedWebhookReceiver.Sign("wrong-secret", timestamp, body)));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedWebhookReceiver.Sign(Secret, timestamp, body)));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedWebhookReceiver.Sign(Secret, timestamp, body)));
        await handler.WaitForAsync(1);
        await Task.Delay(50);

        Assert.Equal("delivery-1", Assert.Single(handler.Messages).MessageId);
    }
}
