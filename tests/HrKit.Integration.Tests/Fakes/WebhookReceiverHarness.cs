using HrKit.Integration.Webhooks;
using HrKit.Integration.Webhooks.Inbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Integration.Tests.Fakes;

/// <summary>
/// The three receivers over one in-memory inbox (processor not started, so what was stored stays pending), configured
/// by <see cref="CallbackRequests.Configure"/> with a 1 KiB <c>Webhooks.MaxBodyBytes</c>, and every log line kept.
/// </summary>
#pragma warning disable CA1001 // disposed in DisposeAsync, which xunit calls
public abstract class WebhookReceiverHarness : IAsyncLifetime
{
    /// <summary>The limit the services are built with; small, so size tests stay small.</summary>
    protected const int MaxBodyBytes = 1024;

    /// <summary>The clock's start.</summary>
    protected static readonly Instant Now = IntegrationHarness.Now;

    private protected CapturingLoggerProvider Logs { get; } = new();

    /// <summary>The services' clock.</summary>
    protected FakeClock Clock { get; } = new(Now);

    /// <summary>The service provider of the receivers.</summary>
    protected ServiceProvider Services { get; private set; } = null!;

    /// <summary>The WeCom receiver.</summary>
    protected WeComCallbackReceiver WeComReceiver => Services.GetRequiredService<WeComCallbackReceiver>();

    /// <summary>The DingTalk receiver.</summary>
    protected DingTalkCallbackReceiver DingTalkReceiver => Services.GetRequiredService<DingTalkCallbackReceiver>();

    /// <summary>The signed-webhook receiver.</summary>
    protected SignedWebhookReceiver SignedReceiver => Services.GetRequiredService<SignedWebhookReceiver>();

    /// <inheritdoc/>
    public Task InitializeAsync()
    {
        Services = Build(CallbackRequests.Configure);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        Logs.Dispose();
    }

    /// <summary>Other services on the same clock and log, <paramref name="configure"/> applied before the 1 KiB limit.</summary>
    protected ServiceProvider Build(Action<IntegrationOptions> configure) =>
        IntegrationHarness.Build(
            o =>
            {
                configure(o);
                o.Webhooks.MaxBodyBytes = MaxBodyBytes;
            },
            Clock, more: s => s.AddLogging(b => b.AddProvider(Logs)), startHostedServices: false);

    /// <summary>The messages stored and not yet processed.</summary>
    protected async Task<IReadOnlyList<WebhookMessage>> StoredAsync() =>
        [.. (await Services.GetRequiredService<IWebhookInboxStore>().ListAsync(WebhookInboxState.Pending, 100)).Select(e => e.Message)];

    /// <summary>Whether a warning containing <paramref name="text"/> was logged.</summary>
    protected bool Logged(string text) => Logs.Lines.Any(l => l.Level == LogLevel.Warning && l.Message.Contains(text, StringComparison.Ordinal));
}
