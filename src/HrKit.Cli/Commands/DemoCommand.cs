using HrKit.Cli.Output;
using HrKit.Integration.Pipelines;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Payroll.Reports;
using HrKit.Payroll.Serialization;
using HrKit.Points;

namespace HrKit.Cli.Commands;

/// <summary>
/// <c>hrkit demo</c>: the main job on built-in sample data. The points sample runs on an embedded SQLite ledger,
/// its learning bonus factors feed the performance input of June 2025's payroll for a 12-person company in four
/// cities (points → performance → pay), then an explained payslip and the company reports are printed.
/// </summary>
internal static class DemoCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = CliArguments.Parse(args, ["db"]);
        var learning = await PointsDemo.RunAsync(a.Get("db"), stdout).ConfigureAwait(false);

        await stdout.WriteLineAsync("== Payroll for June 2025 (docs/samples/payroll-company.json, learning factors from points) ==").ConfigureAwait(false);
        List<PayrollInputRecord> records;
        using (var stream = Samples.Open("payroll-company.json"))
        {
            records = PayrollJson.ReadInputs(stream).ToList();
        }

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
