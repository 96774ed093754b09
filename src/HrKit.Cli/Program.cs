using HrKit.Cli;
using NodaTime;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C cancels the run cleanly (temporary files removed, nothing posted); a second one kills it.
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};

// The system's language when --lang is not given (invariant globalization ignores the locale; CliCulture reads it).
if (HrKit.Cli.CommandLine.CliCulture.FromEnvironment() is { } culture)
{
    System.Globalization.CultureInfo.CurrentUICulture = culture;
}

var console = new CliConsole(Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected);
return await CliApp.RunAsync(args, console, SystemClock.Instance, cancellation.Token).ConfigureAwait(false);
