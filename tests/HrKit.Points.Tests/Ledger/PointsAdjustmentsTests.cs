using HrKit.Audit;
using HrKit.Points.Ledger;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Ledger;

public sealed class PointsAdjustmentsTests
{
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 2, 3, 9, 0));

    [Fact]
    public async Task AdjustAsync_SameIdTwice_PostsOnceAndAuditsOnce()
    {
        var ledger = PointsLedgerStores.InMemory(_clock);
        var log = new InMemoryAuditLog(_clock);
        var adjustments = new PointsAdjustments(ledger, _clock, log);

        var first = await adjustments.AdjustAsync("A-1", "E1", "general", 40, "alice", "make-up for a lost scan");
        var second = await adjustments.AdjustAsync("A-1", "E1", "general", 40, "alice", "make-up for a lost scan");

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Equal(40, (await ledger.GetBalancesAsync("E1")).Single().Points);
        var entry = Assert.Single(await log.ReadAsync(new AuditQuery { Kind = AuditKinds.PointsAdjustment }).ToListAsync());
        Assert.Equal(("alice", "points/E1/general", "+40 points (A-1): make-up for a lost scan"), (entry.Actor, entry.Subject, entry.Summary));
    }

    [Fact]
    public async Task ReverseAsync_ByHand_RestoresTheBalanceAndRecordsWho()
    {
        var ledger = PointsLedgerStores.InMemory(_clock);
        var log = new InMemoryAuditLog(_clock);
        var adjustments = new PointsAdjustments(ledger, _clock, log);
        var posted = await adjustments.AdjustAsync("A-2", "E1", "general", 25, "alice", "bonus");

        await adjustments.ReverseAsync(posted!.Id, "bob", "given twice");

        Assert.Equal(0, (await ledger.GetBalancesAsync("E1")).Sum(b => b.Points));
        Assert.Equal(["alice", "bob"], (await log.ReadAsync(new AuditQuery()).ToListAsync()).Select(e => e.Actor));
    }

    [Fact]
    public async Task AdjustAsync_NoAuditLog_StillPosts()
    {
        var ledger = PointsLedgerStores.InMemory(_clock);

        await new PointsAdjustments(ledger, _clock).AdjustAsync("A-3", "E1", "general", 5, "alice", "why");

        Assert.Equal(5, (await ledger.GetBalancesAsync("E1")).Single().Points);
    }
}
