using HrKit.Payroll.Periods;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Payroll.Tests.DependencyInjection;

public sealed class AddHrKitPayrollPeriodsTests
{
    [Fact]
    public async Task AddHrKitPayrollPeriods_WithInMemoryStoreAndAClock_RunsOnTheRegisteredStoreAndClock()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 2, 1, 8, 0));
        using var provider = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddHrKitPayroll()
            .AddHrKitPayrollPeriods()
            .AddHrKitPayrollInMemoryStore()
            .BuildServiceProvider();
        var service = provider.GetRequiredService<PayrollPeriodService>();

        await service.RunAsync("acme", new[] { Engine.SampleInputs.Valid }.ToAsyncEnumerable());

        Assert.Same(provider.GetRequiredService<IPayrollPeriodStore>(), service.Store);
        Assert.Equal(clock.GetCurrentInstant(), Assert.Single(await service.HistoryAsync("acme").ToListAsync()).At);
    }

    [Fact]
    public void AddHrKitPayrollInMemoryStore_AfterAnotherStore_KeepsTheFirst()
    {
        var first = new InMemoryPayrollPeriodStore();
        using var provider = new ServiceCollection().AddSingleton<IPayrollPeriodStore>(first).AddHrKitPayrollInMemoryStore().BuildServiceProvider();

        Assert.Same(first, provider.GetRequiredService<IPayrollPeriodStore>());
    }
}
