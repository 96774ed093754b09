using System.Buffers.Binary;
using System.Text;
using HrKit.Integration.Tests.Fakes;
using HrKit.Integration.Webhooks;
using HrKit.Integration.Webhooks.Inbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;
using static HrKit.Integration.Tests.Fakes.CallbackRequests;

namespace HrKit.Integration.Tests.Webhooks;

/// <summary>Regression tests for each class of hostile callback: every one gets a 4xx (or 503) and a logged reason, never an exception.</summary>
public sealed class HostileWebhookTests : WebhookReceiverHarness
{
    private void AssertLogged(string source, string reason) =>
        Assert.Contains(Logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains($"Rejected {source} webhook", StringComparison.Ordinal)
                                          && l.Message.Contains(reason, StringComparison.Ordinal));

    private const string Event = "<xml><ToUserName>ww-corp</ToUserName><FromUserName>james</FromUserName><CreateTime>1793419200</CreateTime><MsgType>event</MsgType><Event>checkin</Event></xml>";

    [Fact]
    public async Task WeCom_CapturedDeliveryReplayedAfterTheDeduplicationWindow_Is401AndNotStoredAgain()
    {
        var captured = WeCom(VendorCallbackCipher.Encrypt(Event, CorpId), Now);
        Assert.Equal(200, (await WeComReceiver.ReceiveAsync(captured)).StatusCode);

        Clock.Advance(Duration.FromHours(25)); // the inbox would have forgotten the id by now
        var replay = await WeComReceiver.ReceiveAsync(captured);

        Assert.Equal(401, replay.StatusCode);
        Assert.Single(await StoredAsync());
        AssertLogged("wecom", "is more than");
    }

