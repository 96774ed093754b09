using System.CommandLine;
using HrKit.Cli.CommandLine;
using HrKit.Cli.Errors;
using HrKit.Cli.Files;
using HrKit.Cli.Output;
using HrKit.Payroll.Model;
using HrKit.Payroll.Periods;
using HrKit.Payroll.Serialization;
using NodaTime;

namespace HrKit.Cli.Commands;

/// <summary>
/// <c>hrkit payroll retro</c>: recompute closed months with corrected inputs (or a corrected policy or contribution
/// table from <c>--from</c>) and pay the difference in the open month, printing each employee's retro lines.
/// </summary>
internal static class PayrollRetroCommand
{
    public static Command Create(CliConsole console, IClock clock)
    {
        var periods = new PeriodOptions();
        var month = CliOptions.Month("--month", "The open month that pays the difference.");
        var input = CliOptions.File("--input", "Corrected inputs of closed months (same format as payroll run): a backdated raise, overtime approved late.");
        var from = CliOptions.Month("--from", "Recalculate every employee from this month (with --policy/--contributions corrected), not only the corrected ones.", required: false);
        var reason = new Option<string>("--reason") { Description = "Why the months are corrected; recorded and quoted on every retro line.", Required = true, HelpName = "TEXT" };
        var policy = CliOptions.File("--policy", "Pay policy JSON file (default: the built-in China mainland policy).");
        var contributions = CliOptions.Contributions();
        var command = new Command("retro", "Recalculate closed months and pay the difference in the open month as explained retro lines (original, recalculated, delta).")
        {
            month, input, from, reason, policy, contributions,
        };
        periods.AddTo(command, withActor: true);
        command.Validators.Add(result =>
        {
            if (result.GetValue(input) is null && result.GetResult(from) is null)
            {
                result.AddError("retro needs corrected inputs (--input FILE) or the month to recalculate everyone from (--from YYYY-MM)");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var engine = PayrollRunCommand.BuildEngine(parse.GetValue(policy), parse.GetValue(contributions));
            var corrections = parse.GetValue(input) is { } path ? await ReadCorrectionsAsync(path, ct).ConfigureAwait(false) : [];
            var audit = await AuditLogFile.OpenAsync(parse.GetValue(periods.AuditDb), periods.AuditDb.Name, clock, ct).ConfigureAwait(false);
            await using (audit.ConfigureAwait(false))
            {
                var service = await PayrollCloseCommands.OpenAsync(parse, periods, clock, ct, engine, audit.Log).ConfigureAwait(false);
                await using (service.Store.ConfigureAwait(false))
                {
                    var settlements = new List<RetroSettlement>();
                    var summary = await service.RetroAsync(new RetroRequest(parse.GetRequiredValue(periods.Company), parse.GetValue(month), parse.GetRequiredValue(periods.Actor), parse.GetRequiredValue(reason))
                    {
                        Corrections = corrections,
                        From = parse.GetResult(from) is null ? null : parse.GetValue(from),
                        OnSettlement = s => StoredPayslipText.WriteSettlement(console.Out, s),
                    }, ct).ConfigureAwait(false);
                    await console.Error.WriteLineAsync(
                        $"retro: {summary.EmployeesRecalculated} employee(s) recalculated, {summary.Settlements} with a difference, {summary.MonthsRecalculated} month(s) superseded; {summary.SettlementPayslipsUpdated} payslip(s) of {parse.GetValue(month).Year:D4}-{parse.GetValue(month).Month:D2} updated (others get it when the month is run).").ConfigureAwait(false);
                    return CliApp.Ok;
                }
            }
        });
        return command;
    }

    // Corrections are few (the employee-months corrected); any unreadable record refuses the whole retro.
    private static async Task<List<EmployeeMonthInput>> ReadCorrectionsAsync(string path, CancellationToken ct)
    {
        using var stream = InputFile.Open(path, "--input");
        var list = new List<EmployeeMonthInput>();
        await foreach (var record in PayrollJson.ReadInputsAsync(stream, InputFile.IsJsonLines(path), ct).ConfigureAwait(false))
        {
            if (record.Input is null)
            {
                throw new CliDataException($"--input {path}: record {record.Index + 1}{(record.Line is { } l ? $", line {l}" : "")}: {record.Error}; nothing was recalculated.");
            }

            list.Add(record.Input);
        }

        return list;
    }
}
