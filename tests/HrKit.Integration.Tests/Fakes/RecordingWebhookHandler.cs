using System.Collections.Concurrent;
using HrKit.Integration.Webhooks;

namespace HrKit.Integration.Tests.Fakes;

/// <summary>Collects processed webhook messages; tests wait on it with a bound.</summary>
#pragma warning disable CA1001 // test helper lives as long as the test
internal sealed class RecordingWebhookHandler : IWebhookHandler
{
    private readonly SemaphoreSlim _arrived = new(0);

    public ConcurrentQueue<WebhookMessage> Messages { get; } = new();

    public Task HandleAsync(WebhookMessage message, CancellationToken cancellationToken)
    {
        Messages.Enqueue(message);
        _arrived.Release();
        return Task.CompletedTask;
    }

    public async Task WaitForAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Assert.True(await _arrived.WaitAsync(TimeSpan.FromSeconds(5)), $"only {i} of {count} messages were processed");
        }
    }
}
