using HrKit.Integration.Outbound;
using HrKit.Integration.Tests.Fakes;
using HrKit.Points.Catalog;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Integration.Tests.Outbound;

public sealed class RedemptionForwarderTests : IAsyncLifetime
{
    private readonly IPointsLedgerStore _ledger = PointsLedgerStores.InMemory(new FakeClock(IntegrationHarness.Now));
    private FakeWelfareServer _fake = null!;
    private Posting _ticket = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeWelfareServer.StartAsync();
        await _ledger.SaveItemAsync(new CatalogItem("movie-ticket", "电影票", CatalogItemKind.Welfare, 300));
        await _ledger.SaveItemAsync(new CatalogItem("gym-card", "健身卡", CatalogItemKind.Welfare, 500));
        await _ledger.SaveItemAsync(new CatalogItem("excel-course", "Excel 课程", CatalogItemKind.TrainingCourse, 100));
        await _ledger.AppendAsync([new PostingRequest("ev-1", "ev-1/bonus", "e001", "general", 2000, IntegrationHarness.Now)]);
        _ticket = await _ledger.RedeemAsync(new RedemptionRequest("R-1", "e001", "movie-ticket"));
        await _ledger.RedeemAsync(new RedemptionRequest("R-2", "e001", "gym-card"));
        await _ledger.RedeemAsync(new RedemptionRequest("R-3", "e001", "excel-course"));
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        await _ledger.DisposeAsync();
    }

    private ServiceProvider Host(Action<HrKit.Integration.IntegrationOptions>? configure = null, IForwardedRedemptionLog? log = null, string? sqliteLog = null) =>
        WelfareTestHost.Build(_fake, configure, s =>
        {
            s.AddSingleton(_ledger);
            if (log is not null)
            {
                s.AddSingleton(log);
            }

            if (sqliteLog is not null)
            {
                s.AddHrKitIntegrationSqlite(o => o.ForwardedRedemptionLogPath = sqliteLog);
            }
        });

    private IEnumerable<string> StoredIds => _fake.Stored.Keys.Select(k => (string)_fake.StoredBody(k)["redemptionId"]!).Order();

    [Fact]
    public async Task ForwardAsync_SendsEachWelfareRedemptionOnce_AndNothingOnTheNextRun()
    {
        await using var sp = Host();
        var forwarder = sp.GetRequiredService<RedemptionForwarder>();

        var first = await forwarder.ForwardAsync();
        var second = await forwarder.ForwardAsync();

        Assert.Equal((2, 2, 0, 0), (first.Pending, first.Sent, first.AlreadyProcessed, first.Failed.Count));
        Assert.True(first.IsComplete);
        Assert.Equal(["redeem:R-1", "redeem:R-2"], StoredIds); // the training course is not welfare
        var ticket = _fake.StoredBody(IdempotencyKeys.Derive("welfare", "redeem:R-1"));
        Assert.Equal(("e001", "movie-ticket", 1, 300L), ((string)ticket["employeeId"]!, (string)ticket["itemCode"]!, (int)ticket["quantity"]!, (long)ticket["points"]!));
        Assert.Equal((0, 0), (second.Pending, second.Sent));
        Assert.Equal(2, _fake.RequestCount);
    }

    [Fact]
    public async Task ForwardAsync_CrashBetweenSendAndMark_ResendsWithTheSameKeyAndCountsItAlreadyProcessed()
    {
        var log = new CrashingLog(crashes: 1);
        await using var sp = Host(log: log);
        var forwarder = sp.GetRequiredService<RedemptionForwarder>();

        await Assert.ThrowsAsync<IOException>(() => forwarder.ForwardAsync());
        var after = await forwarder.ForwardAsync();

        Assert.Equal((2, 1, 1), (after.Pending, after.Sent, after.AlreadyProcessed));
        Assert.Equal(["redeem:R-1", "redeem:R-2"], StoredIds);
        Assert.Equal(3, _fake.RequestCount);
    }

    [Fact]
    public async Task ForwardAsync_ProviderRefusesOne_OthersAreSentAndTheRefusalStaysPendingWithItsReason()
    {
        _fake.Catalogue.TryRemove("movie-ticket", out _);
        await using var sp = Host();
        var forwarder = sp.GetRequiredService<RedemptionForwarder>();

        var report = await forwarder.ForwardAsync();

        Assert.Equal((2, 1, 0), (report.Pending, report.Sent, report.NotAttempted));
        var failure = Assert.Single(report.Failed);
        Assert.Equal(("redeem:R-1", 400, "item_unknown", false), (failure.RedemptionId, failure.StatusCode, failure.ErrorCode, failure.IsTransient));
        Assert.Contains("catalogue item 'movie-ticket' does not exist", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(1, (await forwarder.ForwardAsync()).Pending);
    }

    [Fact]
    public async Task ForwardAsync_ProviderDown_StopsAfterTheFirstTransientFailureAndLeavesTheRestPending()
    {
        for (var i = 0; i < 3; i++)
        {
            _fake.FailNext(503);
        }

        await using var sp = Host(o => o.Welfare.MaxAttempts = 3);
        var forwarder = sp.GetRequiredService<RedemptionForwarder>();

        var down = await forwarder.ForwardAsync();
        var attemptsWhileDown = _fake.RequestCount;
        var up = await forwarder.ForwardAsync();

        Assert.Equal((2, 0, 1), (down.Pending, down.Sent, down.NotAttempted));
        Assert.True(Assert.Single(down.Failed).IsTransient);
        Assert.Equal(3, attemptsWhileDown); // three attempts at the first redemption, none at the second
        Assert.Equal((2, 2), (up.Pending, up.Sent));
    }

    [Fact]
    public async Task ForwardAsync_RedemptionReversedBeforeForwarding_IsNotSent()
    {
        await _ledger.ReverseAsync(_ticket.Id);
        await using var sp = Host();

        var report = await sp.GetRequiredService<RedemptionForwarder>().ForwardAsync();

        Assert.Equal((1, 1), (report.Pending, report.Sent));
        Assert.Equal(["redeem:R-2"], StoredIds);
    }

    [Fact]
    public async Task ForwardAsync_SqliteLog_RemembersForwardedRedemptionsAcrossARestart()
    {
        var file = Path.Combine(Path.GetTempPath(), "hrkit-welfare-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            await using (var before = Host(sqliteLog: file))
            {
                Assert.Equal(2, (await before.GetRequiredService<RedemptionForwarder>().ForwardAsync()).Sent);
            }

            await using var after = Host(sqliteLog: file);
            var report = await after.GetRequiredService<RedemptionForwarder>().ForwardAsync();

            Assert.Equal(0, report.Pending);
            Assert.Equal(2, _fake.RequestCount);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ForwardAsync_Unconfigured_ThrowsBeforeReadingTheLedger()
    {
        await using var sp = IntegrationHarness.Build(_ => { }, more: s => s.AddSingleton(_ledger));

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => sp.GetRequiredService<RedemptionForwarder>().ForwardAsync());

        Assert.Contains("Welfare.BaseAddress and Welfare.ApiKey", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forwarder_WithoutAPointsLedger_SaysWhatToRegister()
    {
        await using var sp = WelfareTestHost.Build(_fake);

        var ex = Assert.Throws<InvalidOperationException>(() => sp.GetRequiredService<RedemptionForwarder>());

        Assert.Contains("call AddHrKitPoints(...) or register your own IRedemptionOutbox", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>Fails the first recordings the way a crash after the provider's 2xx would: the mark is lost.</summary>
    private sealed class CrashingLog(int crashes) : IForwardedRedemptionLog
    {
        private readonly InMemoryForwardedRedemptionLog _inner = new();
        private int _left = crashes;

        public Task<IReadOnlySet<string>> GetForwardedAsync(CancellationToken cancellationToken = default) => _inner.GetForwardedAsync(cancellationToken);

        public Task RecordAsync(string redemptionId, OutboundDelivery delivery, Instant forwardedAt, CancellationToken cancellationToken = default) =>
            Interlocked.Decrement(ref _left) >= 0
                ? throw new IOException("disk full")
                : _inner.RecordAsync(redemptionId, delivery, forwardedAt, cancellationToken);
    }
}
