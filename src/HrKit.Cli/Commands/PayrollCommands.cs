using HrKit.Cli.Output;
using HrKit.Payroll;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using HrKit.Payroll.Reports;
using HrKit.Payroll.Serialization;

namespace HrKit.Cli.Commands;

/// <summary><c>hrkit payroll run | validate | policy</c>.</summary>
internal static class PayrollCommands
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var sub = args.Length > 0 ? args[0] : throw new CliUsageException("'hrkit payroll' needs a command: run, validate or policy.");
        return sub switch
        {
            "run" => await RunPayrollAsync(CliArguments.Parse(args[1..], ["input", "policy", "contributions", "format"], ["report", "explain"]), stdout, stderr).ConfigureAwait(false),
            "validate" => await ValidateAsync(CliArguments.Parse(args[1..], ["policy"]), stdout, stderr).ConfigureAwait(false),
            "policy" => await PrintPolicyAsync(stdout).ConfigureAwait(false),
            _ => throw new CliUsageException($"unknown payroll command '{sub}'; use run, validate or policy."),
        };
    }

    private static async Task<int> RunPayrollAsync(CliArguments a, TextWriter stdout, TextWriter stderr)
    {
        var format = a.Get("format") ?? "table";
        if (format is not ("table" or "json" or "csv"))
        {
            throw new CliUsageException($"--format '{format}' is not supported; use table, json or csv.");
        }

        var inputPath = a.Require("input");
        PayrollEngine engine;
        List<PayrollInputRecord> records;
        try
        {
            engine = BuildEngine(a.Get("policy"), a.Get("contributions"));
            using var stream = File.OpenRead(inputPath);
            records = PayrollJson.ReadInputs(stream, inputPath.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)).ToList();
        }
        catch (Exception ex) when (ex is PayPolicyException or PayrollDataException or IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return CliApp.InvalidInput;
        }

        var (slips, errors) = Run(engine, records);
        await WriteAsync(stdout, format, slips, errors, a.Has("explain"), a.Has("report") ? new PayrollReportBuilder() : null).ConfigureAwait(false);
        foreach (var e in errors)
        {
            await stderr.WriteLineAsync($"rejected: {e.EmployeeId}: {e.Field}: {e.Message}").ConfigureAwait(false);
        }

        await stderr.WriteLineAsync($"{slips.Count} payslips, {errors.Count} rejected, {records.Count} records read.").ConfigureAwait(false);
        return errors.Count == 0 ? CliApp.Ok : CliApp.InvalidInput;
    }

    internal static (List<Payslip> Slips, List<PayrollError> Errors) Run(PayrollEngine engine, IReadOnlyList<PayrollInputRecord> records)
    {
        var slips = new List<Payslip>();
        var errors = new List<PayrollError>();
        var parsed = records.Where(r => r.Input is not null).ToList();
        var results = engine.CalculateMany(parsed.Select(r => r.Input!)).ToList();
        var byRecord = new Dictionary<long, PayrollResult>();
        for (var i = 0; i < parsed.Count; i++)
        {
            byRecord[parsed[i].Index] = results[i];
        }

        // Keep the file's order, interleaving parse errors where they occurred.
        foreach (var record in records)
        {
            if (record.Error is { } parseError)
            {
                errors.Add(parseError);
            }
            else if (byRecord[record.Index] is { IsSuccess: true } ok)
            {
                slips.Add(ok.Payslip!);
            }
            else
            {
                errors.Add(byRecord[record.Index].Error!);
            }
        }

        return (slips, errors);
    }

    internal static async Task WriteAsync(TextWriter stdout, string format, List<Payslip> slips, List<PayrollError> errors, bool explain, PayrollReportBuilder? reports)
    {
        switch (format)
        {
            case "json":
                await PayslipFormatter.WriteJsonAsync(stdout, slips, errors).ConfigureAwait(false);
                return;
            case "csv":
                await PayslipFormatter.WriteCsvAsync(stdout, slips).ConfigureAwait(false);
                return;
        }

        await PayslipFormatter.WriteTableAsync(stdout, slips).ConfigureAwait(false);
        if (explain)
        {
            foreach (var slip in slips)
            {
                await stdout.WriteLineAsync().ConfigureAwait(false);
                await PayslipFormatter.WritePayslipAsync(stdout, slip).ConfigureAwait(false);
            }
        }

        if (reports is not null)
        {
            await stdout.WriteLineAsync().ConfigureAwait(false);
            await PayslipFormatter.WriteReportAsync(stdout, reports.Build(slips)).ConfigureAwait(false);
        }
    }

    private static PayrollEngine BuildEngine(string? policyPath, string? contributionsPath)
    {
        var builder = new PayrollEngineBuilder();
        if (policyPath is not null)
        {
            builder.WithPolicy(PayPolicyLoader.LoadFile(policyPath));
        }

        if (contributionsPath is not null)
        {
            using var stream = File.OpenRead(contributionsPath);
            builder.WithContributionOverrides(ContributionTableLoader.Load(stream).Schedules);
        }

        return builder.Build();
    }

    private static async Task<int> ValidateAsync(CliArguments a, TextWriter stdout, TextWriter stderr)
    {
        var path = a.Require("policy");
        try
        {
            var policy = PayPolicyLoader.LoadFile(path);
            await stdout.WriteLineAsync($"OK: pay policy '{policy.Name}' {policy.Version} compiles: {policy.Components.Length} components in evaluation order:").ConfigureAwait(false);
            foreach (var c in policy.Components)
            {
                await stdout.WriteLineAsync($"  {c.Code,-16} {c.Kind,-16} = {c.FormulaText}").ConfigureAwait(false);
            }

            return CliApp.Ok;
        }
        catch (PayPolicyException ex)
        {
            await stderr.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return CliApp.InvalidInput;
        }
        catch (IOException ex)
        {
            await stderr.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return CliApp.InvalidInput;
        }
    }

    private static async Task<int> PrintPolicyAsync(TextWriter stdout)
    {
        await stdout.WriteLineAsync(PayPolicyLoader.ChinaStandardJson()).ConfigureAwait(false);
        return CliApp.Ok;
    }
}
