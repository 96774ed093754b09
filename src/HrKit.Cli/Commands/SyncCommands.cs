using System.Globalization;
using HrKit.Cli.Output;
using HrKit.Integration.DependencyInjection;
using HrKit.Payroll;
using HrKit.Payroll.Serialization;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Cli.Commands;

/// <summary>
/// <c>hrkit sync attendance</c>: check-ins from a JSON Lines file → reconciliation report, points in a SQLite ledger,
/// and the payroll input file with each employee's attendance and overtime filled in from the check-ins.
/// </summary>
internal static class SyncCommands
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var sub = args.Length > 0 ? args[0] : throw new CliUsageException("'hrkit sync' needs a command: attendance.");
        return sub switch
        {
            "attendance" => await AttendanceAsync(
                CliArguments.Parse(args[1..], ["checkins", "payroll", "month", "db", "holidays", "makeup-workdays", "rest-days", "out"]), stdout, stderr).ConfigureAwait(false),
            _ => throw new CliUsageException($"unknown sync command '{sub}'; use attendance."),
        };
    }

    private static async Task<int> AttendanceAsync(CliArguments a, TextWriter stdout, TextWriter stderr)
    {
        var checkIns = a.Require("checkins");
        var payrollPath = a.Require("payroll");
        var month = ParseMonth(a.Require("month"));
        var calendar = Calendar(a.Get("holidays"), a.Get("makeup-workdays"), a.Get("rest-days"));
        var db = a.Get("db") ?? "hrkit-points.db";
        if (!File.Exists(checkIns))
        {
            await stderr.WriteLineAsync($"error: --checkins: file '{checkIns}' does not exist.").ConfigureAwait(false);
            return CliApp.InvalidInput;
        }

        List<PayrollInputRecord> records;
        try
        {
            using var stream = File.OpenRead(payrollPath);
            records = PayrollJson.ReadInputs(stream, payrollPath.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)).ToList();
        }
        catch (Exception ex) when (ex is PayrollDataException or IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync("error: --payroll: " + ex.Message).ConfigureAwait(false);
            return CliApp.InvalidInput;
        }

        var (sync, merged) = await CheckInSync.RunAsync(() => File.OpenRead(checkIns), month, records, db, calendar).ConfigureAwait(false);
        await SyncFormatter.WriteAsync(stdout, sync).ConfigureAwait(false);
        if (a.Get("out") is { } outPath)
        {
            // JSON Lines: one employee-month per line, read back by 'hrkit payroll run --input FILE.jsonl'.
            await File.WriteAllLinesAsync(outPath, merged.Select(r => r.Input).OfType<HrKit.Payroll.Model.EmployeeMonthInput>().Select(PayrollJson.Serialize)).ConfigureAwait(false);
            await stdout.WriteLineAsync($"payroll inputs with synced attendance written to {outPath}").ConfigureAwait(false);
        }

        foreach (var bad in records.Where(r => r.Error is not null))
        {
            await stderr.WriteLineAsync($"rejected payroll record {bad.Index}: {bad.Error}").ConfigureAwait(false);
        }

        return sync.Report.IsComplete && records.All(r => r.Error is null) ? CliApp.Ok : CliApp.InvalidInput;
    }

    // Dates are parsed here, before anything runs, so a typo is a usage error rather than a half-done sync.
    internal static Action<IntegrationOptions> Calendar(string? holidays, string? makeUpWorkdays, string? restDays)
    {
        var (h, m, r) = (Dates(holidays, "holidays"), Dates(makeUpWorkdays, "makeup-workdays"), Dates(restDays, "rest-days"));
        return o =>
        {
            h.ForEach(o.StatutoryHolidays.Add);
            m.ForEach(o.MakeUpWorkdays.Add);
            r.ForEach(o.ShiftedRestDays.Add);
        };
    }

    private static List<LocalDate> Dates(string? list, string option) =>
        [.. (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(text =>
            LocalDatePattern.Iso.Parse(text) is { Success: true } parsed
                ? parsed.Value
                : throw new CliUsageException($"--{option}: '{text}' is not a date like 2025-06-02."))];

    private static YearMonth ParseMonth(string text)
    {
        var parsed = YearMonthPattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw new CliUsageException($"--month: '{text}' is not a month like 2025-06.");
    }
}
