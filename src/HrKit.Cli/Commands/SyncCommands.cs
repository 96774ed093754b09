using System.CommandLine;
using HrKit.Cli.CommandLine;
using HrKit.Cli.Errors;
using HrKit.Cli.Files;
using HrKit.Cli.Progress;
using HrKit.Integration;
using HrKit.Payroll;
using HrKit.Payroll.Model;
using HrKit.Payroll.Serialization;
using NodaTime;

namespace HrKit.Cli.Commands;

/// <summary>
/// <c>hrkit sync attendance</c>: check-ins from a JSON Lines file → reconciliation report, points in a SQLite ledger,
/// and the payroll input file with each employee's attendance and overtime filled in from the check-ins. Every output
/// (ledger, <c>--out</c>) is checked and every input read before the sync; nothing is posted or written unless the
/// month passes <see cref="SyncVerdict"/>.
/// </summary>
internal static class SyncCommands
{
    private sealed record Settings(
        string CheckIns, string Payroll, YearMonth Month, string Database, string? Out, Action<IntegrationOptions> Calendar, decimal MaxErrorRate, bool Quiet);

    public static Command Create(CliConsole console, GlobalOptions global) =>
        new("sync", CliStrings.Get("Help.Sync")) { CreateAttendance(console, global) };

    private static Command CreateAttendance(CliConsole console, GlobalOptions global)
    {
        var checkIns = CliOptions.File("--checkins", CliStrings.Get("Help.Sync.CheckIns"), required: true);
        var payroll = CliOptions.File("--payroll", CliStrings.Get("Help.Sync.Payroll"), required: true);
        var month = CliOptions.Month("--month", CliStrings.Get("Help.Sync.Month"));
        var db = new Option<string>("--db")
        {
            Description = CliStrings.Get("Help.Sync.Db"),
            HelpName = "FILE",
            DefaultValueFactory = _ => "hrkit-points.db",
        };
        var holidays = CliOptions.Dates("--holidays", CliStrings.Get("Help.Sync.Holidays"));
        var makeUp = CliOptions.Dates("--makeup-workdays", CliStrings.Get("Help.Sync.MakeUp"));
        var restDays = CliOptions.Dates("--rest-days", CliStrings.Get("Help.Sync.RestDays"));
        var output = CliOptions.File("--out", CliStrings.Get("Help.Sync.Out"));
        var maxErrorRate = CliOptions.MaxErrorRate(CliStrings.Get("Help.Sync.Records"));
        var command = new Command("attendance", CliStrings.Get("Help.Sync.Attendance"))
        {
            checkIns, payroll, month, db, holidays, makeUp, restDays, output, maxErrorRate,
        };
        command.SetAction((parse, cancellationToken) => AttendanceAsync(console, new Settings(
            parse.GetRequiredValue(checkIns), parse.GetRequiredValue(payroll), parse.GetRequiredValue(month), parse.GetRequiredValue(db), parse.GetValue(output),
            CheckInSync.Calendar(parse.GetRequiredValue(holidays), parse.GetRequiredValue(makeUp), parse.GetRequiredValue(restDays)),
            parse.GetValue(maxErrorRate), parse.GetValue(global.Quiet)), cancellationToken));
        return command;
    }

    private static async Task<int> AttendanceAsync(CliConsole console, Settings settings, CancellationToken cancellationToken)
    {
        // Outputs first, then inputs: a wrong path fails here, before anything is read, posted or written.
        LedgerPath.EnsureWritable(settings.Database, "--db");
        var file = settings.Out is null ? null : OutputFile.Create(settings.Out, "--out");
        try
        {
            InputFile.EnsureReadable(settings.CheckIns, "--checkins");
            var records = ReadPayroll(settings.Payroll);
            PayrollRoster.EnsureOnePerEmployee(records, "--payroll", settings.Payroll);

            var sync = new MonthSync(settings.CheckIns, () => InputFile.Open(settings.CheckIns, "--checkins"), settings.Month, records, settings.Database,
                settings.Calendar, settings.MaxErrorRate);
            var wanted = ProgressDisplay.IsWanted(console, settings.Quiet, resultsToFile: false);
            var result = await ProgressDisplay.RunAsync(console, wanted, () => CliStrings.Get("Progress.Sync"),
                () => sync.RunAsync(console, file is null ? null : merged => WriteInputsAsync(file, merged), cancellationToken)).ConfigureAwait(false);
            if (result is null)
            {
                return CliApp.InvalidInput;
            }

            if (file is not null)
            {
                await file.CommitAsync().ConfigureAwait(false);
                await console.Out.WriteLineAsync(CliStrings.Format("Sync.Written", settings.Out)).ConfigureAwait(false);
            }

            return CliApp.Ok;
        }
        finally
        {
            if (file is not null)
            {
                await file.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static List<PayrollInputRecord> ReadPayroll(string path)
    {
        using var stream = InputFile.Open(path, "--payroll");
        try
        {
            return [.. PayrollJson.ReadInputs(stream, InputFile.IsJsonLines(path))];
        }
        catch (PayrollDataException ex)
        {
            throw new CliDataException($"--payroll {path}: {ex.GetMessage()}", ex);
        }
    }

    // JSON Lines: one employee-month per line, read back by 'hrkit payroll run --input FILE.jsonl'.
    private static async Task WriteInputsAsync(OutputFile file, List<PayrollInputRecord> merged)
    {
        foreach (var input in merged.Select(r => r.Input).OfType<EmployeeMonthInput>())
        {
            await file.Writer.WriteLineAsync(PayrollJson.Serialize(input)).ConfigureAwait(false);
        }
    }
}
