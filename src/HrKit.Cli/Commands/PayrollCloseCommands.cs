using System.CommandLine;
using HrKit.Audit;
using HrKit.Cli.CommandLine;
using HrKit.Cli.Files;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Periods;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Cli.Commands;

/// <summary><c>hrkit payroll close | reopen</c>: lock a month, or open it again with a recorded reason.</summary>
internal static class PayrollCloseCommands
{
    public static Command CreateClose(CliConsole console, IClock clock)
    {
        var periods = new PeriodOptions();
        var month = CliOptions.Month("--month", CliStrings.Get("Help.Payroll.Close.Month"));
        var command = new Command("close", CliStrings.Get("Help.Payroll.Close")) { month };
        periods.AddTo(command, withActor: true);
        command.SetAction(async (parse, ct) =>
        {
            var audit = await AuditLogFile.OpenAsync(parse.GetValue(periods.AuditDb), periods.AuditDb.Name, clock, ct).ConfigureAwait(false);
            await using (audit.ConfigureAwait(false))
            {
                var service = await OpenAsync(parse, periods, clock, ct, audit: audit.Log).ConfigureAwait(false);
                await using (service.Store.ConfigureAwait(false))
                {
                    var m = parse.GetValue(month);
                    await service.CloseAsync(parse.GetRequiredValue(periods.Company), m, parse.GetRequiredValue(periods.Actor), ct).ConfigureAwait(false);
                    await console.Out.WriteLineAsync(CliStrings.Format("Payroll.Closed", YearMonthPattern.Iso.Format(m))).ConfigureAwait(false);
                    return CliApp.Ok;
                }
            }
        });
        return command;
    }

    public static Command CreateReopen(CliConsole console, IClock clock)
    {
        var periods = new PeriodOptions();
        var month = CliOptions.Month("--month", CliStrings.Get("Help.Payroll.Reopen.Month"));
        var reason = new Option<string>("--reason") { Description = CliStrings.Get("Help.Payroll.Reopen.Reason"), Required = true, HelpName = "TEXT" };
        var command = new Command("reopen", CliStrings.Get("Help.Payroll.Reopen")) { month, reason };
        periods.AddTo(command, withActor: true);
        command.SetAction(async (parse, ct) =>
        {
            var audit = await AuditLogFile.OpenAsync(parse.GetValue(periods.AuditDb), periods.AuditDb.Name, clock, ct).ConfigureAwait(false);
            await using (audit.ConfigureAwait(false))
            {
                var service = await OpenAsync(parse, periods, clock, ct, audit: audit.Log).ConfigureAwait(false);
                await using (service.Store.ConfigureAwait(false))
                {
                    var m = parse.GetValue(month);
                    await service.ReopenAsync(parse.GetRequiredValue(periods.Company), m, parse.GetRequiredValue(periods.Actor), parse.GetRequiredValue(reason), ct).ConfigureAwait(false);
                    await console.Out.WriteLineAsync(CliStrings.Format("Payroll.Reopened", YearMonthPattern.Iso.Format(m))).ConfigureAwait(false);
                    return CliApp.Ok;
                }
            }
        });
        return command;
    }

    /// <summary>The service on an existing store; queries and locks never create one.</summary>
    internal static async Task<PayrollPeriodService> OpenAsync(ParseResult parse, PeriodOptions periods, IClock clock, CancellationToken ct, PayrollEngine? engine = null,
        IAuditLog? audit = null)
    {
        var store = await PeriodStoreFile.OpenAsync(parse.GetRequiredValue(periods.Db), create: false, ct).ConfigureAwait(false);
        return new PayrollPeriodService(store, engine ?? new PayrollEngineBuilder().Build(), clock, audit);
    }
}
