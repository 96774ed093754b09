using HrKit.Cli.Errors;
using HrKit.Payroll;
using HrKit.Payroll.Jurisdictions.China;

namespace HrKit.Cli.Files;

/// <summary>The contribution table a command uses: the built-in one, with the cities of <c>--contributions</c> laid over it.</summary>
internal static class ContributionFiles
{
    /// <summary>
    /// The built-in table, or the built-in table with every city of the file or folder at <paramref name="path"/>
    /// replacing that city as a whole (<see cref="ContributionTable.ReplaceCities"/>); new cities are added.
    /// </summary>
    /// <exception cref="CliDataException">
    /// Nothing is at the path, or a file is invalid: the message names the option, the file, the JSON path and the field.
    /// </exception>
    public static ContributionTable Load(string? path, string option = "--contributions")
    {
        if (path is null)
        {
            return ContributionTable.BuiltIn;
        }

        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new CliDataException(CliStrings.Format("Err.NoContributions", option, path));
        }

        try
        {
            return ContributionTable.BuiltIn.ReplaceCities(ContributionTableLoader.LoadPath(path));
        }
        catch (PayrollDataException ex)
        {
            throw new CliDataException($"{option} {path}: {ex.GetMessage()}", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Listing the folder itself failed (the loader reports unreadable files inside it by name).
            throw new CliDataException(CliStrings.Format("Err.ContributionsUnreadable", option, path, ex.Message), ex);
        }
    }
}
