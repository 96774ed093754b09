namespace HrKit.Cli.Commands;

/// <summary><c>hrkit payroll</c> commands.</summary>
internal static class PayrollCommands
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        await stderr.WriteLineAsync("error: 'hrkit payroll' is not available yet.").ConfigureAwait(false);
        return CliApp.Usage;
    }
}
