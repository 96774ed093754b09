using HrKit.Cli.Commands;

namespace HrKit.Cli;

/// <summary>Entry point of the <c>hrkit</c> tool; writers are parameters so tests can run commands in-process.</summary>
public static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Ok = 0;

    /// <summary>Exit code when the input, policy or arguments were rejected.</summary>
    public const int InvalidInput = 1;

    /// <summary>Exit code for a usage error (unknown command or option).</summary>
    public const int Usage = 2;

    /// <summary>Runs one command line.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await stdout.WriteLineAsync(Usage_).ConfigureAwait(false);
            return args.Length == 0 ? Usage : Ok;
        }

        var rest = args[1..];
        try
        {
            return args[0] switch
            {
                "demo" => await DemoCommand.RunAsync(rest, stdout, stderr).ConfigureAwait(false),
                "payroll" => await PayrollCommands.RunAsync(rest, stdout, stderr).ConfigureAwait(false),
                "points" => await PointsCommands.RunAsync(rest, stdout, stderr).ConfigureAwait(false),
                "sync" => await SyncCommands.RunAsync(rest, stdout, stderr).ConfigureAwait(false),
                _ => await UnknownAsync(args[0], stderr).ConfigureAwait(false),
            };
        }
        catch (CliUsageException ex)
        {
            await stderr.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return Usage;
        }
    }

    private static async Task<int> UnknownAsync(string command, TextWriter stderr)
    {
        await stderr.WriteLineAsync($"error: unknown command '{command}'.").ConfigureAwait(false);
        await stderr.WriteLineAsync(Usage_).ConfigureAwait(false);
        return Usage;
    }

    private const string Usage_ = """
        hrkit — HrKit command-line tool

        Usage:
          hrkit demo [--db PATH]                     check-ins, points and payroll on built-in sample data (SQLite)
          hrkit payroll run --input FILE [--policy FILE] [--contributions FILE] [--format table|json|csv]
                [--report] [--explain]
          hrkit payroll validate --policy FILE
          hrkit payroll policy                       print the built-in China mainland policy
          hrkit points validate --policy FILE
          hrkit points simulate --events FILE.jsonl [--policy FILE] [--format table|json] [--time-zone ZONE]
          hrkit points balance --db FILE --employee ID
          hrkit sync attendance --checkins FILE.jsonl --payroll FILE --month YYYY-MM [--db FILE]
                [--holidays D,D] [--makeup-workdays D,D] [--rest-days D,D] [--out FILE.jsonl]
        """;
}
