using HrKit.Integration.Tests.Fakes;
using HrKit.Integration.Webhooks;
using HrKit.Integration.Webhooks.Inbox;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Integration.Tests.Webhooks.Inbox;

/// <summary>Retries, poison messages and exactly-once completion, driven by hand through ProcessDueAsync and a fake clock.</summary>
public sealed class WebhookInboxProcessorTests
{
    private static readonly WebhookMessage Message = new("signed", "d-1", "training.completed", "{}", IntegrationHarness.Now);

    /// <summary>Fails its first <c>failures</c> calls, then succeeds; counts calls.</summary>
    private sealed class FlakyHandler(int failures) : IWebhookHandler
    {
        public int Calls;

        public Task HandleAsync(WebhookMessage message, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref Calls) <= failures ? throw new InvalidOperationException($"downstream down (call {Calls})") : Task.CompletedTask;
    }

    private static (ServiceProvider Services, FakeClock Clock) Build(IWebhookHandler handler, int maxAttempts = 3)
    {
        var clock = new FakeClock(IntegrationHarness.Now);
        var sp = IntegrationHarness.Build(
            o =>
            {
                o.WebhookInbox.MaxAttempts = maxAttempts;
                o.WebhookInbox.RetryDelay = Duration.FromSeconds(30);
            },
            clock, after: s => s.AddSingleton(handler), startHostedServices: false);
        return (sp, clock);
    }

    [Fact]
    public async Task ProcessDueAsync_HandlerFailsTwice_RetriesAfter30Then60SecondsAndCompletesOnce()
    {
        var handler = new FlakyHandler(failures: 2);
        var (sp, clock) = Build(handler);
        await using var _ = sp;
        var store = sp.GetRequiredService<IWebhookInboxStore>();
        var processor = sp.GetRequiredService<WebhookInboxProcessor>();
        await store.AddAsync(Message, 10, Instant.MinValue);

        Assert.Equal(1, await processor.ProcessDueAsync());
        Assert.Equal(IntegrationHarness.Now + Duration.FromSeconds(30), (await store.GetAsync("signed", "d-1"))!.NextAttemptAt);
        clock.Advance(Duration.FromSeconds(29));
        Assert.Equal(0, await processor.ProcessDueAsync()); // not due yet
        clock.Advance(Duration.FromSeconds(1));
        Assert.Equal(1, await processor.ProcessDueAsync());
        Assert.Contains("call 2", (await store.GetAsync("signed", "d-1"))!.LastError, StringComparison.Ordinal);
        clock.Advance(Duration.FromSeconds(60)); // the second wait is twice the first
        Assert.Equal(1, await processor.ProcessDueAsync());
        clock.Advance(Duration.FromHours(1)); // still inside the 24-hour de-duplication window, so not purged yet
        Assert.Equal(0, await processor.ProcessDueAsync());

        Assert.Equal(3, handler.Calls);
        var entry = await store.GetAsync("signed", "d-1");
        Assert.Equal((WebhookInboxState.Done, 3, (string?)null), (entry!.State, entry.Attempts, entry.LastError));
    }

    [Fact]
    public async Task ProcessDueAsync_HandlerAlwaysFails_SetsTheMessageAsideAsPoisonAfterMaxAttempts()
    {
        var handler = new FlakyHandler(failures: int.MaxValue);
        var (sp, clock) = Build(handler, maxAttempts: 3);
        await using var _ = sp;
        var store = sp.GetRequiredService<IWebhookInboxStore>();
        var processor = sp.GetRequiredService<WebhookInboxProcessor>();
        await store.AddAsync(Message, 10, Instant.MinValue);

        for (var i = 0; i < 5; i++)
        {
            await processor.ProcessDueAsync();
            clock.Advance(Duration.FromMinutes(10));
        }

        Assert.Equal(3, handler.Calls);
        var poison = Assert.Single(await store.ListAsync(WebhookInboxState.Poison, 10));
        Assert.Equal(3, poison.Attempts);
        Assert.Contains("FlakyHandler: InvalidOperationException: downstream down (call 3)", poison.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessDueAsync_ClaimedMoreThanMaxAttemptsWithoutOutcome_IsPoisonWithoutRunningHandlers()
    {
        var handler = new FlakyHandler(failures: 0);
        var (sp, clock) = Build(handler, maxAttempts: 2);
        await using var _ = sp;
        var store = sp.GetRequiredService<IWebhookInboxStore>();
        await store.AddAsync(Message, 10, Instant.MinValue);
        // Two processes took it and died (their claims ran out): a third claim is one more than allowed.
        await store.ClaimDueAsync(clock.GetCurrentInstant(), clock.GetCurrentInstant(), 10);
        await store.ClaimDueAsync(clock.GetCurrentInstant(), clock.GetCurrentInstant(), 10);

        await sp.GetRequiredService<WebhookInboxProcessor>().ProcessDueAsync();

        Assert.Equal(0, handler.Calls);
        var poison = Assert.Single(await store.ListAsync(WebhookInboxState.Poison, 10));
        Assert.Contains("abandoned: 2 attempts ended without an outcome", poison.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessDueAsync_TwoProcessorsAtOnce_RunTheHandlerOncePerMessage()
    {
        var handler = new FlakyHandler(failures: 0);
        var (sp, _) = Build(handler);
        await using var __ = sp;
        var store = sp.GetRequiredService<IWebhookInboxStore>();
        for (var i = 0; i < 50; i++)
        {
            await store.AddAsync(Message with { MessageId = $"d-{i}" }, 100, Instant.MinValue);
        }

        var processor = sp.GetRequiredService<WebhookInboxProcessor>();
        var attempts = await Task.WhenAll(processor.ProcessDueAsync(), processor.ProcessDueAsync());

        Assert.Equal(50, attempts.Sum());
        Assert.Equal(50, handler.Calls);
        Assert.Equal(50, (await store.ListAsync(WebhookInboxState.Done, 100)).Count);
    }
}
