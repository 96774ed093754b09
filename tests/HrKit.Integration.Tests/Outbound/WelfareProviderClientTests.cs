using HrKit.Integration.Outbound;
using HrKit.Integration.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace HrKit.Integration.Tests.Outbound;

public sealed class WelfareProviderClientTests : IAsyncLifetime
{
    // printf 'welfare\nredeem:R-1' | sha256sum → 935205aaa500f06abb99f0e3fc022b80…, first 16 bytes.
    private const string KeyOfR1 = "hrkit-welfare-935205aaa500f06abb99f0e3fc022b80";
    private static readonly WelfareRedemption R1 = new("redeem:R-1", "e001", "movie-ticket", 1, 300, Instant.FromUtc(2026, 10, 31, 4, 0));
    private FakeWelfareServer _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeWelfareServer.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private static IOutboundAdapter<WelfareRedemption> Client(ServiceProvider sp) => sp.GetRequiredService<IOutboundAdapter<WelfareRedemption>>();

    [Fact]
    public void IdempotencyKeyOf_IsTheDocumentedHashOfTheRedemptionId()
    {
        Assert.Equal(KeyOfR1, WelfareProviderClient.IdempotencyKeyOf(R1));
        Assert.Equal(KeyOfR1, WelfareProviderClient.IdempotencyKeyOf(R1 with { Points = 999 }));
        Assert.NotEqual(KeyOfR1, WelfareProviderClient.IdempotencyKeyOf(R1 with { RedemptionId = "redeem:R-2" }));
    }

    [Fact]
    public async Task SendAsync_FirstTime_PostsTheDocumentedBodyWithKeyAndBearer()
    {
        await using var sp = WelfareTestHost.Build(_fake);

        var delivery = await Client(sp).SendAsync(R1);

        Assert.Equal(new OutboundDelivery(OutboundOutcome.Accepted, KeyOfR1, "WF-000001"), delivery);
        Assert.Equal((KeyOfR1, "Bearer " + FakeWelfareServer.ApiKey), Assert.Single(_fake.Requests));
        var body = _fake.StoredBody(KeyOfR1);
        Assert.Equal("redeem:R-1", (string)body["redemptionId"]!);
        Assert.Equal("e001", (string)body["employeeId"]!);
        Assert.Equal("movie-ticket", (string)body["itemCode"]!);
        Assert.Equal(1, (int)body["quantity"]!);
        Assert.Equal(300, (long)body["points"]!);
        Assert.Equal("2026-10-31T04:00:00Z", (string)body["redeemedAt"]!);
    }

    [Fact]
    public async Task SendAsync_SameRedemptionTwice_IsStoredOnceAndTheSecondIsAlreadyProcessed()
    {
        await using var sp = WelfareTestHost.Build(_fake);

        var first = await Client(sp).SendAsync(R1);
        var second = await Client(sp).SendAsync(R1);

        Assert.Equal(OutboundOutcome.Accepted, first.Outcome);
        Assert.Equal(OutboundOutcome.AlreadyProcessed, second.Outcome);
        Assert.Equal(first.ReceiverReference, second.ReceiverReference);
        Assert.Single(_fake.Stored);
        Assert.All(_fake.Requests, r => Assert.Equal(KeyOfR1, r.Key));
    }

    [Fact]
    public async Task SendAsync_503Then201_IsRetriedWithTheSameKeyAndStoredOnce()
    {
        _fake.FailNext(503);
        await using var sp = WelfareTestHost.Build(_fake);

        var delivery = await Client(sp).SendAsync(R1);

        Assert.Equal(OutboundOutcome.Accepted, delivery.Outcome);
        Assert.Equal([KeyOfR1, KeyOfR1], _fake.Requests.Select(r => r.Key));
        Assert.Single(_fake.Stored);
    }

    [Fact]
    public async Task SendAsync_ConnectionResetAfterTheProviderStored_IsRetriedWithTheSameKeyAndNotDuplicated()
    {
        _fake.ResetAfterStoringNext();
        await using var sp = WelfareTestHost.Build(_fake);

        var delivery = await Client(sp).SendAsync(R1);

        // The first attempt was stored but its answer lost; the retry is recognised by its key.
        Assert.Equal(OutboundOutcome.AlreadyProcessed, delivery.Outcome);
        Assert.Equal("WF-000001", delivery.ReceiverReference);
        Assert.Equal([KeyOfR1, KeyOfR1], _fake.Requests.Select(r => r.Key));
        Assert.Single(_fake.Stored);
    }

