using HrKit.Points.Ledger;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the SQLite points ledger.</summary>
public static class SqlitePointsServiceCollectionExtensions
{
    /// <summary>
    /// Registers a SQLite <see cref="IPointsLedgerStore"/> as the ledger of <c>AddHrKitPoints</c>, replacing any store
    /// registered before; calling it twice leaves one. The options are validated at start-up. Uses
    /// <see cref="HrKit.Points.PointsOptions.ExpireAfter"/> and the registered <see cref="NodaTime.IClock"/> (the system clock if none).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddHrKitPointsSqlite(this IServiceCollection services, Action<SqlitePointsLedgerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<SqlitePointsLedgerOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        builder.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SqlitePointsLedgerOptions>, SqlitePointsLedgerOptionsValidator>());
        return services.ReplaceLedgerStore((sp, clock, expireAfter) =>
        {
            var options = sp.GetRequiredService<IOptions<SqlitePointsLedgerOptions>>().Value;
            return SqlitePointsLedgerStore.Create(options.ConnectionString, clock, expireAfter, options.TenantId);
        });
    }
}
