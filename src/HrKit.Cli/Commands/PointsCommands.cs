namespace HrKit.Cli.Commands;

/// <summary><c>hrkit points</c> commands.</summary>
internal static class PointsCommands
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        await stderr.WriteLineAsync("error: 'hrkit points' is not available yet.").ConfigureAwait(false);
        return CliApp.Usage;
    }
}
