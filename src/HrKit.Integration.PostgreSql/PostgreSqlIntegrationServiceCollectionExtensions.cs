using HrKit.Integration;
using HrKit.Integration.PostgreSql;
using HrKit.Integration.Webhooks.Inbox;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the PostgreSQL store of HrKit.Integration.</summary>
public static class PostgreSqlIntegrationServiceCollectionExtensions
{
    /// <summary>
    /// Makes a PostgreSQL table the webhook inbox (<see cref="IWebhookInboxStore"/>) of <c>AddHrKitIntegration</c>,
    /// shared by every host pointed at the database, replacing any inbox store registered before, whichever is called
    /// first; calling it twice leaves one. The options are validated at start-up (the connection string is required).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    public static IServiceCollection AddHrKitIntegrationPostgreSql(this IServiceCollection services, Action<PostgreSqlIntegrationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<PostgreSqlIntegrationOptions>()
            .Configure(configure)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PostgreSqlIntegrationOptions>, PostgreSqlIntegrationOptionsValidator>());
        services.Replace(ServiceDescriptor.Singleton(sp =>
            PostgreSqlWebhookInboxStore.Create(sp.GetRequiredService<IOptions<PostgreSqlIntegrationOptions>>().Value.ConnectionString!)));
        return services;
    }
}
