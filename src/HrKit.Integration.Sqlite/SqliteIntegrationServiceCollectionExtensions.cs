using HrKit.Integration;
using HrKit.Integration.Outbound;
using HrKit.Integration.Sqlite;
using HrKit.Integration.Suites.Stores;
using HrKit.Integration.Webhooks.Inbox;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the SQLite stores of HrKit.Integration.</summary>
public static class SqliteIntegrationServiceCollectionExtensions
{
    /// <summary>
    /// Makes SQLite files the durable stores of <c>AddHrKitIntegration</c> and <c>AddHrKitSuites</c>: the webhook
    /// inbox (<see cref="IWebhookInboxStore"/>), the forwarded-redemption log (<see cref="IForwardedRedemptionLog"/>)
    /// and the suite store (<see cref="ISuiteStore"/>), replacing any registered before, whichever is called first;
    /// calling it twice leaves one of each. The options are validated at start-up.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddHrKitIntegrationSqlite(this IServiceCollection services, Action<SqliteIntegrationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<SqliteIntegrationOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        builder.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SqliteIntegrationOptions>, SqliteIntegrationOptionsValidator>());
        services.Replace(ServiceDescriptor.Singleton(sp => SqliteWebhookInboxStore.Create(Options(sp).WebhookInboxPath)));
        services.Replace(ServiceDescriptor.Singleton<IForwardedRedemptionLog>(sp => new SqliteForwardedRedemptionLog(Options(sp).ForwardedRedemptionLogPath)));
        services.Replace(ServiceDescriptor.Singleton<ISuiteStore>(sp => new SqliteSuiteStore(Options(sp).SuiteStorePath)));
        return services;
    }

    private static SqliteIntegrationOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<SqliteIntegrationOptions>>().Value;
}
