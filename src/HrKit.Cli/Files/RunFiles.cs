namespace HrKit.Cli.Files;

/// <summary>
/// The output files of one run (<c>--out</c>, <c>--strips</c>, <c>--report FILE</c>), all created before the run starts
/// and all replaced only when it finishes: a failed run leaves every previous file as it was.
/// </summary>
internal sealed class RunFiles : IAsyncDisposable
{
    private readonly List<OutputFile> _files = [];

    /// <summary>Creates the temporary file for <paramref name="path"/>, or returns null when the option was not given.</summary>
    public OutputFile? Open(string? path, string option)
    {
        if (path is null)
        {
            return null;
        }

        var file = OutputFile.Create(path, option);
        _files.Add(file);
        return file;
    }

    public async Task CommitAllAsync()
    {
        foreach (var file in _files)
        {
            await file.CommitAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var file in _files)
        {
            await file.DisposeAsync().ConfigureAwait(false);
        }
    }
}
