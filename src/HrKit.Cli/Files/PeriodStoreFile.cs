using HrKit.Cli.Errors;
using HrKit.Payroll.Sqlite;
using Microsoft.Data.Sqlite;

namespace HrKit.Cli.Files;

/// <summary>Opens the SQLite payroll period store named by <c>--db</c>, with errors that name the file and the fix.</summary>
internal static class PeriodStoreFile
{
    /// <summary>Opens the store, creating it when <paramref name="create"/> is set (a run); queries need an existing one.</summary>
    /// <exception cref="CliDataException">The file is missing (for a query), cannot be created or is not a period store.</exception>
    public static async Task<SqlitePayrollPeriodStore> OpenAsync(string path, bool create, CancellationToken cancellationToken)
    {
        if (create)
        {
            LedgerPath.EnsureWritable(path, "--db", CliStrings.Get("Noun.PeriodStore"), "payroll.db");
        }
        else if (!File.Exists(path))
        {
            throw new CliDataException(CliStrings.Format("Err.NoPeriodStore", path));
        }

        var store = new SqlitePayrollPeriodStore(path);
        try
        {
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch (SqliteException ex)
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw new CliDataException(CliStrings.Format("Err.BadPeriodStore", path, ex.Message), ex);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
