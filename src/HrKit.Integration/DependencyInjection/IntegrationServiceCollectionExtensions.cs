using HrKit.Configuration;
using HrKit.Integration;
using HrKit.Integration.Model;
using HrKit.Integration.Outbound;
using HrKit.Integration.Pipelines;
using HrKit.Integration.Sync;
using HrKit.Integration.Tokens;
using HrKit.Integration.Vendors;
using HrKit.Integration.Vendors.DingTalk;
using HrKit.Integration.Vendors.WeCom;
using HrKit.Integration.Webhooks;
using HrKit.Integration.Webhooks.Inbox;
using HrKit.Points.Analytics;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using Polly;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers HrKit.Integration.</summary>
public static class IntegrationServiceCollectionExtensions
{
    /// <summary>
    /// Adds the WeCom and DingTalk adapters (typed <see cref="HttpClient"/>s with retries and timeouts), the attendance
    /// → payroll pipeline, the sync, webhook receivers and the welfare adapter. Options are validated at start-up.
    /// Register your own <see cref="IWorkCalendar"/> or NodaTime <see cref="IClock"/> before or after; these are
    /// added only when missing. Calling it again only adds <paramref name="configure"/> to the options: the services
    /// are registered once, so a second call (a library and its host both calling it) never reads a vendor twice.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027", Justification = "The Microsoft.Extensions pattern: AddX(configure = null) beside AddX(IConfiguration); a null argument is never ambiguous in practice.")]
    public static IServiceCollection AddHrKitIntegration(this IServiceCollection services, Action<IntegrationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<IntegrationOptions>().Configure(configure ?? (static _ => { })).ValidateOnStart();
        if (services.Any(static d => d.ServiceType == typeof(IntegrationServicesMarker)))
        {
            return services;
        }

        services.AddSingleton<IntegrationServicesMarker>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IntegrationOptions>, IntegrationOptionsValidator>());
        services.AddLogging();
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IWorkCalendar>(sp =>
        {
            var options = Options(sp);
            return new WorkCalendar(options.StatutoryHolidays, options.MakeUpWorkdays, shiftedRestDays: options.ShiftedRestDays);
        });
        services.TryAddSingleton(sp => IntegrationMetrics.For(sp));
        services.TryAddSingleton(sp => new AccessTokenCache(sp.GetRequiredService<IClock>(), Options(sp).TokenRefreshMargin, sp.GetRequiredService<IntegrationMetrics>()));

        AddVendor<WeComClient>(services, "hrkit-wecom", o => o.WeCom.BaseAddress);
        services.AddTransient<IAttendanceSource>(sp => sp.GetRequiredService<WeComClient>());
        AddVendor<DingTalkClient>(services, "hrkit-dingtalk", o => o.DingTalk.BaseAddress);
        services.AddTransient<IAttendanceSource>(sp => sp.GetRequiredService<DingTalkClient>());

