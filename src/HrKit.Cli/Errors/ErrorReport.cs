using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using HrKit.Payroll;
using HrKit.Payroll.Periods;
using HrKit.Payroll.Policies;
using HrKit.Points.Ledger;
using HrKit.Points.Policies;

namespace HrKit.Cli.Errors;

/// <summary>
/// The one place an exception becomes an exit code and an <c>error:</c> line. Data, usage and file-system errors are
/// the user's to fix and never show a stack trace; anything else is a bug in hrkit (exit 70) whose stack trace is shown
/// only with <c>--verbose</c>.
/// </summary>
internal static class ErrorReport
{
    public static async Task<int> WriteAsync(TextWriter stderr, Exception exception, bool verbose)
    {
        var (exit, message) = Describe(exception);
        await stderr.WriteLineAsync("error: " + message).ConfigureAwait(false);
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
        PayPolicyException e => (CliApp.InvalidInput, e.Message),
        PayrollDataException e => (CliApp.InvalidInput, e.Message),
        PayrollInputException e => (CliApp.InvalidInput, e.Message),
        PayrollPeriodException e => (CliApp.InvalidInput, e.Message),
        PointsPolicyException e => (CliApp.InvalidInput, e.Message),
        PointsLedgerException e => (CliApp.InvalidInput, $"points ledger refused the operation ({e.Error}): {e.Message}"),
        ArgumentException e when IsFromPoints(e) => (CliApp.InvalidInput, e.Message),
        JsonException e => (CliApp.InvalidInput, e.LineNumber is { } line ? $"malformed JSON at line {line + 1}: {e.Message}" : "malformed JSON: " + e.Message),
        FormatException e => (CliApp.InvalidInput, e.Message),
        FileNotFoundException e => (CliApp.InvalidInput, $"file '{e.FileName}' does not exist."),
        DirectoryNotFoundException e => (CliApp.InvalidInput, e.Message),
        UnauthorizedAccessException e => (CliApp.InvalidInput, "permission denied: " + e.Message),
        IOException e => (CliApp.InvalidInput, e.Message),
        DbException e => (CliApp.InvalidInput, "points ledger: " + e.Message),
        OperationCanceledException => (CliApp.Cancelled, "cancelled; nothing more was written."),
        _ => (CliApp.InternalError, $"internal error ({exception.GetType().Name}): {exception.Message} Rerun with --verbose for the details and report it."),
    };

    // HrKit.Points documents ArgumentException for ids and amounts out of its bounds (PointsBounds): that is bad input,
    // not a bug in hrkit. An ArgumentException thrown anywhere else still is one (exit 70).
    // The first frame outside the runtime is the caller of a throw helper such as ArgumentException.ThrowIfNullOrEmpty.
    private static bool IsFromPoints(ArgumentException exception) =>
        new StackTrace(exception).GetFrames()
            .Select(f => f.GetMethod()?.DeclaringType?.Assembly)
            .FirstOrDefault(a => a is not null && a != typeof(object).Assembly) == typeof(PointsLedgerException).Assembly;
}
