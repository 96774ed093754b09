using HrKit.Payroll.Periods;
using Microsoft.Extensions.DependencyInjection;

namespace HrKit.Payroll.Sqlite.Tests;

public sealed class AddHrKitPayrollSqliteStoreTests
{
    [Fact]
    public async Task AddHrKitPayrollSqliteStore_RegistersTheFileStoreOnce()
    {
        var services = new ServiceCollection().AddHrKitPayrollSqliteStore("first.db").AddHrKitPayrollSqliteStore("second.db");
        await using var provider = services.BuildServiceProvider();

        var store = Assert.IsType<SqlitePayrollPeriodStore>(provider.GetRequiredService<IPayrollPeriodStore>());

        Assert.Equal("first.db", store.Path);
        Assert.Single(services, d => d.ServiceType == typeof(IPayrollPeriodStore));
    }

    [Fact]
    public void AddHrKitPayrollSqliteStore_EmptyPath_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddHrKitPayrollSqliteStore(" "));
}
