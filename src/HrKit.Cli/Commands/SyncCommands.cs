namespace HrKit.Cli.Commands;

/// <summary><c>hrkit sync</c> commands.</summary>
internal static class SyncCommands
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        await stderr.WriteLineAsync("error: 'hrkit sync' is not available yet.").ConfigureAwait(false);
        return CliApp.Usage;
    }
}