        AddWebhookInbox(services);
        services.TryAddSingleton(sp => new WeComCallbackReceiver(sp.GetRequiredService<IOptions<IntegrationOptions>>(), sp.GetRequiredService<WebhookInbox>(), sp.GetRequiredService<IClock>(), sp.GetRequiredService<ILogger<WeComCallbackReceiver>>()));
        services.TryAddSingleton(sp => new DingTalkCallbackReceiver(sp.GetRequiredService<IOptions<IntegrationOptions>>(), sp.GetRequiredService<WebhookInbox>(), sp.GetRequiredService<IClock>(), sp.GetRequiredService<ILogger<DingTalkCallbackReceiver>>()));
        services.TryAddSingleton(sp => new SignedWebhookReceiver(sp.GetRequiredService<IOptions<IntegrationOptions>>(), sp.GetRequiredService<WebhookInbox>(), sp.GetRequiredService<IClock>(), sp.GetRequiredService<ILogger<SignedWebhookReceiver>>()));
        AddPipelines(services);
        AddOutbound(services);
        return services;
    }

    // The inbox store is a singleton the container disposes: process memory here, a durable table once a store
    // package (AddHrKitIntegrationSqlite, AddHrKitIntegrationPostgreSql) replaces it. The processor is both resolvable
    // (hosts without a generic host call ProcessDueAsync) and a hosted service (the generic host starts it).
    /// <summary>
    /// Adds HrKit.Integration as the overload taking a delegate does, with <see cref="IntegrationOptions"/> bound from
    /// <paramref name="configuration"/>: the <c>HrKit:Integration</c> section (<see cref="IntegrationOptions.SectionName"/>). A value not
    /// in its format (a date written <c>2025/10/01</c>, even inside a list) or a key no option has fails at start-up
    /// with a message naming the key and the format, instead of being dropped.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The <c>HrKit:Integration</c> section, e.g. <c>builder.Configuration.GetSection(IntegrationOptions.SectionName)</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <example><code>builder.Services.AddHrKitIntegration(builder.Configuration.GetSection(IntegrationOptions.SectionName));</code></example>
    public static IServiceCollection AddHrKitIntegration(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddHrKitIntegration(options => StrictConfigurationBinder.Bind(configuration, options));
    }

    // The inbox store is a singleton the container disposes; the processor is both resolvable (hosts without a generic
    // host call ProcessDueAsync) and a hosted service (the generic host starts it).
    private static void AddWebhookInbox(IServiceCollection services)
    {
        services.TryAddSingleton(_ => WebhookInboxStores.InMemory());
        services.TryAddSingleton<WebhookInbox>();
        services.TryAddSingleton(sp => new WebhookInboxProcessor(
            sp.GetRequiredService<IWebhookInboxStore>(), sp.GetRequiredService<WebhookInbox>(), sp.GetRequiredService<IServiceScopeFactory>(),
            sp.GetRequiredService<IOptions<IntegrationOptions>>(), sp.GetRequiredService<IClock>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<WebhookInboxProcessor>>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, WebhookInboxProcessor>(sp => sp.GetRequiredService<WebhookInboxProcessor>()));
    }

    // Pipelines that feed HrKit.Points need its PointsService (AddHrKitPoints); they are resolved only when used, so a
    // host without points still gets the attendance → payroll pipeline and the sync.
    private static void AddPipelines(IServiceCollection services)
    {
        services.TryAddSingleton(sp =>
        {
            var options = Options(sp);
            return new AttendancePayrollPipeline(
                sp.GetRequiredService<IWorkCalendar>(), sp.GetRequiredService<IClock>(), options.Zone(), options.AllowedClockSkew, options.AbsenceIsUnpaidLeave)
            {
                Metrics = sp.GetRequiredService<IntegrationMetrics>(),
            };
        });
        services.TryAddSingleton(sp =>
        {
            var options = Options(sp);
            var points = sp.GetService<PointsService>()
                ?? throw new InvalidOperationException("AttendancePointsPipeline records into HrKit.Points: call services.AddHrKitPoints(...) too.");
            return new AttendancePointsPipeline(points, sp.GetRequiredService<IClock>(), options.Zone(), options.AllowedClockSkew, sp.GetService<ILogger<AttendancePointsPipeline>>());
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWebhookHandler, PointsWebhookHandler>());
        // Transient, like the typed vendor clients it holds, so their HTTP handlers keep rotating.
        services.TryAddTransient(sp => new AttendanceSync(
            sp.GetServices<IAttendanceSource>(),
            sp.GetRequiredService<AttendancePayrollPipeline>(),
            sp.GetRequiredService<IClock>(),
            sp.GetService<PointsService>() is null ? null : sp.GetRequiredService<AttendancePointsPipeline>(),
            sp.GetService<ILogger<AttendanceSync>>())
        {
            Metrics = sp.GetRequiredService<IntegrationMetrics>(),
        });
        services.TryAddSingleton(sp => new LearningBonusPayrollPipeline(sp.GetService<LearningBonusCalculator>()
            ?? throw new InvalidOperationException("LearningBonusPayrollPipeline reads the points ledger: call services.AddHrKitPoints(...) too.")));
    }

    // Registered whether or not the provider is configured (options are only known once built): an unconfigured
    // adapter reports IsConfigured = false and throws a message naming the missing settings when used.
    private static void AddOutbound(IServiceCollection services)
    {
        services.AddHttpClient(WelfareProviderClient.HttpClientName, (sp, http) => http.BaseAddress = Options(sp).Welfare.BaseAddress)
            .AddTypedClient((http, sp) => new WelfareProviderClient(
                http, sp.GetRequiredService<IOptions<IntegrationOptions>>(), sp.GetRequiredService<ILogger<WelfareProviderClient>>(), sp.GetRequiredService<TimeProvider>())
            {
                Metrics = sp.GetRequiredService<IntegrationMetrics>(),
            })
            .AddResilienceHandler(WelfareProviderClient.HttpClientName, (builder, context) =>
            {
                var options = Options(context.ServiceProvider);
                var settings = new OutboundRetrySettings(
                    options.Welfare.MaxAttempts, options.Http.RetryBaseDelay.ToTimeSpan(), options.Welfare.MaxRetryAfter.ToTimeSpan(), options.Http.AttemptTimeout.ToTimeSpan());
                IdempotentRetry.Add(builder, settings, context.ServiceProvider.GetRequiredService<TimeProvider>());
            });
        services.AddTransient<IOutboundAdapter<WelfareRedemption>>(sp => sp.GetRequiredService<WelfareProviderClient>());
        services.AddTransient<IOutboundAdapter<WelfareCancellation>>(sp => sp.GetRequiredService<WelfareProviderClient>());
        services.TryAddSingleton<IForwardedRedemptionLog, InMemoryForwardedRedemptionLog>();
        services.TryAddSingleton<IRedemptionOutbox>(sp => new PointsLedgerRedemptionOutbox(
            sp.GetService<IPointsLedgerStore>()
                ?? throw new InvalidOperationException("Forwarding redemptions reads the points ledger: call AddHrKitPoints(...) or register your own IRedemptionOutbox."),
            sp.GetRequiredService<IForwardedRedemptionLog>(),
            sp.GetRequiredService<IClock>()));
        services.TryAddTransient<RedemptionForwarder>();
    }

    private static IntegrationOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<IntegrationOptions>>().Value;

    // Vendor queries are reads (WeCom's and DingTalk's are POSTs only because they carry a JSON body), so every
    // request of these clients is safe to retry on a transient HTTP failure.
    private static void AddVendor<TClient>(IServiceCollection services, string name, Func<IntegrationOptions, Uri> baseAddress)
        where TClient : class
    {
        services.AddHttpClient<TClient>((sp, http) => http.BaseAddress = baseAddress(Options(sp)))
            .AddResilienceHandler(name, (builder, context) => AddRetryAndTimeout(builder, Options(context.ServiceProvider), unsafeToo: true));
    }

    internal static void AddRetryAndTimeout(ResiliencePipelineBuilder<HttpResponseMessage> builder, IntegrationOptions options, bool unsafeToo)
    {
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(1, options.Http.MaxRetryAttempts),
            Delay = options.Http.RetryBaseDelay.ToTimeSpan(),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
        };
        if (!unsafeToo)
        {
            retry.DisableForUnsafeHttpMethods();
        }

        if (options.Http.MaxRetryAttempts > 0)
        {
            builder.AddRetry(retry);
        }

        builder.AddTimeout(options.Http.AttemptTimeout.ToTimeSpan());
    }
}
