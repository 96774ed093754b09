using System.Globalization;
using HrKit.Integration.Tests.Fakes;
using HrKit.Integration.Webhooks;
using HrKit.Points;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using static HrKit.Integration.Tests.Pipelines.October2025;

namespace HrKit.Integration.Tests.Pipelines;

/// <summary>Webhooks in, points out, through the real receivers, inbox, handler, default policy and in-memory ledger.</summary>
public sealed class PointsWebhookTests : IAsyncLifetime
{
    private const string Token = "QDG6eK";
    private const string Secret = "whsec-test";
    private readonly FakeClock _clock = new(At(10, 9, 9, 0));
    private readonly RecordingWebhookHandler _processed = new();
    private ServiceProvider _services = null!;

    public Task InitializeAsync()
    {
        _services = IntegrationHarness.Build(
            o =>
            {
                o.DingTalk.AppKey = "ding-app";
                o.DingTalk.AppSecret = "s";
                o.DingTalk.CallbackToken = Token;
                o.DingTalk.CallbackAesKey = VendorCallbackCipher.AesKey;
                o.DingTalk.UserIdMap["d001"] = "E1";
                o.SignedWebhook.Secret = Secret;
            },
            _clock,
            more: s => s.AddHrKitPoints().AddHrKitPointsInMemory(),
            // Registered after the library's handler, and the inbox runs handlers in order: once this one has seen a
            // message, the points handler is done with it.
            after: s => s.AddSingleton<IWebhookHandler>(_processed));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private PointsService Points => _services.GetRequiredService<PointsService>();

    private async Task<long> BalanceAsync(string employee, string category) =>
        (await Points.GetBalancesAsync(employee)).SingleOrDefault(b => b.Category == category).Points;

    private Task<WebhookResponse> PushDingTalk(string plain, string nonce)
    {
        var encrypt = VendorCallbackCipher.Encrypt(plain, "ding-app");
        var timestamp = _clock.GetCurrentInstant().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var query = new Dictionary<string, string>
        {
            ["signature"] = VendorCallbackCipher.Signature(Token, timestamp, nonce, encrypt),
            ["timestamp"] = timestamp,
            ["nonce"] = nonce,
        };
        return _services.GetRequiredService<DingTalkCallbackReceiver>().ReceiveAsync(new WebhookRequest("POST", query, new Dictionary<string, string>(), $"{{\"encrypt\":\"{encrypt}\"}}"));
    }

    private Task<WebhookResponse> PostSigned(string body, string delivery, string? eventType = null)
    {
        var timestamp = _clock.GetCurrentInstant().ToUnixTimeSeconds();
        var headers = new Dictionary<string, string>
        {
            [SignedWebhookReceiver.TimestampHeader] = timestamp.ToString(CultureInfo.InvariantCulture),
            [SignedWebhookReceiver.SignatureHeader] = SignedWebhookReceiver.Sign(Secret, timestamp, body),
            [SignedWebhookReceiver.DeliveryHeader] = delivery,
        };
        if (eventType is not null)
        {
            headers[SignedWebhookReceiver.EventHeader] = eventType;
        }

        return _services.GetRequiredService<SignedWebhookReceiver>().ReceiveAsync(new WebhookRequest("POST", new Dictionary<string, string>(), headers, body));
    }

    [Fact]
    public async Task DingTalkCheckInPush_AwardsAPointAtOnce_AndEveryRedeliveryAwardsNothingMore()
    {
        var checkTime = At(10, 9, 8, 55).ToUnixTimeMilliseconds();
        var plain = $"{{\"EventType\":\"attendance_check_record\",\"DataList\":[{{\"userId\":\"d001\",\"checkTime\":{checkTime},\"bizId\":\"FF62\",\"corpId\":\"dingcorp\"}}]}}";

        Assert.Equal(200, (await PushDingTalk(plain, "n1")).StatusCode);
        await _processed.WaitForAsync(1);
        Assert.Equal(1, await BalanceAsync("E1", "general"));

        // DingTalk retries within seconds: the inbox drops it. A day later the inbox has forgotten the message id, so
        // it is processed again, and only the event id derived from user and check-in time keeps the award single.
        Assert.Equal(200, (await PushDingTalk(plain, "n2")).StatusCode);
        _clock.Advance(Duration.FromHours(25));
        Assert.Equal(200, (await PushDingTalk(plain, "n3")).StatusCode);
        await _processed.WaitForAsync(1);

        Assert.Equal(2, _processed.Messages.Count);
        var posting = Assert.Single(await Points.Store.GetPostingsAsync(new PostingQuery { EmployeeId = "E1" }));
        Assert.Equal(("checkIn", 1L, At(10, 9, 8, 55)), (posting.EventType, posting.Points, posting.OccurredAt));
        Assert.Equal(1, await BalanceAsync("E1", "general"));
    }

    [Fact]
    public async Task DingTalkPushForUnmappedUser_AwardsNothingAndDoesNotStopLaterMessages()
    {
        var checkTime = At(10, 9, 8, 50).ToUnixTimeMilliseconds();
        await PushDingTalk($"{{\"EventType\":\"attendance_check_record\",\"DataList\":[{{\"userId\":\"d999\",\"checkTime\":{checkTime}}},{{\"userId\":\"d001\",\"checkTime\":{checkTime}}}]}}", "n1");
        await _processed.WaitForAsync(1);

        Assert.Equal(1, await BalanceAsync("E1", "general"));
        Assert.Empty(await Points.Store.GetPostingsAsync(new PostingQuery { EmployeeId = "d999" }));
    }

    [Fact]
    public async Task SignedTrainingAndSharing_AwardLearningPoints_AndARedeliveryUnderANewDeliveryIdAwardsOnce()
    {
        const string training = "{\"eventId\":\"lms-42\",\"employeeId\":\"E1\",\"minutes\":180,\"subject\":\"course-excel\",\"occurredAt\":\"2025-10-09T08:30:00+08:00\"}";

        Assert.Equal(200, (await PostSigned(training, "d-1", "training.completed")).StatusCode);
        Assert.Equal(200, (await PostSigned(training, "d-2", "training.completed")).StatusCode); // the LMS retried with a new delivery id
        Assert.Equal(200, (await PostSigned("{\"type\":\"shareArticle\"}", "d-3")).StatusCode);  // no employee: logged, no points
        Assert.Equal(200, (await PostSigned("{\"employeeId\":\"E1\",\"type\":\"article.shared\",\"subject\":\"kb-7\"}", "d-4")).StatusCode);
        await _processed.WaitForAsync(4);

        // Default policy: a course of two hours or more is 15 learning points, a shared article 2.
        Assert.Equal(15 + 2, await BalanceAsync("E1", "learning"));
        var postings = await Points.Store.GetPostingsAsync(new PostingQuery { EmployeeId = "E1" });
        Assert.Equal(["lms-42", "signed:d-4"], postings.Select(p => p.SourceId).Order(StringComparer.Ordinal));
        Assert.Equal(At(10, 9, 8, 30), postings.Single(p => p.SourceId == "lms-42").OccurredAt);
        Assert.Equal(_clock.GetCurrentInstant(), postings.Single(p => p.SourceId == "signed:d-4").OccurredAt); // no occurredAt: time of receipt
    }
}
