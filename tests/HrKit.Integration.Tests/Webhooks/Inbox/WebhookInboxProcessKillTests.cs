using System.Diagnostics;
using HrKit.Integration.CrashProbe;
using HrKit.Integration.Tests.Fakes;
using HrKit.Integration.Webhooks;
using HrKit.Integration.Webhooks.Inbox;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace HrKit.Integration.Tests.Webhooks.Inbox;

/// <summary>
/// "An acknowledged delivery is not lost if the process dies", with a real process and a real SIGKILL: a child
/// process (tests/HrKit.Integration.CrashProbe) acknowledges a signed delivery into a SQLite inbox and is killed
/// before or while processing it. A second child processes the inbox; the handler's effect must be there exactly once,
/// and the sender's redelivery after all that must be acknowledged without being processed again.
/// </summary>
public sealed class WebhookInboxProcessKillTests : IDisposable
{
    private readonly string _inbox = Path.Combine(Path.GetTempPath(), $"hrkit-inbox-{Guid.NewGuid():N}.db");
    private readonly string _effects = Path.Combine(Path.GetTempPath(), $"hrkit-effects-{Guid.NewGuid():N}.txt");

    [Theory]
    [InlineData("ack", "acknowledged 200")]
    [InlineData("hang", "processing")]
    public async Task KilledAfterAcknowledging_AfterRestartTheMessageIsProcessedExactlyOnce(string mode, string killAfter)
    {
        await RunProbeAsync(mode, "delivery-1", killAfter, kill: true);
        Assert.False(File.Exists(_effects) && (await File.ReadAllLinesAsync(_effects)).Length > 0, "nothing was processed before the kill");

        var done = await RunProbeAsync("process", "-", "done", kill: false);

        Assert.StartsWith("done ", done, StringComparison.Ordinal);
        Assert.Equal(["signed:delivery-1"], await File.ReadAllLinesAsync(_effects));

        // The sender retries (it may not have seen the answer): acknowledged, stored once, not processed again.
        var handler = new RecordingWebhookHandler();
        await using var sp = IntegrationHarness.Build(
            o => o.SignedWebhook.Secret = ProbeDelivery.Secret,
            new NodaTime.Testing.FakeClock(SystemClock.Instance.GetCurrentInstant()),
            after: s => s.AddHrKitIntegrationSqlite(o => o.WebhookInboxPath = _inbox).AddSingleton<IWebhookHandler>(handler),
            startHostedServices: false);
        var again = await sp.GetRequiredService<SignedWebhookReceiver>().ReceiveAsync(ProbeDelivery.Request("delivery-1", SystemClock.Instance.GetCurrentInstant()));
        Assert.Equal(200, again.StatusCode);
        Assert.Equal(0, await sp.GetRequiredService<WebhookInboxProcessor>().ProcessDueAsync());
        Assert.Empty(handler.Messages);
        var entry = await sp.GetRequiredService<IWebhookInboxStore>().GetAsync("signed", "delivery-1");
        Assert.Equal(WebhookInboxState.Done, entry!.State);
        Assert.Equal(mode == "hang" ? 2 : 1, entry.Attempts); // the killed attempt counts
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _inbox, _inbox + "-wal", _inbox + "-shm", _effects })
        {
            File.Delete(file);
        }
    }

    /// <summary>Runs the probe until it prints a line starting with <paramref name="until"/>; kills it there or waits for its exit.</summary>
    private async Task<string> RunProbeAsync(string mode, string delivery, string until, bool kill)
    {
        var probe = Path.Combine(AppContext.BaseDirectory, "HrKit.Integration.CrashProbe.dll");
        var start = new ProcessStartInfo(DotnetHost(), [probe, mode, _inbox, _effects, delivery])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        string line;
        do
        {
            line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException($"probe exited early: {await process.StandardError.ReadToEndAsync()}");
        }
        while (!line.StartsWith(until, StringComparison.Ordinal));

        if (kill)
        {
            process.Kill(entireProcessTree: true); // SIGKILL: no finally blocks, no disposal, no flush
        }

        await process.WaitForExitAsync(timeout.Token);
        return line;
    }

    // The test host runs under the dotnet muxer; fall back to PATH when it does not.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
}
