using HrKit.Cli.Errors;

namespace HrKit.Cli.Files;

/// <summary>Opens input files so that a missing or unreadable file is an error naming the option and the path.</summary>
internal static class InputFile
{
    public static FileStream Open(string path, string option)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliDataException(CliStrings.Format("Err.FileMissing", option, path), ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new CliDataException(CliStrings.Format("Err.PermissionDenied", option, path), ex);
        }
        catch (IOException ex)
        {
            throw new CliDataException(CliStrings.Format("Err.CannotRead", option, path, ex.Message), ex);
        }
    }

    /// <summary>Opens and closes the file: fails now, before anything runs, rather than halfway through.</summary>
    public static void EnsureReadable(string path, string option)
    {
        using var stream = Open(path, option);
    }

    /// <summary>Whether the file is read as JSON Lines (one record a line) rather than one JSON document.</summary>
    public static bool IsJsonLines(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);
}
