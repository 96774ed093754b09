using HrKit.Configuration;
using HrKit.Payroll;
using HrKit.Payroll.DependencyInjection;
using HrKit.Payroll.Diagnostics;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Policies;
using HrKit.Payroll.Reports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers HrKit.Payroll.</summary>
public static class PayrollServiceCollectionExtensions
{
    /// <summary>
    /// Adds a singleton <see cref="PayrollEngine"/> (policy and contribution table loaded and compiled once, on first
    /// use) and <see cref="PayrollReportBuilder"/>. Options are validated when the host starts.
    /// </summary>
    /// <example><code>services.AddHrKitPayroll(o => o.PolicyPath = "policy.json");</code></example>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027", Justification = "The Microsoft.Extensions pattern: AddX(configure = null) beside AddX(IConfiguration); a null argument is never ambiguous in practice.")]
    public static IServiceCollection AddHrKitPayroll(this IServiceCollection services, Action<PayrollOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<PayrollOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        builder.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PayrollOptions>, PayrollOptionsValidator>());
        services.TryAddSingleton(CreateEngine);
        services.TryAddSingleton(sp => new PayrollReportBuilder(sp.GetRequiredService<IOptions<PayrollOptions>>().Value.OvertimeAlertShare));
        return services;
    }

    /// <summary>
    /// Adds HrKit.Payroll as the overload taking a delegate does, with <see cref="PayrollOptions"/> bound from
    /// <paramref name="configuration"/>: the <c>HrKit:Payroll</c> section (<see cref="PayrollOptions.SectionName"/>). A value not
    /// in its format (a date written <c>2025/10/01</c>, even inside a list) or a key no option has fails at start-up
    /// with a message naming the key and the format, instead of being dropped.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The <c>HrKit:Payroll</c> section, e.g. <c>builder.Configuration.GetSection(PayrollOptions.SectionName)</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <example><code>builder.Services.AddHrKitPayroll(builder.Configuration.GetSection(PayrollOptions.SectionName));</code></example>
    public static IServiceCollection AddHrKitPayroll(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddHrKitPayroll(options => StrictConfigurationBinder.Bind(configuration, options));
    }

    /// <summary>
    /// Registers a jurisdiction pack for the engine <see cref="AddHrKitPayroll(IServiceCollection, Action{PayrollOptions})"/> builds (beside the built-in packs,
    /// replacing one of the same code). Registering the same pack type twice keeps the first.
    /// </summary>
    /// <example><code>services.AddHrKitPayroll().AddHrKitJurisdiction(myPack);</code></example>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="pack"/> is null.</exception>
    public static IServiceCollection AddHrKitJurisdiction(this IServiceCollection services, JurisdictionPack pack)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(pack);
        services.TryAddEnumerable(ServiceDescriptor.Singleton(pack));
        return services;
    }

    private static PayrollEngine CreateEngine(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<PayrollOptions>>().Value;
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger("HrKit.Payroll") ?? NullLogger.Instance;
        var builder = new PayrollEngineBuilder()
            .WithMaxDegreeOfParallelism(options.MaxDegreeOfParallelism)
            .WithBatchSize(options.BatchSize)
            .WithMetrics(PayrollMetrics.For(services));
        foreach (var pack in services.GetServices<JurisdictionPack>())
        {
            builder.WithJurisdiction(pack);
        }

        if (options.PolicyPath is { } policyPath)
        {
            builder.WithPolicy(PayPolicyLoader.LoadFile(policyPath));
        }

        if (options.ContributionOverridesPath is { } tablePath)
        {
            using var stream = File.OpenRead(tablePath);
            builder.WithContributionOverrides(ContributionTableLoader.Load(stream).Schedules);
        }

        var engine = builder.Build();
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("HrKit.Payroll: pay policy '{Policy}' ({Components} components), contribution table with {Cities} cities.",
            engine.Policy.Name, engine.Policy.Components.Length, engine.Contributions.Cities.Count());
        }

        return engine;
    }
}
