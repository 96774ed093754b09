using HrKit.Configuration;
using HrKit.Points;
using HrKit.Points.Analytics;
using HrKit.Points.Diagnostics;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Policies;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers HrKit.Points.</summary>
public static class PointsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="PointsService"/>, <see cref="IPointsPolicySource"/>,
    /// <see cref="PointsAnalytics"/>, <see cref="LearningBonusCalculator"/> and <see cref="PointsAchievements"/> as singletons. Options are validated
    /// at start-up. An <see cref="IClock"/> already registered is used; otherwise the system clock.
    /// The <see cref="IPointsLedgerStore"/> comes from a store package (<c>AddHrKitPointsSqlite</c>,
    /// <c>AddHrKitPointsPostgreSql</c>) or <see cref="AddHrKitPointsInMemory"/>; without one, resolving the store throws
    /// <see cref="InvalidOperationException"/> saying which to add.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027", Justification = "The Microsoft.Extensions pattern: AddX(configure = null) beside AddX(IConfiguration); a null argument is never ambiguous in practice.")]
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
        // A durable store comes from its own package (AddHrKitPointsSqlite, AddHrKitPointsPostgreSql), which replaces this.
        services.TryAddSingleton<IPointsLedgerStore>(_ => throw new InvalidOperationException(
            "No points ledger store is registered: add package HrKit.Points.Sqlite and call services.AddHrKitPointsSqlite(...), "
            + "add HrKit.Points.PostgreSql and call services.AddHrKitPointsPostgreSql(...), or call services.AddHrKitPointsInMemory() for tests."));
        services.TryAddSingleton(sp => PointsMetrics.For(sp));
        services.TryAddSingleton(sp => new PointsService(
            sp.GetRequiredService<IPointsPolicySource>(), sp.GetRequiredService<IPointsLedgerStore>(), sp.GetRequiredService<IOptions<PointsOptions>>(),
            sp.GetService<ILogger<PointsService>>(), sp.GetService<HrKit.Points.Employees.IEmployeeDirectory>())
        {
            Metrics = sp.GetRequiredService<PointsMetrics>(),
        });
        services.TryAddSingleton(sp => new PointsAnalytics(sp.GetRequiredService<IPointsLedgerStore>(), sp.GetRequiredService<IOptions<PointsOptions>>()));
        services.TryAddSingleton(sp => new LearningBonusCalculator(sp.GetRequiredService<IPointsLedgerStore>(), sp.GetRequiredService<IOptions<PointsOptions>>()));
        services.TryAddSingleton(sp => new PointsAchievements(sp.GetRequiredService<IPointsLedgerStore>(), sp.GetRequiredService<IOptions<PointsOptions>>()));
        return services;
    }

    /// <summary>
    /// Adds HrKit.Points as the overload taking a delegate does, with <see cref="PointsOptions"/> bound from
    /// <paramref name="configuration"/>: the <c>HrKit:Points</c> section (<see cref="PointsOptions.SectionName"/>). A value not
    /// in its format (a date written <c>2025/10/01</c>, even inside a list) or a key no option has fails at start-up
    /// with a message naming the key and the format, instead of being dropped.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The <c>HrKit:Points</c> section, e.g. <c>builder.Configuration.GetSection(PointsOptions.SectionName)</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <example><code>builder.Services.AddHrKitPoints(builder.Configuration.GetSection(PointsOptions.SectionName));</code></example>
    public static IServiceCollection AddHrKitPoints(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddHrKitPoints(options => StrictConfigurationBinder.Bind(configuration, options));
    }

    /// <summary>
    /// Registers a process-local <see cref="IPointsLedgerStore"/> (<see cref="PointsLedgerStores.InMemory"/>) for tests and
    /// simulations, replacing any store registered before; contents vanish with the process. Uses
    /// <see cref="PointsOptions.ExpireAfter"/> and the registered <see cref="IClock"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddHrKitPointsInMemory(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.ReplaceLedgerStore((_, clock, expireAfter) => PointsLedgerStores.InMemory(clock, expireAfter));
    }

    /// <summary>
    /// Makes <paramref name="create"/> the one <see cref="IPointsLedgerStore"/> registration, whichever of
    /// <c>AddHrKitPoints</c> and the store's own <c>AddX</c> runs first; the store packages call this.
    /// </summary>
    internal static IServiceCollection ReplaceLedgerStore(this IServiceCollection services, Func<IServiceProvider, IClock, Duration?, IPointsLedgerStore> create)
    {
        services.AddOptions();
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(sp => PointsMetrics.For(sp));
        services.Replace(ServiceDescriptor.Singleton(sp =>
        {
            var store = create(sp, sp.GetRequiredService<IClock>(), Options(sp).ExpireAfter);
            if (store is LedgerStore ledger)
            {
                ledger.Metrics = sp.GetRequiredService<PointsMetrics>();
            }

            return store;
        }));
        return services;
    }

    private static PointsOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<PointsOptions>>().Value;
}
