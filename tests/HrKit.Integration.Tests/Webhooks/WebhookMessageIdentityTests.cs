using System.Text.Json;
using HrKit.Integration.Tests.Fakes;
using HrKit.Integration.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using static HrKit.Integration.Tests.Fakes.CallbackRequests;

namespace HrKit.Integration.Tests.Webhooks;

/// <summary>
/// What each receiver stores: the id it de-duplicates by (WeCom's MsgId, else FromUserName + CreateTime; the
/// SHA-256 of the payload otherwise, computed outside .NET), the event type, and which requests it answers without
/// storing.
/// </summary>
public sealed class WebhookMessageIdentityTests : WebhookReceiverHarness
{
    private async Task<WebhookMessage> StoreWeComAsync(string xml)
    {
        Assert.Equal(200, (await WeComReceiver.ReceiveAsync(WeCom(VendorCallbackCipher.Encrypt(xml, CorpId), Now))).StatusCode);
        return Assert.Single(await StoredAsync());
    }

    [Fact]
    public async Task WeCom_TextMessageFromTheDocumentation_IsStoredUnderItsMsgIdWithMsgTypeAsEventType()
    {
        // WeCom's 接收消息 example: a text message carries MsgId and no Event.
        const string xml = "<xml><ToUserName><![CDATA[ww-corp]]></ToUserName><FromUserName><![CDATA[sys]]></FromUserName><CreateTime>1348831860</CreateTime>"
                           + "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[this is a test]]></Content><MsgId>1234567890123456</MsgId><AgentID>1</AgentID></xml>";

        var message = await StoreWeComAsync(xml);

        Assert.Equal(("wecom", "1234567890123456", "text", xml, Now), (message.Source, message.MessageId, message.EventType, message.Payload, message.ReceivedAt));
    }

    [Fact]
    public async Task WeCom_EmptyMsgId_FallsBackToSenderAndCreateTime()
    {
        var message = await StoreWeComAsync("<xml><FromUserName>james</FromUserName><CreateTime>1793419200</CreateTime><MsgId></MsgId><MsgType>event</MsgType><Event>checkin</Event></xml>");

        Assert.Equal("james:1793419200:checkin", message.MessageId);
        Assert.Equal("checkin", message.EventType);
    }