    [Theory]
    [InlineData(-16, 401)]
    [InlineData(16, 401)]
    [InlineData(-14, 200)]
    [InlineData(14, 200)]
    public async Task WeCom_TimestampMinutesFromNow_OutsideFifteenMinutesIs401(int minutes, int status)
    {
        var request = WeCom(VendorCallbackCipher.Encrypt(Event, CorpId), Now + Duration.FromMinutes(minutes));

        Assert.Equal(status, (await WeComReceiver.ReceiveAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12e3")]
    [InlineData("-5")]
    [InlineData("99999999999999999999999")]
    public async Task WeComAndDingTalk_TimestampNotAUnixTime_Is400(string timestamp)
    {
        var encrypt = VendorCallbackCipher.Encrypt(Event, CorpId);
        var weCom = WeComEnvelope($"<xml><Encrypt>{encrypt}</Encrypt></xml>", encrypt, timestamp);
        var dingTalk = weCom with { Body = $"{{\"encrypt\":\"{encrypt}\"}}" };

        Assert.Equal(400, (await WeComReceiver.ReceiveAsync(weCom)).StatusCode);
        Assert.Equal(400, (await DingTalkReceiver.ReceiveAsync(dingTalk)).StatusCode);
        AssertLogged("wecom", "is not a Unix time");
    }

    [Fact]
    public async Task DingTalk_TimestampSixteenMinutesOld_Is401()
    {
        var request = DingTalk(VendorCallbackCipher.Encrypt("{\"EventType\":\"user_add_org\"}", DingTalkOwner), Now - Duration.FromMinutes(16));

        Assert.Equal(401, (await DingTalkReceiver.ReceiveAsync(request)).StatusCode);
        AssertLogged("dingtalk", "is more than");
    }

    [Fact]
    public async Task EveryReceiver_BodyOverMaxBodyBytes_Is413BeforeAnyOtherCheck()
    {
        // 400 characters of 打 are 1200 UTF-8 bytes: over the 1024-byte limit although under 1024 characters.
        var chinese = new string('打', 400);
        var huge = new string('x', 5000);

        Assert.Equal(413, (await WeComReceiver.ReceiveAsync(new WebhookRequest("POST", new Dictionary<string, string>(), new Dictionary<string, string>(), huge))).StatusCode);
        Assert.Equal(413, (await DingTalkReceiver.ReceiveAsync(new WebhookRequest("POST", new Dictionary<string, string>(), new Dictionary<string, string>(), chinese))).StatusCode);
        Assert.Equal(413, (await SignedReceiver.ReceiveAsync(new WebhookRequest("POST", new Dictionary<string, string>(), new Dictionary<string, string>(), huge))).StatusCode);
        Assert.Equal(413, (await WeComReceiver.ReceiveAsync(new WebhookRequest("GET", new Dictionary<string, string> { ["echostr"] = huge }, new Dictionary<string, string>(), ""))).StatusCode);
        Assert.Empty(await StoredAsync());
        AssertLogged("signed", "over Webhooks.MaxBodyBytes (1024 bytes)");
    }

    public static TheoryData<string, string> BadCiphertexts()
    {
        var data = new TheoryData<string, string>
        {
            { "not base64 !!", "decryption failed" },
            { "AAAA", "decryption failed" }, // 3 bytes: not a whole AES block
            { Convert.ToBase64String(new byte[15]), "decryption failed" },
            { VendorCallbackCipher.EncryptRaw(new byte[32]), "Bad padding" }, // last byte 0
            { VendorCallbackCipher.EncryptRaw([.. new byte[31], 33]), "Bad padding" }, // pad longer than the block
        };
        // A length field that claims more message than there is.
        var plain = new byte[64];
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16, 4), 1000);
        plain[^1] = 1;
        data.Add(VendorCallbackCipher.EncryptRaw(plain), "Bad message length");
        // A negative length.
        var negative = new byte[64];
        BinaryPrimitives.WriteInt32BigEndian(negative.AsSpan(16, 4), -1);
        negative[^1] = 1;
        data.Add(VendorCallbackCipher.EncryptRaw(negative), "Bad message length");
        return data;
    }

    [Theory]
    [MemberData(nameof(BadCiphertexts))]
    public async Task WeComAndDingTalk_CorrectlySignedButUndecryptableCiphertext_Is401WithTheReasonLogged(string encrypt, string reason)
    {
        Assert.Equal(401, (await WeComReceiver.ReceiveAsync(WeCom(encrypt, Now))).StatusCode);
        Assert.Equal(401, (await DingTalkReceiver.ReceiveAsync(DingTalk(encrypt, Now))).StatusCode);

        AssertLogged("wecom", reason);
        AssertLogged("dingtalk", reason);
        Assert.Empty(await StoredAsync());
    }

    [Theory]
    [InlineData("[1,2,3]")]
    [InlineData("\"EventType\"")]
    [InlineData("{\"EventType\":5}")]
    [InlineData("{\"EventType\":[\"check_url\"]}")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("{\"EventType\":\"x\"")]
    public async Task DingTalk_ValidlyEncryptedPayloadOfUnexpectedShape_Is400(string plain)
    {
        var response = await DingTalkReceiver.ReceiveAsync(DingTalk(VendorCallbackCipher.Encrypt(plain, DingTalkOwner), Now));

        Assert.Equal(400, response.StatusCode);
        AssertLogged("dingtalk", "the decrypted payload is not a JSON object");
        Assert.Empty(await StoredAsync());
    }

    [Theory]
    [InlineData("not xml")]
    [InlineData("<xml><Unclosed></xml>")]
    [InlineData("<!DOCTYPE x [<!ENTITY e \"boom\">]><xml>&e;</xml>")]
    public async Task WeCom_ValidlyEncryptedPayloadThatIsNotXml_Is400(string plain)
    {
        var response = await WeComReceiver.ReceiveAsync(WeCom(VendorCallbackCipher.Encrypt(plain, CorpId), Now));

        Assert.Equal(400, response.StatusCode);
        AssertLogged("wecom", "the decrypted payload is not XML");
    }

    [Theory]
    [InlineData("{\"encrypt\":5}")]
    [InlineData("{\"encrypt\":null}")]
    [InlineData("[]")]
    [InlineData("{\"encrypt\":")]
    public async Task DingTalk_BodyWithoutAStringEncrypt_Is400(string body)
    {
        var response = await DingTalkReceiver.ReceiveAsync(DingTalkBody(body, "", Now));

        Assert.Equal(400, response.StatusCode);
        AssertLogged("dingtalk", "encrypt field");
    }

    [Theory]
    [InlineData("<xml><Encrypt>")]
    [InlineData("{\"encrypt\":\"abc\"}")]
    [InlineData("<xml><NoEncrypt/></xml>")]
    public async Task WeCom_BodyThatIsNotAnXmlEnvelopeWithEncrypt_Is400(string body)
    {
        var response = await WeComReceiver.ReceiveAsync(WeComEnvelope(body, "", Seconds(Now)));

        Assert.Equal(400, response.StatusCode);
        AssertLogged("wecom", "not an XML envelope with Encrypt");
    }

    [Fact]
    public async Task DingTalkAndSigned_BodyWithALoneSurrogate_Is400InsteadOfAnArgumentException()
    {
        // Found by HostileWebhookProperties: System.Text.Json throws ArgumentException, not JsonException, on such text.
        const string body = "{\"encrypt\":\"\uD800\"}";

        Assert.Equal(400, (await DingTalkReceiver.ReceiveAsync(DingTalkBody(body, "\uD800", Now))).StatusCode);
        Assert.Equal(400, (await SignedReceiver.ReceiveAsync(Signed(body, Now, "d-1"))).StatusCode);
        AssertLogged("signed", "lone surrogate");
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task WeCom_EnvelopeAndPayloadNestedTensOfThousandsDeep_AreReadWithoutAStackOverflow()
    {
        await using var sp = IntegrationHarness.Build(Configure, Clock, startHostedServices: false);
        var receiver = sp.GetRequiredService<WeComCallbackReceiver>();
        static string Deep(int depth) => string.Concat(Enumerable.Repeat("<a>", depth)) + string.Concat(Enumerable.Repeat("</a>", depth));
        var encrypt = VendorCallbackCipher.Encrypt("<xml>" + Deep(20_000) + "</xml>", CorpId);

        // Within the default 256 KiB limit: a well-formed envelope 35 000 deep without Encrypt is just "no Encrypt".
        Assert.Equal(400, (await receiver.ReceiveAsync(WeComEnvelope("<xml>" + Deep(35_000) + "</xml>", "", Seconds(Now)))).StatusCode);
        // A deep payload inside a valid envelope is XML: accepted (it is the handlers' to interpret), not a crash.
        Assert.Equal(200, (await receiver.ReceiveAsync(WeCom(encrypt, Now))).StatusCode);
    }

    [Fact]
    public async Task WeCom_MethodOtherThanGetOrPost_Is400()
    {
        var response = await WeComReceiver.ReceiveAsync(WeCom(VendorCallbackCipher.Encrypt(Event, CorpId), Now, method: "PUT"));

        Assert.Equal(400, response.StatusCode);
        AssertLogged("wecom", "neither GET nor POST");
    }

    [Fact]
    public async Task Signed_DeliveryIdLongerThan200Characters_Is400()
    {
        var response = await SignedReceiver.ReceiveAsync(Signed("{}", Now, delivery: new string('d', 201)));

        Assert.Equal(400, response.StatusCode);
        AssertLogged("signed", "longer than 200 characters");
    }

    [Fact]
    public async Task Signed_InboxStoreFails_Is503SoTheSenderRetriesAndTheFailureIsLogged()
    {
        await using var sp = IntegrationHarness.Build(Configure, Clock,
            more: s =>
            {
                s.AddSingleton<IWebhookInboxStore, FailingStore>();
                s.AddLogging(b => b.AddProvider(Logs));
            },
            startHostedServices: false);

        var response = await sp.GetRequiredService<SignedWebhookReceiver>().ReceiveAsync(Signed("{}", Now, "d-1"));

        Assert.Equal(503, response.StatusCode);
        Assert.Contains(Logs.Lines, l => l.Level == LogLevel.Error && l.Message.Contains("could not store signed d-1", StringComparison.Ordinal));
    }

    /// <summary>A store whose database is down.</summary>
    private sealed class FailingStore : IWebhookInboxStore
    {
        public Task<WebhookInboxAddResult> AddAsync(WebhookMessage message, int maxPending, Instant forgetDoneBefore, CancellationToken cancellationToken = default) =>
            throw new IOException("disk I/O error");

        public Task<IReadOnlyList<WebhookInboxEntry>> ClaimDueAsync(Instant now, Instant claimUntil, int max, CancellationToken cancellationToken = default) => throw new IOException("disk I/O error");

        public Task<bool> CompleteAsync(string source, string messageId, Instant at, CancellationToken cancellationToken = default) => throw new IOException("disk I/O error");

        public Task<bool> FailAsync(string source, string messageId, string error, Instant? retryAt, CancellationToken cancellationToken = default) => throw new IOException("disk I/O error");

        public Task<WebhookInboxEntry?> GetAsync(string source, string messageId, CancellationToken cancellationToken = default) => throw new IOException("disk I/O error");

        public Task<IReadOnlyList<WebhookInboxEntry>> ListAsync(WebhookInboxState state, int max, CancellationToken cancellationToken = default) => throw new IOException("disk I/O error");

        public Task<int> PurgeDoneAsync(Instant before, CancellationToken cancellationToken = default) => throw new IOException("disk I/O error");

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        public void Dispose()
        {
        }
    }
}
