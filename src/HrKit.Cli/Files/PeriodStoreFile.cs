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
            LedgerPath.EnsureWritable(path, "--db", "the payroll period store", "payroll.db");
        }
        else if (!File.Exists(path))
        {
            throw new CliDataException($"--db '{path}' does not exist; a payroll period store is created by the first 'hrkit payroll run --db {path}'.");
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
            throw new CliDataException($"--db '{path}' cannot be used as a payroll period store: {ex.Message}", ex);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
