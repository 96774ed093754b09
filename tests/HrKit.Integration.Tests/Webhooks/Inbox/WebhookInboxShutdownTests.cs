using HrKit.Integration.Tests.Fakes;
using HrKit.Integration.Webhooks;
using HrKit.Integration.Webhooks.Inbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;

namespace HrKit.Integration.Tests.Webhooks.Inbox;

/// <summary>
/// Issue 19: the inbox processor is a hosted service whose graceful shutdown loses nothing acknowledged: a delivery
/// committed to the inbox and interrupted mid-handler by StopAsync is handed back as pending, and the next process
/// (a new container on the same SQLite file) handles it.
/// </summary>
public sealed class WebhookInboxShutdownTests
{
    private static readonly WebhookMessage Message = new("signed", "d-1", "training.completed", "{}", IntegrationHarness.Now);

    /// <summary>Signals when it starts, then waits for the shutdown's cancellation.</summary>
    private sealed class BlockingHandler : IWebhookHandler
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task HandleAsync(WebhookMessage message, CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }

    private sealed class CountingHandler : IWebhookHandler
    {
        public List<string> Handled { get; } = [];

        public Task HandleAsync(WebhookMessage message, CancellationToken cancellationToken)
        {
            Handled.Add(message.MessageId);
            return Task.CompletedTask;
        }
    }

    private static ServiceProvider Build(string path, IWebhookHandler handler, bool start) => IntegrationHarness.Build(
        _ => { },
        after: s => s.AddHrKitIntegrationSqlite(o => o.WebhookInboxPath = path).AddSingleton(handler),
        startHostedServices: start);

    [Fact]
    public async Task StopAsync_HandlerRunning_MessageHandedBackAndHandledByTheNextProcess()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hrkit-inbox-{Guid.NewGuid():N}.db");
        try
        {
            var blocking = new BlockingHandler();
            await using (var first = Build(path, blocking, start: false))
            {
                await first.GetRequiredService<IWebhookInboxStore>().AddAsync(Message, 10, Instant.MinValue); // acknowledged
                var hosted = first.GetServices<IHostedService>().OfType<WebhookInboxProcessor>().Single();
                await hosted.StartAsync(CancellationToken.None);
                await blocking.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));

                await hosted.StopAsync(CancellationToken.None);

                var entry = await first.GetRequiredService<IWebhookInboxStore>().GetAsync("signed", "d-1");
                Assert.Equal((WebhookInboxState.Pending, "interrupted by shutdown"), (entry!.State, entry.LastError));
            }

            var counting = new CountingHandler();
            await using var second = Build(path, counting, start: false);
            var processed = await second.GetRequiredService<WebhookInboxProcessor>().ProcessDueAsync();

            Assert.Equal(1, processed);
            Assert.Equal(["d-1"], counting.Handled);
            Assert.Equal(WebhookInboxState.Done, (await second.GetRequiredService<IWebhookInboxStore>().GetAsync("signed", "d-1"))!.State);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
