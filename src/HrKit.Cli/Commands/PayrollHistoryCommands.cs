using System.CommandLine;
using HrKit.Cli.CommandLine;
using HrKit.Cli.Output;
using HrKit.Payroll.Model;
using HrKit.Payroll.Periods;
using HrKit.Payroll.Reports;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Cli.Commands;

/// <summary><c>hrkit payroll history | register | ytd | report</c>: what the period store holds, streamed.</summary>
internal static class PayrollHistoryCommands
{
    public static Command CreateHistory(CliConsole console, IClock clock)
    {
        var periods = new PeriodOptions();
        var employee = Employee();
        var year = new Option<int>("--year") { Description = "The tax year.", Required = true, HelpName = "YYYY" };
        var format = CliOptions.Format("table", "jsonl");
        var command = new Command("history", "An employee's payslips of a tax year, every revision: paid, superseded, recalculated by retro.") { employee, year, format };
        periods.AddTo(command, withActor: false);
        command.SetAction(async (parse, ct) =>
        {
            var service = await PayrollCloseCommands.OpenAsync(parse, periods, clock, ct).ConfigureAwait(false);
            await using (service.Store.ConfigureAwait(false))
            {
                var count = await WriteAsync(console, parse.GetRequiredValue(format),
                    service.EmployeeHistoryAsync(parse.GetRequiredValue(periods.Company), parse.GetRequiredValue(employee), parse.GetValue(year), ct), ct).ConfigureAwait(false);
                return await NothingFoundAsync(console, count, $"no payslips stored for employee '{parse.GetRequiredValue(employee)}' in {parse.GetValue(year)}").ConfigureAwait(false);
            }
        });
        return command;
    }

    public static Command CreateRegister(CliConsole console, IClock clock)
    {
        var periods = new PeriodOptions();
        var month = CliOptions.Month("--month", "The month.");
        var format = CliOptions.Format("table", "jsonl");
        var command = new Command("register", "A month's payroll register: every stored payslip of the month with its revision and status.") { month, format };
        periods.AddTo(command, withActor: false);
        command.SetAction(async (parse, ct) =>
        {
            var service = await PayrollCloseCommands.OpenAsync(parse, periods, clock, ct).ConfigureAwait(false);
            await using (service.Store.ConfigureAwait(false))
            {
                var m = parse.GetValue(month);
                var status = await service.Store.GetStatusAsync(parse.GetRequiredValue(periods.Company), m, ct).ConfigureAwait(false);
                await console.Error.WriteLineAsync($"{YearMonthPattern.Iso.Format(m)}: {(status == PeriodStatus.Closed ? "closed" : "open")}").ConfigureAwait(false);
                var count = await WriteAsync(console, parse.GetRequiredValue(format), service.RegisterAsync(parse.GetRequiredValue(periods.Company), m, ct), ct).ConfigureAwait(false);
                return await NothingFoundAsync(console, count, $"no payslips stored for {YearMonthPattern.Iso.Format(m)}").ConfigureAwait(false);
            }
        });
        return command;
    }

    public static Command CreateYearToDate(CliConsole console, IClock clock)
    {
        var periods = new PeriodOptions();
        var employee = Employee();
        var month = CliOptions.Month("--month", "The month the state is after.");
        var command = new Command("ytd", "An employee's tax year-to-date state after a month (what the next month continues from).") { employee, month };
        periods.AddTo(command, withActor: false);
        command.SetAction(async (parse, ct) =>
        {
            var service = await PayrollCloseCommands.OpenAsync(parse, periods, clock, ct).ConfigureAwait(false);
            await using (service.Store.ConfigureAwait(false))
            {
                var id = parse.GetRequiredValue(employee);
                var ytd = await service.YearToDateAsync(parse.GetRequiredValue(periods.Company), id, parse.GetValue(month), ct).ConfigureAwait(false);
                if (ytd is null)
                {
                    return await NothingFoundAsync(console, 0, $"no payslip stored for employee '{id}' in {YearMonthPattern.Iso.Format(parse.GetValue(month))}").ConfigureAwait(false);
                }

                StoredPayslipText.WriteYearToDate(console.Out, id, ytd);
                return CliApp.Ok;
            }
        });
        return command;
    }

    public static Command CreateReport(CliConsole console, IClock clock)
    {
        var periods = new PeriodOptions();
        var from = CliOptions.Month("--from", "First month of the range.");
        var to = CliOptions.Month("--to", "Last month of the range.");
        var command = new Command("report", "Pay structure, department cost and overtime share over a range of stored months (as paid).") { from, to };
        periods.AddTo(command, withActor: false);
        command.Validators.Add(result =>
        {
            if (result.GetValue(to).CompareTo(result.GetValue(from)) < 0)
            {
                result.AddError("--to is before --from");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var service = await PayrollCloseCommands.OpenAsync(parse, periods, clock, ct).ConfigureAwait(false);
            await using (service.Store.ConfigureAwait(false))
            {
                var report = await service.ReportAsync(parse.GetRequiredValue(periods.Company), parse.GetValue(from), parse.GetValue(to), new PayrollReportBuilder(), ct).ConfigureAwait(false);
                if (report.Payslips == 0)
                {
                    return await NothingFoundAsync(console, 0, "no payslips stored in that range").ConfigureAwait(false);
                }

                await console.Out.WriteLineAsync($"{report.Payslips} payslips, {YearMonthPattern.Iso.Format(parse.GetValue(from))} to {YearMonthPattern.Iso.Format(parse.GetValue(to))}").ConfigureAwait(false);
                PayslipText.WriteReport(console.Out, report, HrKit.Payroll.Localization.PayrollLocalizer.Current);
                return CliApp.Ok;
            }
        });
        return command;
    }

    private static Option<string> Employee() => new("--employee") { Description = "The employee id.", Required = true, HelpName = "ID" };

    private static async Task<long> WriteAsync(CliConsole console, string format, IAsyncEnumerable<StoredPayslip> payslips, CancellationToken ct)
    {
        long count = 0;
        await foreach (var p in payslips.WithCancellation(ct).ConfigureAwait(false))
        {
            count++;
            if (format == "jsonl")
            {
                StoredPayslipText.WriteJsonLine(console.Out, p);
            }
            else
            {
                StoredPayslipText.WriteLine(console.Out, p);
            }
        }

        return count;
    }

    private static async Task<int> NothingFoundAsync(CliConsole console, long count, string message)
    {
        if (count > 0)
        {
            return CliApp.Ok;
        }

        await console.Error.WriteLineAsync("error: " + message + ".").ConfigureAwait(false);
        return CliApp.InvalidInput;
    }
}
