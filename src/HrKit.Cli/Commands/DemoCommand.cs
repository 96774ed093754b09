using HrKit.Cli.Output;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Reports;
using HrKit.Payroll.Serialization;

namespace HrKit.Cli.Commands;

/// <summary>
/// <c>hrkit demo</c>: the main job on built-in sample data — a month of payroll for a 12-person company in four
/// cities with an explained payslip and the company reports, then the points system on an embedded SQLite ledger.
/// </summary>
internal static class DemoCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = CliArguments.Parse(args, ["db"]);
        await stdout.WriteLineAsync("== HrKit demo: payroll for June 2025 (docs/samples/payroll-company.json) ==").ConfigureAwait(false);
        List<PayrollInputRecord> records;
        using (var stream = Samples.Open("payroll-company.json"))
        {
            records = PayrollJson.ReadInputs(stream).ToList();
        }

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

        var points = await PointsDemo.RunAsync(a.Get("db"), stdout, stderr).ConfigureAwait(false);
        return errors.Count == 0 && points == CliApp.Ok ? CliApp.Ok : CliApp.InvalidInput;
    }
}
