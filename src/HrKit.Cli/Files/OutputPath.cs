using HrKit.Cli.Errors;

namespace HrKit.Cli.Files;

/// <summary>The full path and folder of an output, refused early when the folder is missing or the path is a folder.</summary>
internal static class OutputPath
{
    /// <exception cref="CliDataException">The folder does not exist, or <paramref name="path"/> is a folder.</exception>
    public static (string Full, string Folder) Resolve(string path, string option, string example)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? full;
        if (Directory.Exists(full))
        {
            throw new CliDataException(CliStrings.Format("Err.IsFolder", option, path, example));
        }

        return Directory.Exists(folder)
            ? (full, folder)
            : throw new CliDataException(CliStrings.Format("Err.NoFolder", option, path, folder));
    }
}
