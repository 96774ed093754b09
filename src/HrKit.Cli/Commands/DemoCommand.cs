namespace HrKit.Cli.Commands;

/// <summary><c>hrkit demo</c> commands.</summary>
internal static class DemoCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        await stderr.WriteLineAsync("error: 'hrkit demo' is not available yet.").ConfigureAwait(false);
        return CliApp.Usage;
    }
}
