using HrKit.Cli.Errors;

namespace HrKit.Cli.Files;

/// <summary>Checks a SQLite database path (points ledger, payroll period store) before anything is written to it.</summary>
internal static class LedgerPath
{
    /// <summary>
    /// Fails unless the ledger file can be opened for writing, or created in an existing, writable folder; the message
    /// calls the file <paramref name="what"/> (in the run's language; the points ledger when null).
    /// </summary>
    /// <exception cref="CliDataException">The folder is missing or read-only, or the path is a folder.</exception>
    public static void EnsureWritable(string path, string option, string? what = null, string example = "hrkit-points.db")
    {
        what ??= CliStrings.Get("Noun.PointsLedger");
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
            throw new CliDataException(CliStrings.Format("Err.NotWritable", option, path, what, ex.Message), ex);
        }
    }
}
