using HrKit.Cli.Output;
using HrKit.Integration.Pipelines;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Payroll.Reports;
using HrKit.Payroll.Serialization;
using HrKit.Points;

namespace HrKit.Cli.Commands;

/// <summary>
/// <c>hrkit demo</c>: the main job on built-in sample data. The points sample runs on an embedded SQLite ledger; the
/// month's check-ins are synced into attendance, overtime and points; the learning bonus factors and the synced
/// attendance feed June 2025's payroll for a 12-person company in four cities (check-ins and points → pay), then an
/// explained payslip and the company reports are printed.
/// </summary>
internal static class DemoCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = CliArguments.Parse(args, ["db"]);
        var db = a.Get("db") ?? Path.Combine(Path.GetTempPath(), "hrkit-demo-points.db");
        var learning = await PointsDemo.RunAsync(db, stdout).ConfigureAwait(false);

        List<PayrollInputRecord> records;
        using (var stream = Samples.Open("payroll-company.json"))
        {
            records = PayrollJson.ReadInputs(stream).ToList();
        }

        // Check-ins → attendance and overtime for payroll, check-in and attendance points into the same ledger.
        // 2 June 2025 is the weekday rest day of the Dragon Boat Festival arrangement (国办发明电〔2024〕12号).
        await stdout.WriteLineAsync("== Attendance sync: docs/samples/checkins-2025-06.jsonl through HrKit.Integration ==").ConfigureAwait(false);
        var (sync, synced) = await CheckInSync.RunAsync(
            () => Samples.Open("checkins-2025-06.jsonl"), PointsSamples.SampleMonth, records, db, SyncCommands.Calendar(null, null, "2025-06-02")).ConfigureAwait(false);
        records = synced;
        await SyncFormatter.WriteAsync(stdout, sync).ConfigureAwait(false);
        await stdout.WriteLineAsync().ConfigureAwait(false);

        await stdout.WriteLineAsync("== Payroll for June 2025 (docs/samples/payroll-company.json, attendance from check-ins, learning factors from points) ==").ConfigureAwait(false);

        // Points → performance through the library step a host would call, so the demo shows the real path.
        var applied = new Queue<EmployeeMonthInput>(LearningBonusPayrollPipeline.Apply(
            PointsSamples.SampleMonth, learning, [.. records.Select(r => r.Input).OfType<EmployeeMonthInput>()]).Inputs);
        records = [.. records.Select(r => r.Input is null ? r : r with { Input = applied.Dequeue() })];

        var engine = new PayrollEngineBuilder().Build();
        var (slips, errors) = PayrollCommands.Run(engine, records);
        await PayslipFormatter.WriteTableAsync(stdout, slips).ConfigureAwait(false);
        await stdout.WriteLineAsync().ConfigureAwait(false);
        await PayslipFormatter.WritePayslipAsync(stdout, slips[0]).ConfigureAwait(false);
        await stdout.WriteLineAsync().ConfigureAwait(false);
        await PayslipFormatter.WriteReportAsync(stdout, new PayrollReportBuilder().Build(slips)).ConfigureAwait(false);
        foreach (var e in errors)
        {
            await stderr.WriteLineAsync($"rejected: {e}").ConfigureAwait(false);
        }

        return errors.Count == 0 ? CliApp.Ok : CliApp.InvalidInput;
    }
}
