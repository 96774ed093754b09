namespace HrKit.Cli.Commands;

/// <summary>The points half of <c>hrkit demo</c>; wired to HrKit.Points once its API lands.</summary>
internal static class PointsDemo
{
    public static Task<int> RunAsync(string? databasePath, TextWriter stdout, TextWriter stderr)
    {
        _ = databasePath;
        _ = stderr;
        return Task.FromResult(CliApp.Ok);
    }
}
