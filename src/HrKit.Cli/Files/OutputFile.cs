using System.Text;
using HrKit.Cli.Errors;

namespace HrKit.Cli.Files;

/// <summary>
/// An output file written through a temporary file in the same folder and renamed over the target on
/// <see cref="CommitAsync"/>: a failed or cancelled run leaves the previous file (or none), never half a file. Opened
/// before any work starts, so a missing or read-only folder fails the command before anything is computed or posted.
/// </summary>
internal sealed class OutputFile : IAsyncDisposable
{
    private readonly string _path;
    private readonly string _temp;
    private readonly FileStream _stream;
    private bool _committed;

    private OutputFile(string path, string temp, FileStream stream)
    {
        _path = path;
        _temp = temp;
        _stream = stream;
        Writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16) { NewLine = "\n" };
    }

    /// <summary>Writes to the temporary file.</summary>
    public StreamWriter Writer { get; }

    /// <summary>Creates the temporary file next to <paramref name="path"/>.</summary>
    /// <exception cref="CliDataException">The folder is missing, read-only, or the path is a folder.</exception>
    public static OutputFile Create(string path, string option)
    {
        var (full, folder) = OutputPath.Resolve(path, option, "payroll-out.jsonl");
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            return new OutputFile(full, temp, new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16));
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new CliDataException(CliStrings.Format("Err.CannotWriteFolder", option, path, folder, ex.Message), ex);
        }
    }

    /// <summary>Flushes and renames the temporary file over the target.</summary>
    public async Task CommitAsync()
    {
        await Writer.FlushAsync().ConfigureAwait(false);
        _stream.Flush(flushToDisk: true);
        await Writer.DisposeAsync().ConfigureAwait(false);
        File.Move(_temp, _path, overwrite: true);
        _committed = true;
    }

    /// <summary>Deletes the temporary file unless committed.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_committed)
        {
            return;
        }

        await Writer.DisposeAsync().ConfigureAwait(false);
        File.Delete(_temp);
    }
}
