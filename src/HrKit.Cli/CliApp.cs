using System.CommandLine;
using System.Globalization;
using System.CommandLine.Help;
using System.Reflection;
using System.CommandLine.Invocation;
using HrKit.Cli.CommandLine;
using HrKit.Cli.Commands;
using HrKit.Cli.Errors;
using NodaTime;

namespace HrKit.Cli;

/// <summary>Entry point of the <c>hrkit</c> tool; writers are parameters so tests can run commands in-process.</summary>
public static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Ok = 0;

    /// <summary>Exit code when input, policy, data or a file was rejected, or a sync was incomplete.</summary>
    public const int InvalidInput = 1;

    /// <summary>Exit code for a usage error (unknown command or option, stray argument, missing or bad option value).</summary>
    public const int Usage = 2;

    /// <summary>Exit code for a bug in hrkit (EX_SOFTWARE); the message says to rerun with <c>--verbose</c>.</summary>
    public const int InternalError = 70;

    /// <summary>Exit code when the run was cancelled (Ctrl+C).</summary>
    public const int Cancelled = 130;

    /// <summary>Runs one command line, writing results to <paramref name="stdout"/> and messages to <paramref name="stderr"/>.</summary>
    /// <returns>The exit code: <see cref="Ok"/>, <see cref="InvalidInput"/>, <see cref="Usage"/>, <see cref="InternalError"/> or <see cref="Cancelled"/>.</returns>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        return RunAsync(args, new CliConsole(stdout, stderr), SystemClock.Instance, CancellationToken.None);
    }

    /// <summary>
    /// Runs one command line with <paramref name="clock"/> as the current time (the default month of
    /// <c>payroll contributions</c>), so a host or a test decides what "now" is.
    /// </summary>
    /// <returns>The exit code, as <see cref="RunAsync(string[], TextWriter, TextWriter)"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(clock);
        return RunAsync(args, new CliConsole(stdout, stderr), clock, CancellationToken.None);
    }

    internal static async Task<int> RunAsync(string[] args, CliConsole console, IClock clock, CancellationToken cancellationToken)
    {
        var invocation = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        var global = new GlobalOptions();
        var parse = Build(console, clock, global, invocation).Parse(args);

        // CurrentUICulture is async-local: the choice holds for this run only, not for the caller or a parallel run.
        // The command tree's descriptions (--help) are read when it is built, so it is built again in the chosen language.
        // Read from the tokens: the value of a rejected --lang (fr) is a usage error below, not an exception here.
        if (parse.GetResult(global.Lang)?.Tokens is [.., var token] && token.Value is var lang && CliCulture.IsKnown(lang))
        {
            CultureInfo.CurrentUICulture = CliCulture.Named(lang);
            global = new GlobalOptions();
            parse = Build(console, clock, global, invocation).Parse(args);
        }

        if (parse.Action is ParseErrorAction)
        {
            await console.Error.WriteLineAsync(CliStrings.Format("Cli.ErrorLine", UsageError.Describe(parse))).ConfigureAwait(false);
            return Usage;
        }

        try
        {
            return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The one top-level handler: every failure becomes a message and an exit code, never a crash.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return await ErrorReport.WriteAsync(console.Error, ex, parse.GetValue(global.Verbose)).ConfigureAwait(false);
        }
    }

    private static Command Build(CliConsole console, IClock clock, GlobalOptions global, InvocationConfiguration invocation)
    {
        // A plain command named hrkit rather than RootCommand, whose name and version come from the entry assembly:
        // in-process (tests, a host embedding the tool) that is not hrkit.
        var version = new Option<bool>("--version") { Description = CliStrings.Get("Help.Version") };
        var root = new Command("hrkit", CliStrings.Get("Help.Root"))
        {
            DemoCommand.Create(console, global),
            PayrollCommands.Create(console, clock, global),
            PointsCommands.Create(console, global),
            SyncCommands.Create(console, global),
            MigrateCommands.Create(console, clock),
            AuditCommands.Create(console),
        };
        root.Options.Add(new HelpOption { Description = CliStrings.Get("Help.Help"), Action = new LocalisedHelpAction(invocation) });
        root.Options.Add(version);
        root.Options.Add(global.Quiet);
        root.Options.Add(global.Verbose);
        root.Options.Add(global.Lang);
        root.SetAction(async parse =>
        {
            if (!parse.GetValue(version))
            {
                await console.Error.WriteLineAsync(CliStrings.Format("Cli.ErrorLine", UsageError.Describe(parse))).ConfigureAwait(false);
                return Usage;
            }

            await console.Out.WriteLineAsync(Version).ConfigureAwait(false);
            return Ok;
        });
        return root;
    }

    private static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CliApp).Assembly.GetName().Version?.ToString() ?? "unknown";
}
