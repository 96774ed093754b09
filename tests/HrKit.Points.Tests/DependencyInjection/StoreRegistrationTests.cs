using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Points.Tests.DependencyInjection;

/// <summary>The store packages' DI extensions (issue 19, item 5).</summary>
public sealed class StoreRegistrationTests
{
    [Fact]
    public void AddHrKitPoints_NoStorePackage_ResolvingTheLedgerNamesThePackages()
    {
        using var provider = new ServiceCollection().AddHrKitPoints().BuildServiceProvider();

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IPointsLedgerStore>());

        Assert.Contains("HrKit.Points.Sqlite", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AddHrKitPointsInMemory", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddHrKitPointsSqlite_CalledTwiceAfterCore_OneStoreWritingTheFile()
    {
        var path = TestData.TempPath(".db");
        var services = new ServiceCollection().AddSingleton<IClock>(new FakeClock(TestData.Monday9am))
            .AddHrKitPoints()
            .AddHrKitPointsSqlite(o => o.ConnectionString = path)
            .AddHrKitPointsSqlite(o => o.ConnectionString = path);

        Assert.Single(services, d => d.ServiceType == typeof(IPointsLedgerStore));
        await using var provider = services.BuildServiceProvider();
        var result = await provider.GetRequiredService<PointsService>().ProcessAsync(TestData.Event("x", "E1", "checkIn"));

        Assert.Single(result.Posted);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task AddHrKitPointsSqlite_BeforeCore_StaysTheStore()
    {
        var path = TestData.TempPath(".db");
        await using var provider = new ServiceCollection()
            .AddHrKitPointsSqlite(o => o.ConnectionString = path)
            .AddHrKitPoints()
            .BuildServiceProvider();

        await provider.GetRequiredService<IPointsLedgerStore>().InitializeAsync();

        Assert.True(File.Exists(path));
    }

    [Fact]
    public void AddHrKitPointsSqlite_EmptyConnectionString_ValidationSaysWhatToSet()
    {
        using var provider = new ServiceCollection().AddHrKitPoints().AddHrKitPointsSqlite(o => o.ConnectionString = " ").BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SqlitePointsLedgerOptions>>().Value);

        Assert.Contains("hrkit-points.db", Assert.Single(ex.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void AddHrKitPointsPostgreSql_NoConnectionString_ValidationSaysWhatToSet()
    {
        using var provider = new ServiceCollection().AddHrKitPoints().AddHrKitPointsPostgreSql(_ => { }).AddHrKitPointsPostgreSql(_ => { }).BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PostgreSqlPointsLedgerOptions>>().Value);

        Assert.Contains("Host=db", Assert.Single(ex.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddHrKitPointsInMemory_AfterSqlite_ReplacesIt()
    {
        var path = TestData.TempPath(".db");
        var services = new ServiceCollection().AddHrKitPoints().AddHrKitPointsSqlite(o => o.ConnectionString = path).AddHrKitPointsInMemory();

        Assert.Single(services, d => d.ServiceType == typeof(IPointsLedgerStore));
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IPointsLedgerStore>().InitializeAsync();
        Assert.False(File.Exists(path));
    }
}
