using HrKit.Integration.Outbound;
using HrKit.Integration.Tests.Fakes;
using HrKit.Points;
using HrKit.Points.Catalog;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
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
}
