using HrKit.Points.Ledger;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the PostgreSQL points ledger.</summary>
public static class PostgreSqlPointsServiceCollectionExtensions
{
    /// <summary>
    /// Registers a PostgreSQL <see cref="IPointsLedgerStore"/> as the ledger of <c>AddHrKitPoints</c>, replacing any
    /// store registered before; calling it twice leaves one. The options are validated at start-up (the connection
    /// string is required). Uses <see cref="HrKit.Points.PointsOptions.ExpireAfter"/> and the registered <see cref="NodaTime.IClock"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    public static IServiceCollection AddHrKitPointsPostgreSql(this IServiceCollection services, Action<PostgreSqlPointsLedgerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<PostgreSqlPointsLedgerOptions>()
            .Configure(configure)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PostgreSqlPointsLedgerOptions>, PostgreSqlPointsLedgerOptionsValidator>());
        return services.ReplaceLedgerStore((sp, clock, expireAfter) =>
        {
            var options = sp.GetRequiredService<IOptions<PostgreSqlPointsLedgerOptions>>().Value;
            return PostgreSqlPointsLedgerStore.Create(options.ConnectionString!, clock, expireAfter, options.TenantId);
        });
    }
}
