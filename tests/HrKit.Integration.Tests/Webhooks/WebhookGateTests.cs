using HrKit.Integration.Tests.Fakes;
using HrKit.Integration.Webhooks;
using NodaTime;
using static HrKit.Integration.Tests.Fakes.CallbackRequests;

namespace HrKit.Integration.Tests.Webhooks;

/// <summary>The size and timestamp checks every receiver makes first, at their exact boundaries.</summary>
public sealed class WebhookGateTests : WebhookReceiverHarness
{
    private static WebhookRequest Post(string body, Dictionary<string, string>? query = null) =>
        new("POST", query ?? [], new Dictionary<string, string>(), body);

    [Fact]
    public async Task RefuseSize_AsciiBodyOfExactlyMaxBodyBytes_IsNotRefusedForSize()
    {
        var response = await SignedReceiver.ReceiveAsync(Post(new string('x', MaxBodyBytes)));

        // Refused for its missing timestamp (401), not for its size.
        Assert.Equal(401, response.StatusCode);
        Assert.False(Logged("over Webhooks.MaxBodyBytes"));
    }

    [Fact]
    public async Task RefuseSize_AsciiBodyOneByteOverMaxBodyBytes_Is413WithTheCharacterCount()
    {
        var response = await SignedReceiver.ReceiveAsync(Post(new string('x', MaxBodyBytes + 1)));

        Assert.Equal(413, response.StatusCode);
        Assert.True(Logged("request of 1025 characters is over Webhooks.MaxBodyBytes (1024 bytes)"));
    }

    [Fact]
    public async Task RefuseSize_ChineseBodyOfExactlyMaxBodyBytesInUtf8_IsNotRefusedForSize()
    {
        // 341 × 3 bytes + 1 = 1024 UTF-8 bytes in 342 characters.
        var response = await SignedReceiver.ReceiveAsync(Post(new string('打', 341) + "x"));

        Assert.Equal(401, response.StatusCode);
        Assert.False(Logged("over Webhooks.MaxBodyBytes"));
    }

    [Fact]
    public async Task RefuseSize_ChineseBodyOneUtf8ByteOver_Is413WithTheByteCount()
    {
        // 341 × 3 bytes + 2 = 1025 UTF-8 bytes in 343 characters: under the limit by characters, over it by bytes.
        var response = await SignedReceiver.ReceiveAsync(Post(new string('打', 341) + "xy"));

        Assert.Equal(413, response.StatusCode);
        Assert.True(Logged("request of 1025 UTF-8 bytes is over Webhooks.MaxBodyBytes (1024 bytes)"));
    }

    [Fact]
    public async Task RefuseSize_BodyAndQueryTogetherOverTheLimit_Is413()
    {
        // Each is under 1024 characters; together they are 1200.
        var query = new Dictionary<string, string> { ["echostr"] = new string('e', 600) };

        var response = await WeComReceiver.ReceiveAsync(Post(new string('x', 600), query));

        Assert.Equal(413, response.StatusCode);
        Assert.True(Logged("request of 1200 characters"));
    }

    [Theory]
    [InlineData(-15)]
    [InlineData(15)]
    public async Task RefuseTimestamp_WeComExactlyFifteenMinutesAway_IsAccepted(int minutes)
    {
        var request = WeCom(VendorCallbackCipher.Encrypt("<xml><MsgId>m" + minutes + "</MsgId></xml>", CorpId), Now + Duration.FromMinutes(minutes));

        Assert.Equal(200, (await WeComReceiver.ReceiveAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData(-900_000, 200)]
    [InlineData(900_000, 200)]
    [InlineData(-900_001, 401)]
    [InlineData(900_001, 401)]
    public async Task RefuseTimestamp_DingTalkMillisecondsFromTheFifteenMinuteEdge_AcceptsOnlyInside(long milliseconds, int status)
    {
        var request = DingTalk(VendorCallbackCipher.Encrypt("{\"EventType\":\"user_add_org\",\"n\":" + milliseconds + "}", DingTalkOwner), Now + Duration.FromMilliseconds(milliseconds));

        Assert.Equal(status, (await DingTalkReceiver.ReceiveAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public async Task RefuseTimestamp_SignedExactlyFiveMinutesAway_IsAccepted(int seconds)
    {
        Assert.Equal(200, (await SignedReceiver.ReceiveAsync(Signed("{}", Now + Duration.FromSeconds(seconds), "d" + seconds))).StatusCode);
    }

    [Theory]
    [InlineData("99999999999999999")] // seconds far beyond year 9999
    [InlineData("9223372036854775807")] // long.MaxValue
    [InlineData("0")] // 1970
    public async Task RefuseTimestamp_ValidNumberFarOutsideTheInstantRange_Is401InsteadOfThrowing(string timestamp)
    {
        var encrypt = VendorCallbackCipher.Encrypt("<xml/>", CorpId);
        var weCom = WeComEnvelope($"<xml><Encrypt>{encrypt}</Encrypt></xml>", encrypt, timestamp);
        var dingTalk = weCom with { Body = $"{{\"encrypt\":\"{encrypt}\"}}" };

        Assert.Equal(401, (await WeComReceiver.ReceiveAsync(weCom)).StatusCode);
        Assert.Equal(401, (await DingTalkReceiver.ReceiveAsync(dingTalk)).StatusCode);
        Assert.True(Logged("is more than"));
    }

    [Fact]
    public async Task Excerpt_MethodOfExactly40Characters_IsLoggedWhole()
    {
        var method = new string('M', 40);

        await WeComReceiver.ReceiveAsync(WeCom(VendorCallbackCipher.Encrypt("<xml/>", CorpId), Now, method));

        Assert.True(Logged($"method '{method}' is neither GET nor POST"));
    }

    [Fact]
    public async Task Excerpt_MethodOf41Characters_IsCutTo40AndAnEllipsis()
    {
        var method = new string('M', 40) + "Z";

        await WeComReceiver.ReceiveAsync(WeCom(VendorCallbackCipher.Encrypt("<xml/>", CorpId), Now, method));

        Assert.True(Logged($"method '{new string('M', 40)}…' is neither GET nor POST"));
    }

    [Fact]
    public async Task RefuseTimestamp_MissingTimestamp_Is400WithAnEmptyExcerpt()
    {
        var request = new WebhookRequest("POST", new Dictionary<string, string>(), new Dictionary<string, string>(), "<xml/>");

        Assert.Equal(400, (await WeComReceiver.ReceiveAsync(request)).StatusCode);
        Assert.True(Logged("timestamp '' is not a Unix time"));
    }
}
