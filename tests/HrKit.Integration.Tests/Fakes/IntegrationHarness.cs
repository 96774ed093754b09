using HrKit.Integration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Integration.Tests.Fakes;

/// <summary>Builds the real service graph with tiny resilience delays, pointed at the fakes.</summary>
internal static class IntegrationHarness
{
    /// <summary>2026-10-31 12:00 in Shanghai.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 10, 31, 4, 0);

    /// <param name="configure">Options on top of the tiny test delays.</param>
    /// <param name="clock">The clock; <see cref="Now"/> when null.</param>
    /// <param name="more">Registrations before AddHrKitIntegration (e.g. AddHrKitPoints).</param>
    /// <param name="after">Registrations after it, e.g. a webhook handler that must run after the library's own.</param>
    /// <param name="startHostedServices">Whether to start the hosted services (the webhook inbox processor), as a generic host would.</param>
    public static ServiceProvider Build(
        Action<IntegrationOptions> configure, FakeClock? clock = null, Action<IServiceCollection>? more = null, Action<IServiceCollection>? after = null, bool startHostedServices = true)
    {
        var services = new ServiceCollection();
        more?.Invoke(services);
        services.AddSingleton<IClock>(clock ?? new FakeClock(Now));
        services.AddHrKitIntegration(o =>
        {
            o.Http.RetryBaseDelay = Duration.FromMilliseconds(1);
            o.Http.RateLimitDelay = Duration.FromMilliseconds(1);
            o.Http.AttemptTimeout = Duration.FromSeconds(5);
            o.Http.MaxRetryAttempts = 2;
            o.WebhookInbox.PollInterval = Duration.FromMilliseconds(50);
            configure(o);
        });
        after?.Invoke(services);
        var provider = services.BuildServiceProvider(validateScopes: true);
        if (startHostedServices && OptionsAreValid(provider))
        {
            // What the generic host does at start-up: the webhook inbox processor begins polling.
            foreach (var hosted in provider.GetServices<IHostedService>())
            {
                hosted.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
            }
        }

        return provider;
    }

    // Tests of option validation resolve the options themselves and expect the error there, not from Build.
    private static bool OptionsAreValid(IServiceProvider provider)
    {
        try
        {
            _ = provider.GetRequiredService<IOptions<IntegrationOptions>>().Value;
            return true;
        }
        catch (OptionsValidationException)
        {
            return false;
        }
    }

    public static Action<IntegrationOptions> DingTalk(FakeDingTalkServer fake) => o =>
    {
        o.DingTalk.BaseAddress = fake.BaseAddress;
        o.DingTalk.AppKey = FakeDingTalkServer.AppKey;
        o.DingTalk.AppSecret = FakeDingTalkServer.AppSecret;
    };

    public static Action<IntegrationOptions> WeCom(FakeWeComServer fake) => o =>
    {
        o.WeCom.BaseAddress = fake.BaseAddress;
        o.WeCom.CorpId = FakeWeComServer.CorpId;
        o.WeCom.CheckInSecret = FakeWeComServer.Secret;
    };
}
