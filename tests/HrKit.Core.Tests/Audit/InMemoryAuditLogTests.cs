using HrKit.Audit;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Core.Tests.Audit;

public sealed class InMemoryAuditLogTests
{
    [Fact]
    public async Task ReadAsync_FilteredByActorKindAndPeriod_ReturnsOnlyMatches()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0));
        var log = new InMemoryAuditLog(clock);
        await log.RecordAsync(AuditKinds.PayrollRun, "alice", "payroll/A/2026-01", "run");
        clock.AdvanceDays(40);
        await log.RecordAsync(AuditKinds.PayrollClose, "alice", "payroll/A/2026-01", "closed");
        await log.RecordAsync(AuditKinds.PayrollClose, "bob", "payroll/A/2026-02", "closed");

        var alice = await log.ReadAsync(new AuditQuery { Actor = "alice" }).ToListAsync();
        var closes = await log.ReadAsync(new AuditQuery { Kind = AuditKinds.PayrollClose }).ToListAsync();
        var january = await log.ReadAsync(new AuditQuery { From = Instant.FromUtc(2026, 1, 1, 0, 0), To = Instant.FromUtc(2026, 2, 1, 0, 0) }).ToListAsync();

        Assert.Equal([1L, 2L], alice.Select(e => e.Sequence));
        Assert.Equal([2L, 3L], closes.Select(e => e.Sequence));
        Assert.Equal([1L], january.Select(e => e.Sequence));
        Assert.True((await log.VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task RecordAsync_NoLog_DoesNothing()
    {
        IAuditLog? none = null;

        Assert.Null(await none.RecordAsync(AuditKinds.PayrollRun, "alice", "s", "summary"));
    }
}
