using System.CommandLine;
using HrKit.Cli.CommandLine;
using HrKit.Cli.Errors;
using HrKit.Cli.Files;
using HrKit.Cli.Output;
using HrKit.Cli.Progress;
using HrKit.Payroll;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using HrKit.Payroll.Reports;
using HrKit.Payroll.Serialization;
using NodaTime;

namespace HrKit.Cli.Commands;

/// <summary>
/// <c>hrkit payroll run</c>: pays every record of an input file, streaming from the input to the output so memory does
/// not grow with the number of employees. Policy, contribution table and output file are opened first: a mistake in any
/// of them fails the command before a single record is read.
/// </summary>
internal static class PayrollRunCommand
{
    internal sealed record Settings(
        string Input, string? Policy, string? Contributions, string Format, string? Out, bool Report, bool Explain, decimal MaxErrorRate, bool Quiet)
    {
        /// <summary>With <c>--db</c>: the period store, company, month and actor of a stored run.</summary>
        public PayrollStoreRun.Target? Store { get; init; }
    }

    public static Command Create(CliConsole console, IClock clock, GlobalOptions global)
    {
        var input = CliOptions.File("--input", "Payroll input: JSON ({\"employees\": [...]} or an array) or JSON Lines (.jsonl), docs/payroll-input.md.", required: true);
        var policy = CliOptions.File("--policy", "Pay policy JSON file (default: the built-in China mainland policy).");
        var contributions = CliOptions.Contributions();
        var format = CliOptions.Format("table", "json", "csv", "jsonl");
        var output = CliOptions.File("--out", "Write the payslips to FILE instead of stdout (replaced whole only when the run finishes).");
        var report = new Option<bool>("--report") { Description = "After the table: pay structure, department costs and overtime share (table format)." };
        var explain = new Option<bool>("--explain") { Description = "Each payslip with every line explained, instead of the table (table format)." };
        var maxErrorRate = CliOptions.MaxErrorRate("input records");
        var periods = new PeriodOptions(dbRequired: false);
        var month = CliOptions.Month("--month", "With --db: the month to run; every record must be of it. Without it the file may hold several months, run in month order.", required: false);
        var command = new Command("run", "Pay every employee-month of an input file; rejected records are listed on stderr by record, line and field. With --db, months are stored and each employee's year-to-date is read from the previous month.")
        {
            input, policy, contributions, format, output, report, explain, maxErrorRate, month,
        };
        periods.AddTo(command, withActor: true);
        command.Validators.Add(result =>
        {
            if ((result.GetValue(format) ?? "table") != "table" && (result.GetValue(report) || result.GetValue(explain)))
            {
                result.AddError("--report and --explain print text: use them with --format table");
            }

            if (result.GetValue(periods.Db) is null && result.GetResult(month) is not null)
            {
                result.AddError("--month needs --db: without a period store every record carries its own yearToDate");
            }

            if (result.GetValue(periods.Db) is not null && result.GetValue(report))
            {
                result.AddError("--report with --db: run the month, then 'hrkit payroll report --db FILE --from YYYY-MM --to YYYY-MM'");
            }
        });
        command.SetAction((parse, cancellationToken) =>
        {
            var settings = new Settings(
                parse.GetRequiredValue(input), parse.GetValue(policy), parse.GetValue(contributions), parse.GetRequiredValue(format), parse.GetValue(output),
                parse.GetValue(report), parse.GetValue(explain), parse.GetValue(maxErrorRate), parse.GetValue(global.Quiet));
            return parse.GetValue(periods.Db) is { } db
                ? PayrollStoreRun.RunAsync(console, clock, settings with
                {
                    Store = new(db, parse.GetRequiredValue(periods.Company), parse.GetResult(month) is not null ? parse.GetValue(month) : null, parse.GetRequiredValue(periods.Actor)),
                }, cancellationToken)
                : RunAsync(console, settings, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, Settings settings, CancellationToken cancellationToken)
    {
        var engine = BuildEngine(settings.Policy, settings.Contributions);
        using var input = InputFile.Open(settings.Input, "--input");
        var file = settings.Out is { } outPath ? OutputFile.Create(outPath, "--out") : null;
        var stream = new PayrollStream(engine, settings.Input);
        var provisional = new ProvisionalTally();
        long paid;
        try
        {
            var writer = file?.Writer ?? console.Out;
            var records = PayrollJson.ReadInputs(input, InputFile.IsJsonLines(settings.Input));
            var wanted = ProgressDisplay.IsWanted(console, settings.Quiet, file is not null);
            paid = await ProgressDisplay.RunAsync(console, wanted,
                () => $"payroll run: {stream.Read:N0} records read, {stream.Rejected:N0} rejected",
                () => Task.FromResult(Write(settings, writer, console, stream, provisional, records, cancellationToken))).ConfigureAwait(false);
            if (file is not null)
            {
                await file.CommitAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            if (file is not null)
            {
                await file.DisposeAsync().ConfigureAwait(false);
            }
        }

        var read = stream.Read;
        await console.Error.WriteLineAsync(CliStrings.Format("Cli.Run.Summary", paid, stream.Rejected, read,
            settings.Out is null ? "" : CliStrings.Format("Cli.Run.WrittenTo", settings.Out))).ConfigureAwait(false);
        await WarnProvisionalAsync(console, settings, provisional).ConfigureAwait(false);
        if (read == 0)
        {
            await console.Error.WriteLineAsync(CliStrings.Format("Cli.Run.NoRecords", settings.Input)).ConfigureAwait(false);
            return CliApp.InvalidInput;
        }

        return DataQuality.Allows(stream.Rejected, read, settings.MaxErrorRate) ? CliApp.Ok : await DataQuality.RefuseAsync(
            console.Error, $"{stream.Rejected} of {read} records rejected", settings.MaxErrorRate).ConfigureAwait(false);
    }

    // Synchronous on purpose: the engine and the report builder consume plain enumerables, and this runs off the
    // caller's thread when a progress display is shown.
    private static long Write(Settings settings, TextWriter writer, CliConsole console, PayrollStream stream, ProvisionalTally provisional,
        IEnumerable<PayrollInputRecord> records, CancellationToken cancellationToken)
    {
        var sink = CreateSink(settings, writer, provisional);
        try
        {
            long paid = 0;
            var payslips = stream.Pay(records, rejection =>
            {
                sink.Reject(rejection);
                console.Error.WriteLine(CliStrings.Format("Cli.Rejected", rejection));
            }, cancellationToken).Select(slip =>
            {
                provisional.Add(slip);
                sink.Write(slip);
                paid++;
                return slip;
            });
            PayrollReport? report = null;
            if (settings.Report)
            {
                report = new PayrollReportBuilder().Build(payslips);
            }
            else
            {
                foreach (var _ in payslips)
                {
                }
            }

            sink.Complete(report);
            writer.Flush();
            return paid;
        }
        finally
        {
            (sink as IDisposable)?.Dispose();
        }
    }

    // The table explains provisional months after itself (or in the report's alerts); json, jsonl and csv carry them
    // per payslip, so stderr says once per city and month why the field is set.
    private static async Task WarnProvisionalAsync(CliConsole console, Settings settings, ProvisionalTally provisional)
    {
        if (provisional.Payslips == 0)
        {
            return;
        }

        if (settings.Format == "table")
        {
            await console.Error.WriteLineAsync($"warning: {provisional.Payslips} payslip(s) with provisional contributions; see {(settings.Report ? "the report's alerts" : "the note after the payslips")}.").ConfigureAwait(false);
            return;
        }

        foreach (var line in provisional.Lines())
        {
            await console.Error.WriteLineAsync("warning: provisional contributions: " + line).ConfigureAwait(false);
        }
    }

    internal static IPayslipSink CreateSink(Settings settings, TextWriter writer, ProvisionalTally provisional) => settings.Format switch
    {
        "csv" => new CsvPayslipSink(writer),
        "json" => new JsonPayslipSink(writer),
        "jsonl" => new JsonLinesPayslipSink(writer),
        _ => new PayslipTableSink(writer, settings.Explain, provisional),
    };

    internal static PayrollEngine BuildEngine(string? policyPath, string? contributionsPath)
    {
        var builder = new PayrollEngineBuilder();
        if (policyPath is not null)
        {
            using var stream = InputFile.Open(policyPath, "--policy");
            builder.WithPolicy(Annotate(() => PayPolicyLoader.Load(stream, Path.GetFileName(policyPath)), "--policy", policyPath));
        }

        if (contributionsPath is not null)
        {
            builder.WithContributionTable(ContributionFiles.Load(contributionsPath));
        }

        return builder.Build();
    }

    private static T Annotate<T>(Func<T> load, string option, string path)
    {
        try
        {
            return load();
        }
        catch (Exception ex) when (ex is PayrollException or FormatException)
        {
            throw new CliDataException($"{option} {path}: {ex.Message}", ex);
        }
    }
}
