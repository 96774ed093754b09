using HrKit.Integration.Outbound;
using HrKit.Integration.PostgreSql;
using HrKit.Integration.Sqlite;
using HrKit.Integration.Suites.Stores;
using HrKit.Integration.Webhooks.Inbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HrKit.Integration.Tests.DependencyInjection;

/// <summary>AddHrKitIntegrationSqlite / AddHrKitIntegrationPostgreSql: one store of each kind whatever the call order, and start-up validation that says what to set.</summary>
public sealed class StorePackageRegistrationTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AddHrKitIntegrationSqlite_CalledTwiceBeforeOrAfterTheCore_LeavesOneSqliteStoreOfEachKind(bool storeFirst)
    {
        var services = new ServiceCollection();
        if (storeFirst)
        {
            services.AddHrKitIntegrationSqlite().AddHrKitIntegrationSqlite();
            services.AddHrKitIntegration().AddHrKitSuites();
        }
        else
        {
            services.AddHrKitIntegration().AddHrKitSuites();
            services.AddHrKitIntegrationSqlite().AddHrKitIntegrationSqlite();
        }

        Assert.Single(services, d => d.ServiceType == typeof(IWebhookInboxStore));
        Assert.Single(services, d => d.ServiceType == typeof(IForwardedRedemptionLog));
        Assert.Single(services, d => d.ServiceType == typeof(ISuiteStore));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<SqliteIntegrationOptions>));
        await using var sp = services.BuildServiceProvider();
        Assert.IsType<SqliteWebhookInboxTable>(sp.GetRequiredService<IWebhookInboxStore>());
        Assert.IsType<SqliteForwardedRedemptionLog>(sp.GetRequiredService<IForwardedRedemptionLog>());
        Assert.IsType<SqliteSuiteStore>(sp.GetRequiredService<ISuiteStore>());
    }

    [Fact]
    public async Task AddHrKitIntegration_WithoutAStorePackage_KeepsEveryStoreInMemory()
    {
        await using var sp = new ServiceCollection().AddHrKitIntegration().AddHrKitSuites().BuildServiceProvider();

        Assert.IsType<InMemoryWebhookInboxStore>(sp.GetRequiredService<IWebhookInboxStore>());
        Assert.IsType<InMemoryForwardedRedemptionLog>(sp.GetRequiredService<IForwardedRedemptionLog>());
        Assert.IsType<InMemorySuiteStore>(sp.GetRequiredService<ISuiteStore>());
    }

    public static TheoryData<string, string> BadSqlitePaths => new()
    {
        { "", "SqliteIntegrationOptions.WebhookInboxPath: must name a file, e.g. \"hrkit-webhook-inbox.db\"." },
        { "/nonexistent-hrkit-folder/inbox.db", "SqliteIntegrationOptions.WebhookInboxPath '/nonexistent-hrkit-folder/inbox.db': the folder '/nonexistent-hrkit-folder' does not exist; create it or choose another path." },
    };

    [Theory]
    [MemberData(nameof(BadSqlitePaths))]
    public async Task AddHrKitIntegrationSqlite_BadInboxPath_FailsAtStartUpSayingWhatToSet(string path, string message)
    {
        await using var sp = new ServiceCollection().AddHrKitIntegrationSqlite(o => o.WebhookInboxPath = path).BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<SqliteIntegrationOptions>>().Value);

        Assert.Equal(message, Assert.Single(ex.Failures));
    }

    [Fact]
    public async Task AddHrKitIntegrationSqlite_ConnectionStringForTheLog_IsNotCheckedAsAFolder()
    {
        await using var sp = new ServiceCollection()
            .AddHrKitIntegrationSqlite(o => o.ForwardedRedemptionLogPath = "Data Source=/nonexistent-hrkit-folder/x.db;Mode=Memory")
            .BuildServiceProvider();

        Assert.Equal("Data Source=/nonexistent-hrkit-folder/x.db;Mode=Memory", sp.GetRequiredService<IOptions<SqliteIntegrationOptions>>().Value.ForwardedRedemptionLogPath);
    }

    [Theory]
    [InlineData(null, "PostgreSqlIntegrationOptions.ConnectionString: required, e.g. \"Host=db;Database=hrkit;Username=hrkit\".")]
    [InlineData("Hots=db", "PostgreSqlIntegrationOptions.ConnectionString is not an Npgsql connection string (")]
    public async Task AddHrKitIntegrationPostgreSql_MissingOrBadConnectionString_FailsAtStartUpSayingWhatToSet(string? connectionString, string message)
    {
        await using var sp = new ServiceCollection().AddHrKitIntegrationPostgreSql(o => o.ConnectionString = connectionString).BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<PostgreSqlIntegrationOptions>>().Value);

        Assert.StartsWith(message, Assert.Single(ex.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddHrKitIntegrationPostgreSql_CalledTwice_LeavesOnePostgreSqlInbox()
    {
        var services = new ServiceCollection()
            .AddHrKitIntegrationPostgreSql(o => o.ConnectionString = "Host=localhost;Database=hrkit")
            .AddHrKitIntegration()
            .AddHrKitIntegrationPostgreSql(o => o.ConnectionString = "Host=localhost;Database=hrkit");

        Assert.Single(services, d => d.ServiceType == typeof(IWebhookInboxStore));
        await using var sp = services.BuildServiceProvider();
        Assert.IsType<PostgreSqlWebhookInboxTable>(sp.GetRequiredService<IWebhookInboxStore>());
    }
}
