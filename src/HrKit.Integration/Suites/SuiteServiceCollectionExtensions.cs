using HrKit.Integration;
using HrKit.Integration.Suites;
using HrKit.Integration.Suites.Approvals;
using HrKit.Integration.Suites.Callbacks;
using HrKit.Integration.Suites.DingTalk;
using HrKit.Integration.Suites.Directory;
using HrKit.Integration.Suites.Stores;
using HrKit.Integration.Suites.WeCom;
using HrKit.Integration.Webhooks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the ISV side of HrKit.Integration: WeCom and DingTalk third-party apps serving many companies.</summary>
public static class SuiteServiceCollectionExtensions
{
    /// <summary>
    /// Adds the suite clients (suite and per-company tokens), the suite callback receivers and their background handler,
    /// <see cref="RosterSync"/> and <see cref="ApprovalReader"/>. Calls <c>AddHrKitIntegration</c> (its HTTP, inbox and
    /// token settings apply). Tickets and permanent codes are kept in process memory unless a store replaces
    /// <see cref="ISuiteStore"/> (<c>AddHrKitIntegrationSqlite</c> in HrKit.Integration.Sqlite keeps them in a file across
    /// restarts); register your own <see cref="ISuiteStore"/> / <see cref="IRosterStore"/> to keep them elsewhere. Options are validated at start-up; a second
    /// call only adds <paramref name="configure"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddHrKitSuites(this IServiceCollection services, Action<SuiteOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHrKitIntegration();
        services.AddOptions<SuiteOptions>().Configure(configure ?? (static _ => { })).ValidateOnStart();
        if (services.Any(static d => d.ServiceType == typeof(SuiteServicesMarker)))
        {
            return services;
        }

        services.AddSingleton<SuiteServicesMarker>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SuiteOptions>, SuiteOptionsValidator>());
        services.TryAddSingleton<ISuiteStore, InMemorySuiteStore>();
        services.TryAddSingleton<IRosterStore, InMemoryRosterStore>();

        services.AddHttpClient<WeComSuiteClient>((sp, http) => http.BaseAddress = Options(sp).WeCom.BaseAddress)
            .AddResilienceHandler("hrkit-wecom-suite", (builder, context) => IntegrationServiceCollectionExtensions.AddRetryAndTimeout(
                builder, context.ServiceProvider.GetRequiredService<IOptions<IntegrationOptions>>().Value, unsafeToo: true));
        services.AddHttpClient<DingTalkSuiteClient>((sp, http) => http.BaseAddress = Options(sp).DingTalk.BaseAddress)
            .AddResilienceHandler("hrkit-dingtalk-suite", (builder, context) => IntegrationServiceCollectionExtensions.AddRetryAndTimeout(
                builder, context.ServiceProvider.GetRequiredService<IOptions<IntegrationOptions>>().Value, unsafeToo: true));
        services.AddTransient<IDirectoryReader>(sp => new WeComDirectoryReader(sp.GetRequiredService<WeComSuiteClient>()));
        services.AddTransient<IDirectoryReader>(sp => new DingTalkDirectoryReader(sp.GetRequiredService<DingTalkSuiteClient>()));
        services.AddTransient<IApprovalSource>(sp => new WeComApprovalSource(sp.GetRequiredService<WeComSuiteClient>()));
        services.AddTransient<IApprovalSource>(sp => new DingTalkApprovalSource(sp.GetRequiredService<DingTalkSuiteClient>()));
        services.TryAddTransient(sp => new RosterSync(sp.GetServices<IDirectoryReader>(), sp.GetRequiredService<IRosterStore>(),
            sp.GetRequiredService<NodaTime.IClock>(), sp.GetRequiredService<IOptions<IntegrationOptions>>(), sp.GetRequiredService<ILogger<RosterSync>>()));
        services.TryAddTransient(sp => new ApprovalReader(sp.GetServices<IApprovalSource>(), sp.GetRequiredService<IOptions<SuiteOptions>>(), sp.GetRequiredService<ILogger<ApprovalReader>>()));

        services.TryAddSingleton(sp => new WeComSuiteCallbackReceiver(sp.GetRequiredService<IOptions<SuiteOptions>>(), sp.GetRequiredService<IOptions<IntegrationOptions>>(),
            sp.GetRequiredService<HrKit.Integration.Webhooks.Inbox.WebhookInbox>(), sp.GetRequiredService<NodaTime.IClock>(), sp.GetRequiredService<ILogger<WeComSuiteCallbackReceiver>>()));
        services.TryAddSingleton(sp => new DingTalkSuiteCallbackReceiver(sp.GetRequiredService<IOptions<SuiteOptions>>(), sp.GetRequiredService<IOptions<IntegrationOptions>>(),
            sp.GetRequiredService<HrKit.Integration.Webhooks.Inbox.WebhookInbox>(), sp.GetRequiredService<NodaTime.IClock>(), sp.GetRequiredService<ILogger<DingTalkSuiteCallbackReceiver>>()));
        services.AddTransient<IWebhookHandler>(sp => new SuiteEventHandler(
            sp.GetRequiredService<ISuiteStore>(), sp.GetRequiredService<WeComSuiteClient>(), sp.GetRequiredService<DingTalkSuiteClient>(),
            sp.GetRequiredService<RosterSync>(), sp.GetRequiredService<ApprovalReader>(), sp.GetServices<ISuiteEventListener>(),
            sp.GetRequiredService<ILogger<SuiteEventHandler>>()));
        return services;
    }

    private static SuiteOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<SuiteOptions>>().Value;
}
