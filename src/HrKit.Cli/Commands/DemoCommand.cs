using System.CommandLine;
using HrKit.Cli.CommandLine;
using HrKit.Cli.Files;
using HrKit.Cli.Output;
using HrKit.Integration.Pipelines;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Payroll.Reports;
using HrKit.Payroll.Serialization;
using HrKit.Points;
using NodaTime;

namespace HrKit.Cli.Commands;

/// <summary>
/// <c>hrkit demo</c>: the main job on built-in sample data. The points sample runs on an embedded SQLite ledger; the
/// month's check-ins are synced into attendance, overtime and points; the learning bonus factors and the synced
/// attendance feed June 2025's payroll for a 12-person company in four cities (check-ins and points → pay), then an
/// explained payslip and the company reports are printed.
/// </summary>
internal static class DemoCommand
{
    // The sample check-ins hold two deliberately bad lines (0.44 %) to show how rejections are reported.
    private const decimal SampleMaxErrorRate = 0.05m;

    public static Command Create(CliConsole console, GlobalOptions global)
    {
        var db = new Option<string>("--db")
        {
            Description = CliStrings.Get("Help.Demo.Db"),
            HelpName = "PATH",
            DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "hrkit-demo-points.db"),
        };
        var command = new Command("demo", CliStrings.Get("Help.Demo")) { db };
        command.SetAction((parse, cancellationToken) => RunAsync(console, parse.GetRequiredValue(db), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string db, CancellationToken cancellationToken)
    {
        LedgerPath.EnsureWritable(db, "--db");
        var stdout = console.Out;
        var learning = await PointsDemo.RunAsync(db, stdout).ConfigureAwait(false);

        List<PayrollInputRecord> records;
        using (var stream = Samples.Open("payroll-company.json"))
        {
            records = [.. PayrollJson.ReadInputs(stream)];
        }

        // Check-ins → attendance and overtime for payroll, check-in and attendance points into the same ledger.
        // 2 June 2025 is the weekday rest day of the Dragon Boat Festival arrangement (国办发明电〔2024〕12号).
        await stdout.WriteLineAsync(CliStrings.Get("Demo.Sync")).ConfigureAwait(false);
        var sync = new MonthSync(CliStrings.Get("Demo.CheckInsName"), () => Samples.Open("checkins-2025-06.jsonl"), PointsSamples.SampleMonth, records, db,
            CheckInSync.Calendar([], [], [new LocalDate(2025, 6, 2)]), SampleMaxErrorRate);
        if (await sync.RunAsync(console, beforePosting: null, cancellationToken).ConfigureAwait(false) is not { } synced)
        {
            return CliApp.InvalidInput;
        }

        records = synced.Payroll;
        await stdout.WriteLineAsync().ConfigureAwait(false);
        await stdout.WriteLineAsync(CliStrings.Get("Demo.Payroll")).ConfigureAwait(false);

        // Points → performance through the library step a host would call, so the demo shows the real path.
        var applied = new Queue<EmployeeMonthInput>(LearningBonusPayrollPipeline.Apply(
            PointsSamples.SampleMonth, learning, [.. records.Select(r => r.Input).OfType<EmployeeMonthInput>()]).Inputs);
        var inputs = records.Select(r => r.Input is null ? null : applied.Dequeue()).OfType<EmployeeMonthInput>().ToList();

        var results = new PayrollEngineBuilder().Build().CalculateMany(inputs, cancellationToken).ToList();
        var slips = results.Where(r => r.IsSuccess).Select(r => r.Payslip!).ToList();
        var table = new PayslipTableSink(stdout, explain: false);
        slips.ForEach(table.Write);
        table.Complete(null);
        await stdout.WriteLineAsync().ConfigureAwait(false);
        PayslipText.WriteExplained(stdout, slips[0], HrKit.Payroll.Localization.PayrollLocalizer.Current);
        await stdout.WriteLineAsync().ConfigureAwait(false);
        PayslipText.WriteReport(stdout, new PayrollReportBuilder().Build(slips), HrKit.Payroll.Localization.PayrollLocalizer.Current);
        var errors = results.Where(r => !r.IsSuccess).Select(r => r.Error!).ToList();
        foreach (var e in errors)
        {
            await console.Error.WriteLineAsync(CliStrings.Format("Cli.Rejected", e)).ConfigureAwait(false);
        }

        return errors.Count == 0 ? CliApp.Ok : CliApp.InvalidInput;
    }
}
