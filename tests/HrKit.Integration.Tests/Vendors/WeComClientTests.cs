using HrKit.Integration.Model;
using HrKit.Integration.Tests.Fakes;
using HrKit.Integration.Vendors;
using HrKit.Integration.Vendors.WeCom;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Integration.Tests.Vendors;

public sealed class WeComClientTests : IAsyncLifetime
{
    private static readonly LocalDate October1 = new(2026, 10, 1);
    private FakeWeComServer _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeWeComServer.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private static long Unix(int day, int hour, int minute) =>
        new LocalDateTime(2026, 10, day, hour, minute).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant().ToUnixTimeSeconds();

    [Fact]
    public async Task FetchAsync_150UsersOver31Days_SplitsIntoFourDocumentedRequests()
    {
        var users = Enumerable.Range(1, 150).Select(i => $"u{i:000}").ToList();
        _fake.CheckIns.Add(("u001", "上班打卡", "", Unix(1, 8, 55)));
        _fake.CheckIns.Add(("u150", "下班打卡", "", Unix(31, 18, 5)));
        await using var sp = IntegrationHarness.Build(IntegrationHarness.WeCom(_fake));
        var client = sp.GetRequiredService<WeComClient>();

        var result = await client.FetchAsync(users, October1, new LocalDate(2026, 10, 31));

        // 150 users → batches of 100 and 50; 31 days → 30 days + 1 day.
        Assert.Empty(_fake.Violations);
        Assert.Equal(4, _fake.DataRequests.Count);
        Assert.Equal(new[] { 50, 50, 100, 100 }, _fake.DataRequests.Select(r => r.Users).Order());
        Assert.Equal(2, result.Records.Count);
        Assert.Equal(CheckInKind.OnDuty, result.Records[0].Kind);
        Assert.Equal("u001", result.Records[0].EmployeeId);
        Assert.Empty(result.FailedRequests);
        Assert.Equal(1, _fake.Tokens.Requests);
    }

    [Fact]
    public async Task GetCheckInData_TwentyConcurrentCallsWithColdCache_RequestExactlyOneToken()
    {
        _fake.Tokens.Delay = TimeSpan.FromMilliseconds(200);
        await using var sp = IntegrationHarness.Build(IntegrationHarness.WeCom(_fake));
        var client = sp.GetRequiredService<WeComClient>();
        var start = Instant.FromUnixTimeSeconds(Unix(1, 0, 0));

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            client.GetCheckInDataAsync([$"u{i}"], start, start + Duration.FromDays(1), default)));

        Assert.Equal(1, _fake.Tokens.Requests);
        Assert.Equal(20, _fake.DataRequests.Count);
    }

    [Fact]
    public async Task GetCheckInData_TokenExpiredAtVendor_RefreshesOnceAndSucceeds()
    {
        _fake.CheckIns.Add(("u1", "上班打卡", "", Unix(2, 9, 0)));
        await using var sp = IntegrationHarness.Build(IntegrationHarness.WeCom(_fake));
        var client = sp.GetRequiredService<WeComClient>();
        var start = Instant.FromUnixTimeSeconds(Unix(1, 0, 0));
        await client.GetCheckInDataAsync(["u1"], start, start + Duration.FromDays(3), default);

        _fake.Tokens.ExpireAll();
        var data = await client.GetCheckInDataAsync(["u1"], start, start + Duration.FromDays(3), default);

        Assert.Single(data);
        Assert.Equal(2, _fake.Tokens.Requests);
    }

    [Fact]
    public async Task GetCheckInData_TokenAlwaysRejected_ThrowsVendorApiExceptionAfterOneRefresh()
    {
        _fake.Tokens.RejectAll = true;
        await using var sp = IntegrationHarness.Build(IntegrationHarness.WeCom(_fake));
        var client = sp.GetRequiredService<WeComClient>();
        var start = Instant.FromUnixTimeSeconds(Unix(1, 0, 0));

        var ex = await Assert.ThrowsAsync<VendorApiException>(() => client.GetCheckInDataAsync(["u1"], start, start + Duration.FromDays(1), default));

        Assert.Equal(42001, ex.ErrCode);
        Assert.Equal("wecom", ex.Vendor);
        Assert.Equal("cgi-bin/checkin/getcheckindata", ex.Endpoint);
        Assert.False(ex.IsRateLimited);
        Assert.Equal(2, _fake.Tokens.Requests);
    }

    [Fact]
    public async Task GetCheckInData_TokenNearExpiry_RefreshesBeforeTheVendorRejectsIt()
    {
        var clock = new FakeClock(IntegrationHarness.Now);
        await using var sp = IntegrationHarness.Build(IntegrationHarness.WeCom(_fake), clock);
        var client = sp.GetRequiredService<WeComClient>();
        var start = Instant.FromUnixTimeSeconds(Unix(1, 0, 0));
        await client.GetCheckInDataAsync(["u1"], start, start, default);

        clock.Advance(Duration.FromSeconds(7200 - 301));
        await client.GetCheckInDataAsync(["u1"], start, start, default);
        Assert.Equal(1, _fake.Tokens.Requests);

        clock.Advance(Duration.FromSeconds(2));
        await client.GetCheckInDataAsync(["u1"], start, start, default);
        Assert.Equal(2, _fake.Tokens.Requests);
    }

    [Fact]
    public async Task GetCheckInData_RateLimitedOnce_WaitsAndSucceeds()
    {
        _fake.RateLimitNext(1);
        await using var sp = IntegrationHarness.Build(IntegrationHarness.WeCom(_fake));
        var client = sp.GetRequiredService<WeComClient>();
        var start = Instant.FromUnixTimeSeconds(Unix(1, 0, 0));

        await client.GetCheckInDataAsync(["u1"], start, start, default);

        Assert.Equal(2, _fake.DataAttempts);
    }

    [Fact]
    public async Task FetchAsync_RateLimitOutlastsRetriesForOnePiece_ReportsItAndKeepsTheRest()
    {
        _fake.CheckIns.Add(("u1", "上班打卡", "", Unix(20, 9, 0)));
        await using var sp = IntegrationHarness.Build(o =>
        {
            IntegrationHarness.WeCom(_fake)(o);
            o.Http.MaxConcurrentRequests = 1;
        });
        var client = sp.GetRequiredService<WeComClient>();
        _fake.RateLimitNext(3); // the first piece's attempt and its two waits

        var result = await client.FetchAsync(["u1"], new LocalDate(2026, 9, 1), new LocalDate(2026, 10, 31));

        var failed = Assert.Single(result.FailedRequests);
        Assert.Contains("45009", failed.Error, StringComparison.Ordinal);
        Assert.Single(result.Records);
    }

    [Fact]
    public async Task FetchAsync_VendorReturns500ForOneBatch_RetriesThenReportsPartialFailure()
    {
        var users = Enumerable.Range(1, 101).Select(i => $"u{i:000}").ToList();
        _fake.BrokenUsers.Add("u101");
        _fake.CheckIns.Add(("u001", "上班打卡", "", Unix(5, 9, 0)));
        await using var sp = IntegrationHarness.Build(IntegrationHarness.WeCom(_fake));

        var result = await sp.GetRequiredService<WeComClient>().FetchAsync(users, October1, October1.PlusDays(6));

        Assert.Single(result.Records);
        Assert.Single(result.FailedRequests);
        Assert.Equal(1 + 1 + 2, _fake.DataAttempts); // good batch once; broken batch once plus two retries
    }
}
