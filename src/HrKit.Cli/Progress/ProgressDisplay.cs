using Spectre.Console;

namespace HrKit.Cli.Progress;

/// <summary>
/// A status line on stderr for runs that take longer than <see cref="Delay"/>. Shown only when stderr is a terminal,
/// <c>--quiet</c> is not given and the results are not being printed to the same terminal (then they are the
/// progress); otherwise the work simply runs.
/// </summary>
internal static class ProgressDisplay
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);

    public static bool IsWanted(CliConsole console, bool quiet, bool resultsToFile) =>
        console.ErrorIsTerminal && !quiet && (resultsToFile || !console.OutIsTerminal);

    /// <summary>Runs <paramref name="work"/> on the thread pool, showing <paramref name="status"/> while it runs.</summary>
    public static async Task<T> RunAsync<T>(CliConsole console, bool wanted, Func<string> status, Func<Task<T>> work)
    {
        if (!wanted)
        {
            return await work().ConfigureAwait(false);
        }

        var task = Task.Run(work);
        if (await Task.WhenAny(task, Task.Delay(Delay)).ConfigureAwait(false) != task)
        {
            var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
            await stderr.Status().StartAsync(Markup.Escape(status()), async context =>
            {
                while (await Task.WhenAny(task, Task.Delay(250)).ConfigureAwait(false) != task)
                {
                    context.Status(Markup.Escape(status()));
                }
            }).ConfigureAwait(false);
        }

        return await task.ConfigureAwait(false);
    }
}
