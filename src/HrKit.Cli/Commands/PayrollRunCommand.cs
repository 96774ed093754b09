using System.CommandLine;
using HrKit.Cli.CommandLine;
using HrKit.Cli.Errors;
using HrKit.Cli.Files;
using HrKit.Cli.Output;
using HrKit.Cli.Progress;
using HrKit.Payroll;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Excel;
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

        /// <summary><c>--report FILE</c>: the report as one HTML page (.html, .htm) or a workbook (.xlsx) instead of text.</summary>
        public string? ReportFile { get; init; }

        /// <summary><c>--strips FILE</c>: the 工资条 payslip strips (.xlsx).</summary>
        public string? Strips { get; init; }

        /// <summary><c>--points-db FILE</c>: the points ledger whose dashboard the HTML report shows.</summary>
        public string? PointsDb { get; init; }
    }

    public static Command Create(CliConsole console, IClock clock, GlobalOptions global)
    {
        var input = CliOptions.File("--input", CliStrings.Get("Help.Payroll.Run.Input"), required: true);
        var policy = CliOptions.File("--policy", CliStrings.Get("Help.Payroll.Policy.File"));
        var contributions = CliOptions.Contributions();
        var format = CliOptions.Format("table", "json", "csv", "jsonl", "xlsx");
        var output = CliOptions.File("--out", CliStrings.Get("Help.Payroll.Run.Out"));
        var report = new Option<string?>("--report")
        {
            Description = CliStrings.Get("Help.Payroll.Run.Report"),
            HelpName = "FILE",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var strips = CliOptions.File("--strips", CliStrings.Get("Help.Payroll.Run.Strips"));
        var pointsDb = CliOptions.File("--points-db", CliStrings.Get("Help.Payroll.Run.PointsDb"));
        var explain = new Option<bool>("--explain") { Description = CliStrings.Get("Help.Payroll.Run.Explain") };
        var maxErrorRate = CliOptions.MaxErrorRate(CliStrings.Get("Help.Payroll.Run.Records"));
        var periods = new PeriodOptions(dbRequired: false);
        var month = CliOptions.Month("--month", CliStrings.Get("Help.Payroll.Run.Month"), required: false);
        var command = new Command("run", CliStrings.Get("Help.Payroll.Run"))
        {
            input, policy, contributions, format, output, report, explain, maxErrorRate, month, strips, pointsDb,
        };
        periods.AddTo(command, withActor: true);
        command.Validators.Add(result =>
        {
            var reportFile = result.GetValue(report);
            var textReport = result.GetResult(report) is not null && reportFile is null;
            if ((result.GetValue(format) ?? "table") != "table" && (textReport || result.GetValue(explain)))
            {
                result.AddError(CliStrings.Get("Usage.Run.TextNeedsTable"));
            }

            if (reportFile is not null && ReportFiles.KindOf(reportFile) is null)
            {
                result.AddError(CliStrings.Format("Usage.Run.ReportKind", reportFile));
            }

            if (result.GetValue(strips) is { } stripsFile && !PayrollInputFiles.IsXlsx(stripsFile))
            {
                result.AddError(CliStrings.Format("Usage.Run.StripsXlsx", stripsFile));
            }

            if (result.GetValue(pointsDb) is not null && (reportFile is null || ReportFiles.KindOf(reportFile) != ReportFiles.Kind.Html))
            {
                result.AddError(CliStrings.Get("Usage.Run.PointsDbNeedsHtml"));
            }

            if (result.GetValue(format) == "xlsx" && result.GetValue(output) is null)
            {
                result.AddError(CliStrings.Get("Usage.Run.XlsxNeedsOut"));
            }

            if (result.GetValue(periods.Db) is not null && (result.GetValue(strips) is not null || reportFile is not null))
            {
                result.AddError(CliStrings.Get("Usage.Run.FilesWithDb"));
            }

            if (result.GetValue(periods.Db) is null && result.GetResult(month) is not null)
            {
                result.AddError(CliStrings.Get("Usage.Run.MonthNeedsDb"));
            }

            if (result.GetValue(periods.Db) is null && result.GetValue(periods.AuditDb) is not null)
            {
                result.AddError(CliStrings.Get("Usage.Run.AuditNeedsDb"));
            }

            if (result.GetValue(periods.Db) is not null && textReport)
            {
                result.AddError(CliStrings.Get("Usage.Run.ReportWithDb"));
            }
        });
        command.SetAction((parse, cancellationToken) =>
        {
            var settings = new Settings(
                parse.GetRequiredValue(input), parse.GetValue(policy), parse.GetValue(contributions), parse.GetRequiredValue(format), parse.GetValue(output),
                parse.GetResult(report) is not null && parse.GetValue(report) is null, parse.GetValue(explain), parse.GetValue(maxErrorRate), parse.GetValue(global.Quiet))
            {
                ReportFile = parse.GetValue(report),
                Strips = parse.GetValue(strips),
                PointsDb = parse.GetValue(pointsDb),
            };
            return parse.GetValue(periods.Db) is { } db
                ? PayrollStoreRun.RunAsync(console, clock, settings with
                {
                    Store = new(db, parse.GetRequiredValue(periods.Company), parse.GetResult(month) is not null ? parse.GetValue(month) : null, parse.GetRequiredValue(periods.Actor), parse.GetValue(periods.AuditDb)),
                }, cancellationToken)
                : RunAsync(console, settings, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, Settings settings, CancellationToken cancellationToken)
    {
        var engine = BuildEngine(settings.Policy, settings.Contributions);
        if (settings.PointsDb is { } pointsDb && !File.Exists(pointsDb))
        {
            throw new CliDataException(CliStrings.Format("Err.NoLedger", "--points-db", pointsDb));
        }

        using var input = InputFile.Open(settings.Input, "--input");
        var files = new RunFiles();
        await using var filesScope = files.ConfigureAwait(false);
        var file = files.Open(settings.Out, "--out");
        var stripsFile = files.Open(settings.Strips, "--strips");
        var reportFile = files.Open(settings.ReportFile, "--report");
        var stream = new PayrollStream(engine, settings.Input);
        var provisional = new ProvisionalTally();
        var writer = file?.Writer ?? console.Out;
        var records = PayrollInputFiles.Read(input, settings.Input);
        var wanted = ProgressDisplay.IsWanted(console, settings.Quiet, file is not null);
        var (paid, report, months) = await ProgressDisplay.RunAsync(console, wanted,
            () => CliStrings.Format("Progress.PayrollRun", stream.Read, stream.Rejected),
            () => Task.FromResult(Write(settings, writer, console, stream, provisional, records, stripsFile?.Writer.BaseStream, cancellationToken))).ConfigureAwait(false);
        if (reportFile is not null && report is not null)
        {
            await ReportFiles.WriteAsync(settings.ReportFile!, reportFile.Writer, report, settings.PointsDb, months, cancellationToken).ConfigureAwait(false);
        }

        await files.CommitAllAsync().ConfigureAwait(false);

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
            console.Error, CliStrings.Format("Quality.RecordsRejected", stream.Rejected, read), settings.MaxErrorRate).ConfigureAwait(false);
    }

    // Synchronous on purpose: the engine and the report builder consume plain enumerables, and this runs off the
    // caller's thread when a progress display is shown.
    private static (long Paid, PayrollReport? Report, DateInterval? Months) Write(Settings settings, TextWriter writer, CliConsole console, PayrollStream stream, ProvisionalTally provisional,
        IEnumerable<PayrollInputRecord> records, Stream? strips, CancellationToken cancellationToken)
    {
        var sink = CreateSink(settings, writer, provisional);
        using var stripRows = strips is null ? null : new PushedRows<Payslip>(rows => PayrollExcel.WritePayslipStrips(strips, rows));
        try
        {
            long paid = 0;
            YearMonth? first = null, last = null;
            var payslips = stream.Pay(records, rejection =>
            {
                sink.Reject(rejection);
                console.Error.WriteLine(CliStrings.Format("Cli.Rejected", rejection));
            }, cancellationToken).Select(slip =>
            {
                provisional.Add(slip);
                sink.Write(slip);
                stripRows?.Add(slip);
                first = first is { } f && f <= slip.Period ? f : slip.Period;
                last = last is { } l && l >= slip.Period ? l : slip.Period;
                paid++;
                return slip;
            });
            PayrollReport? report = null;
            if (settings.Report || settings.ReportFile is not null)
            {
                report = new PayrollReportBuilder().Build(payslips);
            }
            else
            {
                foreach (var _ in payslips)
                {
                }
            }

            sink.Complete(settings.Report ? report : null);
            stripRows?.Complete();
            writer.Flush();
            return (paid, report, first is { } from && last is { } to ? new DateInterval(from.OnDayOfMonth(1), to.OnDayOfMonth(to.Calendar.GetDaysInMonth(to.Year, to.Month))) : null);
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
            await console.Error.WriteLineAsync(CliStrings.Format(settings.Report ? "Payroll.Run.ProvisionalSeeReport" : "Payroll.Run.ProvisionalSeeNote", provisional.Payslips)).ConfigureAwait(false);
            return;
        }

        foreach (var line in provisional.Lines())
        {
            await console.Error.WriteLineAsync(CliStrings.Format("Payroll.Run.ProvisionalLine", line)).ConfigureAwait(false);
        }
    }

    internal static IPayslipSink CreateSink(Settings settings, TextWriter writer, ProvisionalTally provisional) => settings.Format switch
    {
        "csv" => new CsvPayslipSink(writer),
        "json" => new JsonPayslipSink(writer),
        "jsonl" => new JsonLinesPayslipSink(writer),
        "xlsx" => new XlsxPayslipSink(((StreamWriter)writer).BaseStream),
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
            throw new CliDataException($"{option} {path}: {(ex is HrKitException coded ? coded.GetMessage() : ex.Message)}", ex);
        }
    }
}