    [Theory]
    [InlineData("<xml><FromUserName>james</FromUserName><CreateTime></CreateTime><MsgType>event</MsgType></xml>")]
    [InlineData("<xml><FromUserName></FromUserName><CreateTime>1793419200</CreateTime><MsgType>event</MsgType></xml>")]
    [InlineData("<xml><CreateTime>1793419200</CreateTime><MsgType>event</MsgType></xml>")]
    public async Task WeCom_NoMsgIdAndNoSenderWithTime_IsStoredUnderTheSha256OfThePayload(string xml)
    {
        var message = await StoreWeComAsync(xml);

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(xml))), message.MessageId);
        Assert.Equal("event", message.EventType);
    }

    [Fact]
    public async Task WeCom_PayloadWithoutMsgIdOrSender_IsStoredUnderTheHandComputedSha256()
    {
        // sha256 of exactly this text, computed with sha256sum.
        var message = await StoreWeComAsync("<xml><ToUserName>ww-corp</ToUserName><Content>hi</Content></xml>");

        Assert.Equal("8f38fa86dbb2146fa8beac02709068b6fd741c78b400af3309dc3afc78d05030", message.MessageId);
        Assert.Null(message.EventType);
    }

    [Theory]
    [InlineData("get")]
    [InlineData("Get")]
    public async Task WeCom_HandshakeMethodInAnyCase_EchoesTheEchostr(string method)
    {
        var echostr = VendorCallbackCipher.Encrypt("5927782489442352469", CorpId);
        var request = WeComEnvelope("", echostr, Seconds(Now), method);
        request = request with { Query = new Dictionary<string, string>(request.Query) { ["echostr"] = echostr } };

        var response = await WeComReceiver.ReceiveAsync(request);

        Assert.Equal((200, "5927782489442352469"), (response.StatusCode, response.Body));
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task WeCom_LowerCasePost_IsStoredAndAnsweredSuccess()
    {
        var response = await WeComReceiver.ReceiveAsync(WeCom(VendorCallbackCipher.Encrypt("<xml><MsgId>9</MsgId></xml>", CorpId), Now, "post"));

        Assert.Equal((200, "success"), (response.StatusCode, response.Body));
        Assert.Equal("9", Assert.Single(await StoredAsync()).MessageId);
    }

    [Fact]
    public async Task WeCom_HandshakeWithoutEchostr_Is400()
    {
        var response = await WeComReceiver.ReceiveAsync(WeComEnvelope("", "", Seconds(Now), "GET"));

        Assert.Equal(400, response.StatusCode);
        Assert.True(Logged("no echostr"));
    }

    [Fact]
    public async Task WeCom_NotConfigured_Is401NamingTheSettings()
    {
        await using var sp = Build(o =>
        {
            Configure(o);
            o.WeCom.CallbackToken = null;
            o.WeCom.CallbackAesKey = null;
        });

        var response = await sp.GetRequiredService<WeComCallbackReceiver>().ReceiveAsync(WeCom(VendorCallbackCipher.Encrypt("<xml/>", CorpId), Now));

        Assert.Equal(401, response.StatusCode);
        Assert.True(Logged("callbacks are not configured (WeCom.CallbackToken/CallbackAesKey/CorpId)"));
    }

    [Fact]
    public async Task DingTalk_Event_IsStoredUnderTheHandComputedSha256WithItsEventType()
    {
        const string json = "{\"EventType\":\"user_add_org\",\"UserId\":[\"u1\"]}";

        var response = await DingTalkReceiver.ReceiveAsync(DingTalk(VendorCallbackCipher.Encrypt(json, DingTalkOwner), Now));

        Assert.Equal(200, response.StatusCode);
        var message = Assert.Single(await StoredAsync());
        Assert.Equal(("dingtalk", "83fdda76d67de014c7690e45dd05b62a7f8f1fbd714169d7a0c0a4b2be769531", "user_add_org", json),
            (message.Source, message.MessageId, message.EventType, message.Payload));
    }

    [Fact]
    public async Task DingTalk_ObjectWithoutEventType_IsStoredWithNoEventType()
    {
        const string json = "{\"UserId\":[\"u1\"]}";

        await DingTalkReceiver.ReceiveAsync(DingTalk(VendorCallbackCipher.Encrypt(json, DingTalkOwner), Now));

        var message = Assert.Single(await StoredAsync());
        Assert.Equal(("fcec443ab00d8d53eed94ffa24ddf64dbd43f99def47a91fb4b41a841c79b167", null), (message.MessageId, message.EventType));
    }

    [Theory]
    [InlineData("check_url")]
    [InlineData("check_create_suite_url")]
    [InlineData("check_update_suite_url")]
    public async Task DingTalk_UrlCheckEvents_AreAnsweredSuccessAndNotStored(string eventType)
    {
        var encrypt = VendorCallbackCipher.Encrypt($"{{\"EventType\":\"{eventType}\"}}", DingTalkOwner);

        var response = await DingTalkReceiver.ReceiveAsync(DingTalk(encrypt, Now));

        Assert.Equal(200, response.StatusCode);
        using var reply = JsonDocument.Parse(response.Body);
        Assert.Equal("success", VendorCallbackCipher.Decrypt(reply.RootElement.GetProperty("encrypt").GetString()!, out _));
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task DingTalk_Reply_CarriesTheClockInMillisecondsAndA16HexNonceSignedWithTheToken()
    {
        var encrypt = VendorCallbackCipher.Encrypt("{\"EventType\":\"check_url\"}", DingTalkOwner);
        var receiver = DingTalkReceiver;

        var first = await receiver.ReceiveAsync(DingTalk(encrypt, Now));
        var second = await receiver.ReceiveAsync(DingTalk(encrypt, Now));

        using var reply = JsonDocument.Parse(first.Body);
        var root = reply.RootElement;
        var nonce = root.GetProperty("nonce").GetString()!;
        var replyEncrypt = root.GetProperty("encrypt").GetString()!;
        Assert.Equal("application/json", first.ContentType);
        Assert.Equal("1793419200000", root.GetProperty("timeStamp").GetString()); // 2026-10-31T04:00Z
        Assert.Matches("^[0-9a-f]{16}$", nonce);
        Assert.Equal(VendorCallbackCipher.Signature(Token, "1793419200000", nonce, replyEncrypt), root.GetProperty("msg_signature").GetString());
        using var other = JsonDocument.Parse(second.Body);
        Assert.NotEqual(nonce, other.RootElement.GetProperty("nonce").GetString());
    }

    [Fact]
    public async Task DingTalk_MsgSignatureAndCamelCaseTimeStamp_AreAccepted()
    {
        // DingTalk's newer callbacks name the query values msg_signature and timeStamp.
        var encrypt = VendorCallbackCipher.Encrypt("{\"EventType\":\"user_add_org\"}", DingTalkOwner);
        var query = new Dictionary<string, string>
        {
            ["msg_signature"] = VendorCallbackCipher.Signature(Token, "1793419200000", "n2", encrypt),
            ["timeStamp"] = "1793419200000",
            ["nonce"] = "n2",
        };

        var response = await DingTalkReceiver.ReceiveAsync(
            new WebhookRequest("POST", query, new Dictionary<string, string>(), $"{{\"encrypt\":\"{encrypt}\"}}"));

        Assert.Equal(200, response.StatusCode);
        Assert.Single(await StoredAsync());
    }

    [Fact]
    public async Task DingTalk_CallbackOwnerKeySet_ItIsTheReceiveIdInsteadOfTheAppKey()
    {
        await using var sp = Build(o =>
        {
            Configure(o);
            o.DingTalk.CallbackOwnerKey = "suite-owner";
        });
        var receiver = sp.GetRequiredService<DingTalkCallbackReceiver>();

        Assert.Equal(200, (await receiver.ReceiveAsync(DingTalk(VendorCallbackCipher.Encrypt("{\"EventType\":\"check_url\"}", "suite-owner"), Now))).StatusCode);
        Assert.Equal(401, (await receiver.ReceiveAsync(DingTalk(VendorCallbackCipher.Encrypt("{\"EventType\":\"check_url\"}", DingTalkOwner), Now))).StatusCode);
    }

    [Fact]
    public async Task DingTalk_NotConfigured_Is401NamingTheSettings()
    {
        await using var sp = Build(o =>
        {
            Configure(o);
            o.DingTalk.CallbackToken = null;
            o.DingTalk.CallbackAesKey = null;
        });

        var response = await sp.GetRequiredService<DingTalkCallbackReceiver>().ReceiveAsync(DingTalk(VendorCallbackCipher.Encrypt("{}", DingTalkOwner), Now));

        Assert.Equal(401, response.StatusCode);
        Assert.True(Logged("callbacks are not configured (DingTalk.CallbackToken/CallbackAesKey/CallbackOwnerKey)"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Signed_NoDeliveryId_IsStoredUnderTheHandComputedSha256OfTheBody(string? delivery)
    {
        const string body = "{\"type\":\"training.completed\"}";
        var request = Signed(body, Now);
        if (delivery is not null)
        {
            request = request with { Headers = new Dictionary<string, string>(request.Headers) { [SignedWebhookReceiver.DeliveryHeader] = delivery } };
        }

        var response = await SignedReceiver.ReceiveAsync(request);

        Assert.Equal((200, "ok"), (response.StatusCode, response.Body));
        Assert.Equal("369f2cf493bd43bf7e490c738cdba7ac7d3f7b382581912fc72b61e990773707", Assert.Single(await StoredAsync()).MessageId);
    }

    [Fact]
    public async Task Signed_DeliveryIdOfExactly200CharactersAndAnEventHeader_AreStored()
    {
        var delivery = new string('d', 200);
        var request = Signed("{}", Now, delivery);
        request = request with { Headers = new Dictionary<string, string>(request.Headers) { [SignedWebhookReceiver.EventHeader] = "training.completed" } };

        Assert.Equal(200, (await SignedReceiver.ReceiveAsync(request)).StatusCode);

        var message = Assert.Single(await StoredAsync());
        Assert.Equal(("signed", delivery, "training.completed", "{}"), (message.Source, message.MessageId, message.EventType, message.Payload));
    }

    [Fact]
    public async Task Signed_NoSecretConfigured_Is401NamingTheSetting()
    {
        await using var sp = Build(o => o.SignedWebhook.Secret = "");

        var response = await sp.GetRequiredService<SignedWebhookReceiver>().ReceiveAsync(Signed("{}", Now, "d-1"));

        Assert.Equal(401, response.StatusCode);
        Assert.True(Logged("SignedWebhook.Secret is not configured"));
    }

    [Fact]
    public async Task Signed_MalformedTimestampHeader_Is401NotBadRequest()
    {
        var request = Signed("{}", Now, "d-1");
        request = request with { Headers = new Dictionary<string, string>(request.Headers) { [SignedWebhookReceiver.TimestampHeader] = "soon" } };

        var response = await SignedReceiver.ReceiveAsync(request);

        Assert.Equal(401, response.StatusCode);
        Assert.True(Logged("X-HrKit-Timestamp 'soon' is not a Unix time"));
    }

    [Fact]
    public async Task Signed_SignatureOfAnotherTimestamp_Is401()
    {
        const string body = "{}";
        var request = Signed(body, Now, "d-1");
        request = request with
        {
            Headers = new Dictionary<string, string>(request.Headers) { [SignedWebhookReceiver.SignatureHeader] = SignedWebhookReceiver.Sign(Secret, Now.ToUnixTimeSeconds() - 1, body) },
        };

        Assert.Equal(401, (await SignedReceiver.ReceiveAsync(request)).StatusCode);
        Assert.True(Logged("signature mismatch"));
    }

    [Fact]
    public async Task DingTalk_BothSignatureNamesAndBothTimestampNames_MsgSignatureAndLowerCaseTimestampWin()
    {
        var encrypt = VendorCallbackCipher.Encrypt("{\"EventType\":\"user_add_org\"}", DingTalkOwner);
        var query = new Dictionary<string, string>
        {
            ["msg_signature"] = VendorCallbackCipher.Signature(Token, "1793419200000", "n3", encrypt),
            ["signature"] = new string('0', 40),
            ["timestamp"] = "1793419200000",
            ["timeStamp"] = "1",
            ["nonce"] = "n3",
        };

        var response = await DingTalkReceiver.ReceiveAsync(new WebhookRequest("POST", query, new Dictionary<string, string>(), $"{{\"encrypt\":\"{encrypt}\"}}"));

        Assert.Equal(200, response.StatusCode);
    }

    [Fact]
    public async Task ReceiveAsync_NullRequest_ThrowsArgumentNullException()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => WeComReceiver.ReceiveAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => DingTalkReceiver.ReceiveAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => SignedReceiver.ReceiveAsync(null!));
        Assert.Equal("secret", Assert.Throws<ArgumentNullException>(() => SignedWebhookReceiver.Sign(null!, 1, "{}")).ParamName);
    }

    [Fact]
    public async Task DingTalk_MissingTimestamp_Is400NamingTheQueryValue()
    {
        var response = await DingTalkReceiver.ReceiveAsync(new WebhookRequest("POST", new Dictionary<string, string>(), new Dictionary<string, string>(), "{}"));

        Assert.Equal(400, response.StatusCode);
        Assert.True(Logged("Rejected dingtalk webhook: timestamp '' is not a Unix time"));
    }
}