    [Fact]
    public async Task SendAsync_400WithErrorBody_ThrowsWithTheProvidersCodeAndMessageAndIsNotRetried()
    {
        await using var sp = WelfareTestHost.Build(_fake);

        var ex = await Assert.ThrowsAsync<OutboundDeliveryException>(() => Client(sp).SendAsync(R1 with { ItemCode = "yacht" }));

        Assert.Equal(400, ex.StatusCode);
        Assert.Equal("item_unknown", ex.ReceiverErrorCode);
        Assert.Equal("catalogue item 'yacht' does not exist", ex.ErrorMessage);
        Assert.False(ex.IsTransient);
        Assert.Equal("redeem:R-1", ex.MessageId);
        Assert.Contains("catalogue item 'yacht' does not exist", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Not retried", ex.Message, StringComparison.Ordinal);
        Assert.Single(_fake.Requests);
        Assert.Empty(_fake.Stored);
    }

    [Fact]
    public async Task SendAsync_WrongApiKey_401IsNotRetried()
    {
        await using var sp = WelfareTestHost.Build(_fake, o => o.Welfare.ApiKey = "stale-key");

        var ex = await Assert.ThrowsAsync<OutboundDeliveryException>(() => Client(sp).SendAsync(R1));

        Assert.Equal((401, "unauthorized", false), (ex.StatusCode, ex.ReceiverErrorCode, ex.IsTransient));
        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task SendAsync_SameIdWithAChangedBody_422IsNotRetried()
    {
        await using var sp = WelfareTestHost.Build(_fake);
        await Client(sp).SendAsync(R1);

        var ex = await Assert.ThrowsAsync<OutboundDeliveryException>(() => Client(sp).SendAsync(R1 with { Points = 250 }));

        Assert.Equal((422, "idempotency_key_reused", false), (ex.StatusCode, ex.ReceiverErrorCode, ex.IsTransient));
        Assert.Equal(2, _fake.RequestCount);
        Assert.Equal(300, (long)_fake.StoredBody(KeyOfR1)["points"]!);
    }

    [Fact]
    public async Task SendAsync_503Persists_GivesUpAfterMaxAttemptsAsTransient()
    {
        for (var i = 0; i < 5; i++)
        {
            _fake.FailNext(503);
        }

        await using var sp = WelfareTestHost.Build(_fake, o => o.Welfare.MaxAttempts = 3);

        var ex = await Assert.ThrowsAsync<OutboundDeliveryException>(() => Client(sp).SendAsync(R1));

        Assert.Equal((503, true), (ex.StatusCode, ex.IsTransient));
        Assert.Equal(3, _fake.RequestCount);
        Assert.Empty(_fake.Stored);
    }

    [Fact]
    public async Task SendAsync_409RequestInProgress_IsRetried()
    {
        _fake.FailNext(409, "request_in_progress");
        await using var sp = WelfareTestHost.Build(_fake);

        var delivery = await Client(sp).SendAsync(R1);

        Assert.Equal(OutboundOutcome.Accepted, delivery.Outcome);
        Assert.Equal(2, _fake.RequestCount);
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfter7_WaitsExactlySevenSecondsBeforeTheRetry()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 10, 31, 4, 0, 0, TimeSpan.Zero));
        _fake.FailNext(429, "rate_limited", retryAfter: "7");
        await using var sp = WelfareTestHost.Build(_fake, more: s => s.AddSingleton<TimeProvider>(time));

        var send = Client(sp).SendAsync(R1);
        await time.WaitForDelayAsync(d => d == TimeSpan.FromSeconds(7));
        time.Advance(TimeSpan.FromSeconds(6.9));
        await Task.Delay(50);
        Assert.Equal(1, _fake.RequestCount);
        time.Advance(TimeSpan.FromSeconds(0.1));
        var delivery = await send;

        Assert.Equal(OutboundOutcome.Accepted, delivery.Outcome);
        Assert.Equal(2, _fake.RequestCount);
    }

    [Fact]
    public async Task SendAsync_RetryAfterAsHttpDate_WaitsUntilThatDate()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 10, 31, 4, 0, 0, TimeSpan.Zero));
        _fake.FailNext(503, retryAfter: "Sat, 31 Oct 2026 04:00:04 GMT");
        await using var sp = WelfareTestHost.Build(_fake, more: s => s.AddSingleton<TimeProvider>(time));

        var send = Client(sp).SendAsync(R1);
        await time.WaitForDelayAsync(d => d == TimeSpan.FromSeconds(4));
        time.Advance(TimeSpan.FromSeconds(4));

        Assert.Equal(OutboundOutcome.Accepted, (await send).Outcome);
        Assert.Equal(2, _fake.RequestCount);
    }

    [Fact]
    public async Task SendAsync_RetryAfterLongerThanMaxRetryAfter_IsNotWaitedForAndLeftTransient()
    {
        _fake.FailNext(503, retryAfter: "3600");
        await using var sp = WelfareTestHost.Build(_fake, o => o.Welfare.MaxRetryAfter = Duration.FromSeconds(30));

        var ex = await Assert.ThrowsAsync<OutboundDeliveryException>(() => Client(sp).SendAsync(R1));

        Assert.True(ex.IsTransient);
        Assert.Equal(1, _fake.RequestCount);
    }

    [Fact]
    public async Task SendAsync_Unconfigured_ThrowsNamingTheMissingSettings()
    {
        await using var sp = IntegrationHarness.Build(_ => { });
        var client = Client(sp);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendAsync(R1));

        Assert.False(client.IsConfigured);
        Assert.Contains("Welfare.BaseAddress and Welfare.ApiKey", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, _fake.RequestCount);
    }

    [Fact]
    public async Task SendAsync_AnswerBodyThatNeverEnds_StopsAtMaxResponseBytesAsATransientFailure()
    {
        _fake.EndlessBodyNext();
        await using var sp = WelfareTestHost.Build(_fake, o => o.Http.MaxResponseBytes = 64 * 1024);

        var ex = await Assert.ThrowsAsync<OutboundDeliveryException>(() => Client(sp).SendAsync(R1));

        // Transient: the forwarder sends it again next run, with the same key, so a stored 201 is not duplicated.
        Assert.Equal((201, true), (ex.StatusCode, ex.IsTransient));
        Assert.Equal(KeyOfR1, Assert.Single(_fake.Requests).Key);
        Assert.Contains("over Http.MaxResponseBytes (65536 bytes)", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_fake.Stored);
    }
}
