using HrKit.Audit;
using HrKit.Payroll.Periods;
using NodaTime;
using NodaTime.Testing;
using static HrKit.Payroll.Tests.Periods.PeriodTestData;

namespace HrKit.Payroll.Tests.Periods;

public sealed class PayrollPeriodServiceAuditTests
{
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 2, 3, 9, 0));

    [Fact]
    public async Task RunCloseReopen_WithAuditLog_AppendsOneLinkedEntryEach()
    {
        var log = new InMemoryAuditLog(_clock);
        var service = new PayrollPeriodService(new InMemoryPayrollPeriodStore(), TestEngine, _clock, log);

        await service.RunAsync(Company, Inputs(Input("E1", Month(2026, 1), 10_000m, 10_000m)), new PeriodRunOptions { Actor = "alice" });
        await service.CloseAsync(Company, Month(2026, 1), "bob");
        await service.ReopenAsync(Company, Month(2026, 1), "carol", "bank file was wrong");
        var entries = await log.ReadAsync(new AuditQuery()).ToListAsync();

        Assert.Equal([(AuditKinds.PayrollRun, "alice"), (AuditKinds.PayrollClose, "bob"), (AuditKinds.PayrollReopen, "carol")], entries.Select(e => (e.Kind, e.Actor)));
        Assert.All(entries, e => Assert.Equal($"payroll/{Company}/2026-01", e.Subject));
        Assert.Equal("bank file was wrong", entries[2].Summary);
        Assert.True((await log.VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task Run_RefusedMonth_AppendsNothing()
    {
        var log = new InMemoryAuditLog(_clock);
        var service = new PayrollPeriodService(new InMemoryPayrollPeriodStore(), TestEngine, _clock, log);

        await Assert.ThrowsAsync<PayrollPeriodException>(() => service.RunAsync(Company, Inputs(Input("E1", Month(2026, 3), 10_000m, 10_000m))));

        Assert.Empty(await log.ReadAsync(new AuditQuery()).ToListAsync());
    }
}
