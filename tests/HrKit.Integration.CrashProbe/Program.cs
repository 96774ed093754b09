// Plays one life of a host with a SQLite webhook inbox, so a test can SIGKILL it at a chosen moment:
//   ack <inbox.db> <effects> <delivery>   receive one signed delivery, print "acknowledged <status>", then wait forever
//                                         without processing (the kill lands between acknowledgement and processing)
//   hang <inbox.db> <effects> <delivery>  receive it, start processing with a handler that never returns, print
//                                         "processing", wait forever (the kill lands inside processing)
//   process <inbox.db> <effects> -        process the inbox until nothing is pending, print "done <n>" and exit
// The handler's effect is one line "<source>:<id>" appended to <effects>; the test counts those lines.
using System.Globalization;
using HrKit.Integration.CrashProbe;
using HrKit.Integration.Webhooks;
using HrKit.Integration.Webhooks.Inbox;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

if (args.Length != 4)
{
    Console.Error.WriteLine("usage: HrKit.Integration.CrashProbe ack|hang|process <inbox.db> <effects> <delivery>");
    return 2;
}

var (mode, inbox, effects, delivery) = (args[0], args[1], args[2], args[3]);
var hang = mode == "hang";
var services = new ServiceCollection();
services.AddSingleton<IWebhookHandler>(new EffectHandler(effects, hang));
services.AddHrKitIntegration(o =>
{
    o.SignedWebhook.Secret = ProbeDelivery.Secret;
    o.WebhookInbox.ProcessingLease = Duration.FromSeconds(1);
});
services.AddHrKitIntegrationSqlite(o => o.WebhookInboxPath = inbox);
await using var provider = services.BuildServiceProvider();
var processor = provider.GetRequiredService<WebhookInboxProcessor>();

if (mode is "ack" or "hang")
{
    var response = await provider.GetRequiredService<SignedWebhookReceiver>().ReceiveAsync(ProbeDelivery.Request(delivery, SystemClock.Instance.GetCurrentInstant()));
    Console.WriteLine($"acknowledged {response.StatusCode}");
    Console.Out.Flush();
    if (hang)
    {
        _ = processor.ProcessDueAsync();
    }

    await Task.Delay(Timeout.Infinite);
}

// A message claimed by a killed process is due again once its lease ends: wait for it, bounded.
var store = provider.GetRequiredService<IWebhookInboxStore>();
var attempts = 0;
for (var i = 0; i < 100 && (await store.ListAsync(WebhookInboxState.Pending, 1)).Count > 0; i++)
{
    attempts += await processor.ProcessDueAsync();
    await Task.Delay(100);
}

Console.WriteLine($"done {attempts.ToString(CultureInfo.InvariantCulture)}");
return 0;

/// <summary>Appends the message's key to the effects file, durably; in "hang" mode it never returns instead.</summary>
internal sealed class EffectHandler(string path, bool hang) : IWebhookHandler
{
    public async Task HandleAsync(WebhookMessage message, CancellationToken cancellationToken)
    {
        if (hang)
        {
            Console.WriteLine("processing");
            Console.Out.Flush();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        await using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        await using var writer = new StreamWriter(file);
        await writer.WriteLineAsync($"{message.Source}:{message.MessageId}");
        await writer.FlushAsync(cancellationToken);
        file.Flush(flushToDisk: true);
    }
}
