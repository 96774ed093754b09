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
        var month = CliOptions.Month("--month", CliStrings.Get("Help.Payroll.Retro.Month"));
        var input = CliOptions.File("--input", CliStrings.Get("Help.Payroll.Retro.Input"));
        var from = CliOptions.Month("--from", CliStrings.Get("Help.Payroll.Retro.From"), required: false);
        var reason = new Option<string>("--reason") { Description = CliStrings.Get("Help.Payroll.Retro.Reason"), Required = true, HelpName = "TEXT" };
        var policy = CliOptions.File("--policy", CliStrings.Get("Help.Payroll.Policy.File"));
        var contributions = CliOptions.Contributions();
        var command = new Command("retro", CliStrings.Get("Help.Payroll.Retro"))
        {
            month, input, from, reason, policy, contributions,
        };
        periods.AddTo(command, withActor: true);
        command.Validators.Add(result =>
        {
            if (result.GetValue(input) is null && result.GetResult(from) is null)
            {
                result.AddError(CliStrings.Get("Usage.Retro.NeedsInput"));
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
                    await console.Error.WriteLineAsync(CliStrings.Format("Payroll.Retro.Summary", summary.EmployeesRecalculated, summary.Settlements, summary.MonthsRecalculated,
                        summary.SettlementPayslipsUpdated, NodaTime.Text.YearMonthPattern.Iso.Format(parse.GetValue(month)))).ConfigureAwait(false);
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
                // The reader's message already names the line or element.
                throw new CliDataException(CliStrings.Format("Err.Retro.BadRecord", path, record.Error));
            }

            list.Add(record.Input);
        }

        return list;
    }
}
