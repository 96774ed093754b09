using HrKit.Integration.Outbound;
using HrKit.Integration.Tests.Fakes;
using HrKit.Points;
using HrKit.Points.Catalog;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using NodaTime;
using Microsoft.Extensions.DependencyInjection;

namespace HrKit.Integration.Tests.Outbound;

/// <summary>The documented host set-up: points ledger and forwarded log in one SQLite file, across a restart.</summary>
public sealed class WelfareEndToEndTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "hrkit-welfare-e2e-" + Guid.NewGuid().ToString("N") + ".db");
    private FakeWelfareServer _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeWelfareServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }
    }

    private ServiceProvider Host() => WelfareTestHost.Build(
        _fake,
        more: s => s.AddHrKitPoints().AddHrKitPointsSqlite(p => p.ConnectionString = _file)
            .AddHrKitIntegrationSqlite(i => i.ForwardedRedemptionLogPath = _file));

    [Fact]
    public async Task RedeemThenForward_SharingTheLedgerFile_SendsEachRedemptionOnceAcrossARestart()
    {
        await using (var first = Host())
        {
            var ledger = first.GetRequiredService<IPointsLedgerStore>();
            await ledger.SaveItemAsync(new CatalogItem("gym-card", "健身卡", CatalogItemKind.Welfare, 500));
            await ledger.AppendAsync([new PostingRequest("ev-1", "ev-1/bonus", "e007", "general", 1200, IntegrationHarness.Now)]);
            await first.GetRequiredService<PointsService>().RedeemAsync(new RedemptionRequest("R-7", "e007", "gym-card"));

            var report = await first.GetRequiredService<RedemptionForwarder>().ForwardAsync();

            Assert.Equal((1, 1), (report.Pending, report.Sent));
        }

        await using var second = Host();
        await second.GetRequiredService<PointsService>().RedeemAsync(new RedemptionRequest("R-8", "e007", "gym-card"));

        var after = await second.GetRequiredService<RedemptionForwarder>().ForwardAsync();

        Assert.Equal((1, 1, 0), (after.Pending, after.Sent, after.AlreadyProcessed));
        Assert.Equal(2, _fake.RequestCount);
        Assert.Equal(
            ["redeem:R-7", "redeem:R-8"],
            _fake.Stored.Keys.Select(k => (string)_fake.StoredBody(k)["redemptionId"]!).Order());
        Assert.Equal(500, (long)_fake.StoredBody(IdempotencyKeys.Derive("welfare", "redeem:R-8"))["points"]!);
    }

    [Fact]
    public async Task CancelledAfterForwarding_ReversedRedemptionAndVoidedHold_CancelledAtTheProviderOnce()
    {
        await using var host = Host();
        var ledger = host.GetRequiredService<IPointsLedgerStore>();
        var forwarder = host.GetRequiredService<RedemptionForwarder>();
        await ledger.SaveItemAsync(new CatalogItem("gym-card", "健身卡", CatalogItemKind.Welfare, 500));
        await ledger.AppendAsync([new PostingRequest("ev-1", "ev-1/bonus", "e007", "general", 1200, IntegrationHarness.Now)]);
        var redeemed = await ledger.RedeemAsync(new RedemptionRequest("R-1", "e007", "gym-card"));
        await ledger.HoldAsync(new RedemptionRequest("R-2", "e007", "gym-card"), Duration.FromHours(1));
        Assert.Equal(2, (await forwarder.ForwardAsync()).Sent);

        await ledger.ReverseAsync(redeemed.Id);
        await ledger.VoidAsync("R-2", "provider could not deliver");
        var first = await forwarder.ForwardAsync();
        var second = await forwarder.ForwardAsync();

        Assert.Equal((0, 2, true), (first.Pending, first.Cancelled, first.IsComplete));
        Assert.Equal(0, second.Cancelled);
        Assert.Equal(("reversed", "provider could not deliver"), (_fake.Cancelled["redeem:R-1"].Reason, _fake.Cancelled["redeem:R-2"].Reason));
        Assert.Equal(IdempotencyKeys.Derive("welfare-cancel", "redeem:R-1"), _fake.Cancelled["redeem:R-1"].Key);
        Assert.Equal(1200, (await ledger.GetBalancesAsync("e007")).Single().Points);
    }
}
