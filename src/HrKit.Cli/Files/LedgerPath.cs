using HrKit.Cli.Errors;

namespace HrKit.Cli.Files;

/// <summary>Checks a SQLite database path (points ledger, payroll period store) before anything is written to it.</summary>
internal static class LedgerPath
{
    /// <summary>Fails unless the ledger file can be opened for writing, or created in an existing, writable folder.</summary>
    /// <exception cref="CliDataException">The folder is missing or read-only, or the path is a folder.</exception>
    public static void EnsureWritable(string path, string option, string what = "the points ledger", string example = "hrkit-points.db")
    {
        var (full, folder) = OutputPath.Resolve(path, option, example);
        try
        {
            if (File.Exists(full))
            {
                using var existing = new FileStream(full, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            }
            else
            {
                // SQLite creates the file and its journal next to it, so the folder itself must take new files.
                using var probe = new FileStream(Path.Combine(folder, $".hrkit-probe-{Guid.NewGuid():N}"),
                    FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new CliDataException($"{option} '{path}': {what} cannot be written there: {ex.Message}", ex);
        }
    }
}
