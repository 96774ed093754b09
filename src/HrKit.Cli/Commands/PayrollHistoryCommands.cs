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
        var year = new Option<int>("--year") { Description = CliStrings.Get("Help.Payroll.History.Year"), Required = true, HelpName = "YYYY" };
        var format = CliOptions.Format("table", "jsonl");
        var command = new Command("history", CliStrings.Get("Help.Payroll.History")) { employee, year, format };
        periods.AddTo(command, withActor: false);
        command.SetAction(async (parse, ct) =>
        {
            var service = await PayrollCloseCommands.OpenAsync(parse, periods, clock, ct).ConfigureAwait(false);
            await using (service.Store.ConfigureAwait(false))
            {
                var count = await WriteAsync(console, parse.GetRequiredValue(format),
                    service.EmployeeHistoryAsync(parse.GetRequiredValue(periods.Company), parse.GetRequiredValue(employee), parse.GetValue(year), ct), ct).ConfigureAwait(false);
                return await NothingFoundAsync(console, count, CliStrings.Format("Payroll.History.None", parse.GetRequiredValue(employee), parse.GetValue(year))).ConfigureAwait(false);
            }
        });
        return command;
    }

    public static Command CreateRegister(CliConsole console, IClock clock)
    {
        var periods = new PeriodOptions();
        var month = CliOptions.Month("--month", CliStrings.Get("Help.Payroll.Register.Month"));
        var format = CliOptions.Format("table", "jsonl");
        var command = new Command("register", CliStrings.Get("Help.Payroll.Register")) { month, format };
        periods.AddTo(command, withActor: false);
        command.SetAction(async (parse, ct) =>
        {
            var service = await PayrollCloseCommands.OpenAsync(parse, periods, clock, ct).ConfigureAwait(false);
            await using (service.Store.ConfigureAwait(false))
            {
                var m = parse.GetValue(month);
                var status = await service.Store.GetStatusAsync(parse.GetRequiredValue(periods.Company), m, ct).ConfigureAwait(false);
                await console.Error.WriteLineAsync(CliStrings.Format(status == PeriodStatus.Closed ? "Payroll.Register.Closed" : "Payroll.Register.Open", YearMonthPattern.Iso.Format(m))).ConfigureAwait(false);
                var count = await WriteAsync(console, parse.GetRequiredValue(format), service.RegisterAsync(parse.GetRequiredValue(periods.Company), m, ct), ct).ConfigureAwait(false);
                return await NothingFoundAsync(console, count, CliStrings.Format("Payroll.Register.None", YearMonthPattern.Iso.Format(m))).ConfigureAwait(false);
            }
        });
        return command;
    }

    public static Command CreateYearToDate(CliConsole console, IClock clock)
    {
        var periods = new PeriodOptions();
        var employee = Employee();
        var month = CliOptions.Month("--month", CliStrings.Get("Help.Payroll.Ytd.Month"));
        var command = new Command("ytd", CliStrings.Get("Help.Payroll.Ytd")) { employee, month };
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
                    return await NothingFoundAsync(console, 0, CliStrings.Format("Payroll.Ytd.None", id, YearMonthPattern.Iso.Format(parse.GetValue(month)))).ConfigureAwait(false);
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
        var from = CliOptions.Month("--from", CliStrings.Get("Help.Payroll.Report.From"));
        var to = CliOptions.Month("--to", CliStrings.Get("Help.Payroll.Report.To"));
        var command = new Command("report", CliStrings.Get("Help.Payroll.Report")) { from, to };
        periods.AddTo(command, withActor: false);
        command.Validators.Add(result =>
        {
            if (result.GetValue(to).CompareTo(result.GetValue(from)) < 0)
            {
                result.AddError(CliStrings.Get("Usage.ToBeforeFrom"));
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
                    return await NothingFoundAsync(console, 0, CliStrings.Get("Payroll.Report.None")).ConfigureAwait(false);
                }

                await console.Out.WriteLineAsync(CliStrings.Format("Payroll.Report.Range", report.Payslips, YearMonthPattern.Iso.Format(parse.GetValue(from)), YearMonthPattern.Iso.Format(parse.GetValue(to)))).ConfigureAwait(false);
                PayslipText.WriteReport(console.Out, report, HrKit.Payroll.Localization.PayrollLocalizer.Current);
                return CliApp.Ok;
            }
        });
        return command;
    }

    private static Option<string> Employee() => new("--employee") { Description = CliStrings.Get("Help.EmployeeId"), Required = true, HelpName = "ID" };

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

        await console.Error.WriteLineAsync(CliStrings.Format("Cli.ErrorLine", message)).ConfigureAwait(false);
        return CliApp.InvalidInput;
    }
}
