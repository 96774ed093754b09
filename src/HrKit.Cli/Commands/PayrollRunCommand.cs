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
        var input = CliOptions.File("--input", "Payroll input: JSON ({\"employees\": [...]} or an array), JSON Lines (.jsonl) or an Excel workbook (.xlsx, the 员工 sheet of 'hrkit payroll template --format xlsx'), docs/payroll-input.md and docs/excel.md.", required: true);
        var policy = CliOptions.File("--policy", "Pay policy JSON file (default: the built-in China mainland policy).");
        var contributions = CliOptions.Contributions();
        var format = CliOptions.Format("table", "json", "csv", "jsonl", "xlsx");
        var output = CliOptions.File("--out", "Write the payslips to FILE instead of stdout (replaced whole only when the run finishes).");
        var report = new Option<string?>("--report")
        {
            Description = "Pay structure, department costs and overtime share: alone, as text after the table (table format); with FILE, as one self-contained HTML page with charts (.html) or a workbook (.xlsx), docs/excel.md.",
            HelpName = "FILE",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var strips = CliOptions.File("--strips", "Also write the 工资条 payslip strips (a header row above every employee, ready to print and cut) to FILE (.xlsx).");
        var pointsDb = CliOptions.File("--points-db", "With --report FILE.html: the SQLite points ledger whose dashboard (earning by rule, redemption rate per item, check-ins by hour) covers the pay months.");
        var explain = new Option<bool>("--explain") { Description = "Each payslip with every line explained, instead of the table (table format)." };
        var maxErrorRate = CliOptions.MaxErrorRate("input records");
        var periods = new PeriodOptions(dbRequired: false);
        var month = CliOptions.Month("--month", "With --db: the month to run; every record must be of it. Without it the file may hold several months, run in month order.", required: false);
        var command = new Command("run", "Pay every employee-month of an input file; rejected records are listed on stderr by record, line and field. With --db, months are stored and each employee's year-to-date is read from the previous month.")
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
                result.AddError("--report and --explain print text: use them with --format table, or write the report to a file: --report report.html");
            }

            if (reportFile is not null && ReportFiles.KindOf(reportFile) is null)
            {
                result.AddError($"--report '{reportFile}': write the report to a .html or .xlsx file, or give --report alone for text after the table");
            }

            if (result.GetValue(strips) is { } stripsFile && !PayrollInputFiles.IsXlsx(stripsFile))
            {
                result.AddError($"--strips '{stripsFile}': the payslip strips are an Excel workbook; name the file .xlsx");
            }

            if (result.GetValue(pointsDb) is not null && (reportFile is null || ReportFiles.KindOf(reportFile) != ReportFiles.Kind.Html))
            {
                result.AddError("--points-db shows the points dashboard of the HTML report: add --report report.html");
            }

            if (result.GetValue(format) == "xlsx" && result.GetValue(output) is null)
            {
                result.AddError("--format xlsx writes a workbook: add --out register.xlsx");
            }

            if (result.GetValue(periods.Db) is not null && (result.GetValue(strips) is not null || reportFile is not null))
            {
                result.AddError("--strips and --report FILE with --db: run the month, then 'hrkit payroll report --db FILE --from YYYY-MM --to YYYY-MM'");
            }

            if (result.GetValue(periods.Db) is null && result.GetResult(month) is not null)
            {
                result.AddError("--month needs --db: without a period store every record carries its own yearToDate");
            }

            if (result.GetValue(periods.Db) is null && result.GetValue(periods.AuditDb) is not null)
            {
                result.AddError("--audit-db needs --db: only runs into the period store are recorded in the audit log");
            }

            if (result.GetValue(periods.Db) is not null && textReport)
            {
                result.AddError("--report with --db: run the month, then 'hrkit payroll report --db FILE --from YYYY-MM --to YYYY-MM'");
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
            throw new CliDataException($"--points-db: no points ledger at '{pointsDb}'; pass the SQLite file the application writes (e.g. hrkit-points.db).");
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
            () => $"payroll run: {stream.Read:N0} records read, {stream.Rejected:N0} rejected",
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
            console.Error, $"{stream.Rejected} of {read} records rejected", settings.MaxErrorRate).ConfigureAwait(false);
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
            throw new CliDataException($"{option} {path}: {ex.Message}", ex);
        }
    }
}
