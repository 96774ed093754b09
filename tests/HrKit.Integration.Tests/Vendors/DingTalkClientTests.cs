using HrKit.Integration.Model;
using HrKit.Integration.Tests.Fakes;
using HrKit.Integration.Vendors;
using HrKit.Integration.Vendors.DingTalk;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace HrKit.Integration.Tests.Vendors;

public sealed class DingTalkClientTests : IAsyncLifetime
{
    private FakeDingTalkServer _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeDingTalkServer.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    // 2026-10-05 09:00 +08:00 = 01:00 UTC.
    private static long Ms(int day, int hour, int minute) => Instant.FromUtc(2026, 10, day, hour, minute).Minus(Duration.FromHours(8)).ToUnixTimeMilliseconds();

    private void Seed(int users, int days)
    {
        var id = 1000L;
        for (var u = 1; u <= users; u++)
        {
            for (var d = 1; d <= days; d++)
            {
                var date = $"2026-10-{d:00}";
                _fake.Records.Add((id++, $"d{u:000}", "OnDuty", "Normal", Ms(d, 8, 58), date));
                _fake.Records.Add((id++, $"d{u:000}", "OffDuty", d == 1 ? "Early" : "Normal", Ms(d, 18, 2), date));
            }
        }
    }

    [Fact]
    public async Task FetchAsync_60UsersOver10Days_SplitsByDocumentedLimitsAndFollowsPaging()
    {
        Seed(users: 60, days: 10);
        await using var sp = IntegrationHarness.Build(IntegrationHarness.DingTalk(_fake));
        var users = Enumerable.Range(1, 60).Select(u => $"d{u:000}").ToList();

        var result = await sp.GetRequiredService<DingTalkClient>().FetchAsync(users, new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 10));

        Assert.Empty(_fake.Violations);
        Assert.Equal(60 * 10 * 2, result.Records.Count);
        Assert.Equal(result.Records.Count, result.Records.Select(r => r.RecordId).Distinct().Count());
        // 50 users × 7 days = 700 results → 14 pages; 50 × 3 = 300 → 6; 10 × 7 = 140 → 3; 10 × 3 = 60 → 2.
        Assert.Equal(14 + 6 + 3 + 2, _fake.Requests.Count);
        Assert.Contains(_fake.Requests, r => r.From == "2026-10-01 00:00:00" && r.To == "2026-10-07 00:00:00");
        Assert.Contains(_fake.Requests, r => r.From == "2026-10-08 00:00:00" && r.To == "2026-10-10 00:00:00");
        var early = result.Records.Single(r => r.EmployeeId == "d001" && r.Kind == CheckInKind.OffDuty && r.Outcome == CheckInOutcome.Early);
        Assert.Equal(Instant.FromUtc(2026, 10, 1, 10, 2), early.Time);
    }

    [Fact]
    public async Task ListAsync_HtmlBlockPageOnce_IsTreatedAsRateLimitAndRetried()
    {
        Seed(users: 1, days: 1);
        _fake.BlockNext(1);
        await using var sp = IntegrationHarness.Build(IntegrationHarness.DingTalk(_fake));

        var records = await sp.GetRequiredService<DingTalkClient>().ListAsync(["d001"], new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 1), default);

        Assert.Equal(2, records.Count);
        Assert.Equal(2, _fake.Requests.Count);
    }

    [Fact]
    public async Task ListAsync_BlockPagePersists_ThrowsRateLimitedVendorApiException()
    {
        _fake.BlockNext(100);
        await using var sp = IntegrationHarness.Build(IntegrationHarness.DingTalk(_fake));

        var ex = await Assert.ThrowsAsync<VendorApiException>(() =>
            sp.GetRequiredService<DingTalkClient>().ListAsync(["d001"], new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 1), default));

        Assert.True(ex.IsRateLimited);
        Assert.Equal(VendorApiException.NonJsonAnswer, ex.ErrCode);
        Assert.Equal(3, _fake.Requests.Count); // first attempt plus the two configured rate-limit waits
    }

    [Fact]
    public async Task ListAsync_Errcode90018Once_WaitsAndSucceeds()
    {
        Seed(users: 1, days: 1);
        _fake.RateLimitNext(1);
        await using var sp = IntegrationHarness.Build(IntegrationHarness.DingTalk(_fake));

        var records = await sp.GetRequiredService<DingTalkClient>().ListAsync(["d001"], new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 1), default);

        Assert.Equal(2, records.Count);
    }

    [Fact]
    public async Task ListAsync_TokenInvalidatedMidPaging_RefreshesOnceAndContinues()
    {
        Seed(users: 30, days: 2); // 120 results → 3 pages
        await using var sp = IntegrationHarness.Build(IntegrationHarness.DingTalk(_fake));
        var client = sp.GetRequiredService<DingTalkClient>();
        await client.ListAsync(["d001"], new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 1), default);
        _fake.Tokens.ExpireAll();

        var users = Enumerable.Range(1, 30).Select(u => $"d{u:000}").ToList();
        var records = await client.ListAsync(users, new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 2), default);

        Assert.Equal(120, records.Count);
        Assert.Equal(2, _fake.Tokens.Requests);
    }
}
