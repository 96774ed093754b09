using HrKit.Points;
using HrKit.Points.Analytics;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Policies;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers HrKit.Points.</summary>
public static class PointsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="PointsService"/>, <see cref="IPointsLedgerStore"/>, <see cref="IPointsPolicySource"/>,
    /// <see cref="PointsAnalytics"/> and <see cref="LearningBonusCalculator"/> as singletons. Options are validated
    /// at start-up. An <see cref="IClock"/> already registered is used; otherwise the system clock.
    /// </summary>
    public static IServiceCollection AddHrKitPoints(this IServiceCollection services, Action<PointsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<PointsOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        builder.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PointsOptions>, PointsOptionsValidator>());
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton<IPointsPolicySource>(sp =>
        {
            var o = Options(sp);
            return o.PolicyPath is null
                ? new StaticPointsPolicySource(PointsPolicyLoader.LoadDefault())
                : new FilePointsPolicySource(o.PolicyPath, o.WatchPolicyFile, sp.GetService<ILogger<FilePointsPolicySource>>(), o.PolicyLimits);
        });
        services.TryAddSingleton(sp =>
        {
            var o = Options(sp);
            var clock = sp.GetRequiredService<IClock>();
            return o.Store switch
            {
                PointsStoreKind.InMemory => PointsLedgerStores.InMemory(clock, o.ExpireAfter),
                PointsStoreKind.PostgreSql => PointsLedgerStores.PostgreSql(o.ConnectionString!, clock, o.ExpireAfter),
                _ => PointsLedgerStores.Sqlite(o.ConnectionString ?? "hrkit-points.db", clock, o.ExpireAfter),
            };
        });
        services.TryAddSingleton(sp => new PointsService(
            sp.GetRequiredService<IPointsPolicySource>(), sp.GetRequiredService<IPointsLedgerStore>(), sp.GetRequiredService<IOptions<PointsOptions>>(), sp.GetService<ILogger<PointsService>>()));
        services.TryAddSingleton(sp => new PointsAnalytics(sp.GetRequiredService<IPointsLedgerStore>(), sp.GetRequiredService<IOptions<PointsOptions>>()));
        services.TryAddSingleton(sp => new LearningBonusCalculator(sp.GetRequiredService<IPointsLedgerStore>(), sp.GetRequiredService<IOptions<PointsOptions>>()));
        return services;
    }

    private static PointsOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<PointsOptions>>().Value;
}
