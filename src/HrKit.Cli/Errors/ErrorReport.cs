using System.Data.Common;
using System.Text.Json;
using HrKit.Points.Ledger;

namespace HrKit.Cli.Errors;

/// <summary>
/// The one place an exception becomes an exit code and an <c>error:</c> line. Data, usage and file-system errors are
/// the user's to fix and never show a stack trace: every <see cref="HrKitException"/> (the documented refusals of the
/// HrKit packages, from bad input to a vendor that failed) is one of them. Anything else is a bug in hrkit (exit 70)
/// whose stack trace is shown only with <c>--verbose</c>.
/// </summary>
internal static class ErrorReport
{
    public static async Task<int> WriteAsync(TextWriter stderr, Exception exception, bool verbose)
    {
        var (exit, message) = Describe(exception);
        await stderr.WriteLineAsync(exception is HrKitException coded && CliStrings.Has("Error." + coded.ErrorCode)
            ? CliStrings.Format("Cli.ErrorLine.Coded", CliStrings.Get("Error." + coded.ErrorCode), message)
            : CliStrings.Format("Cli.ErrorLine", message)).ConfigureAwait(false);
        if (verbose && exit == CliApp.InternalError)
        {
            await stderr.WriteLineAsync(exception.ToString()).ConfigureAwait(false);
        }

        return exit;
    }

    public static (int Exit, string Message) Describe(Exception exception) => exception switch
    {
        CliUsageException e => (CliApp.Usage, e.Message),
        CliDataException e => (CliApp.InvalidInput, e.Message),
        PointsLedgerException e => (CliApp.InvalidInput, CliStrings.Format("Err.LedgerRefused", e.Error, e.GetMessage())),
        // In the run's language (--lang sets CurrentUICulture; in English exactly its Message); the line's prefix
        // carries the code's title.
        HrKitException e => (CliApp.InvalidInput, e.GetMessage()),
        JsonException e => (CliApp.InvalidInput, e.LineNumber is { } line ? CliStrings.Format("Err.JsonAtLine", line + 1, e.Message) : CliStrings.Format("Err.Json", e.Message)),
        FormatException e => (CliApp.InvalidInput, e.Message),
        FileNotFoundException e => (CliApp.InvalidInput, CliStrings.Format("Err.FileNotFound", e.FileName)),
        DirectoryNotFoundException e => (CliApp.InvalidInput, e.Message),
        UnauthorizedAccessException e => (CliApp.InvalidInput, CliStrings.Format("Err.Unauthorized", e.Message)),
        IOException e => (CliApp.InvalidInput, e.Message),
        DbException e => (CliApp.InvalidInput, CliStrings.Format("Err.Db", e.Message)),
        OperationCanceledException => (CliApp.Cancelled, CliStrings.Get("Err.Cancelled")),
        _ => (CliApp.InternalError, CliStrings.Format("Err.Internal", exception.GetType().Name, exception.Message)),
    };
}
