using System.Runtime.CompilerServices;
using HrKit.Audit;
using HrKit.Cli.CommandLine;
using HrKit.Cli.Errors;
using HrKit.Cli.Files;
using HrKit.Cli.Output;
using HrKit.Payroll;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Payroll.Periods;
using HrKit.Payroll.Serialization;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Cli.Commands;

/// <summary>
/// <c>hrkit payroll run --db</c>: pays the input file's months into the period store in one transaction, each employee
/// continuing from the year-to-date the store holds for the previous month. With <c>--month</c> the file streams
/// straight into the run; without it the file may hold several months and is first split by month (MonthSpool).
/// </summary>
internal static class PayrollStoreRun
{
    /// <summary>Where a stored run goes.</summary>
    internal sealed record Target(string Db, string Company, YearMonth? Month, string Actor, string? AuditDb = null);

    public static async Task<int> RunAsync(CliConsole console, IClock clock, PayrollRunCommand.Settings settings, CancellationToken cancellationToken)
    {
        var target = settings.Store!;
        var engine = PayrollRunCommand.BuildEngine(settings.Policy, settings.Contributions);
        using var input = InputFile.Open(settings.Input, "--input");
        var store = await PeriodStoreFile.OpenAsync(target.Db, create: true, cancellationToken).ConfigureAwait(false);
        var spool = new MonthSpool();
        await using (store.ConfigureAwait(false))
        await using (spool.ConfigureAwait(false))
        {
            var audit = await AuditLogFile.OpenAsync(target.AuditDb, "--audit-db", clock, cancellationToken).ConfigureAwait(false);
            await using (audit.ConfigureAwait(false))
            {
                // The policy file was loaded above, so it is within the loader's size bound; a changed file is recorded
                // before the run that uses it (policy.change, then payroll.run).
                if (audit.Log is { } log && settings.Policy is { } policyPath)
                {
                    var policyText = await File.ReadAllTextAsync(policyPath, cancellationToken).ConfigureAwait(false);
                    await log.RecordIfChangedAsync(target.Actor, Path.GetFileName(policyPath), policyText, cancellationToken).ConfigureAwait(false);
                }

                return await RunAsync(console, new PayrollPeriodService(store, engine, clock, audit.Log), settings, input, spool, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task<int> RunAsync(CliConsole console, PayrollPeriodService service, PayrollRunCommand.Settings settings, Stream input, MonthSpool spool,
        CancellationToken cancellationToken)
    {
        var target = settings.Store!;
        var file = settings.Out is { } outPath ? OutputFile.Create(outPath, "--out") : null;
        var reader = new RecordReader(settings.Input, target.Month, console);
        PeriodRunSummary summary;
        try
        {
            var sink = PayrollRunCommand.CreateSink(settings, file?.Writer ?? console.Out, new ProvisionalTally());
            try
            {
                var records = PayrollInputFiles.ReadAsync(input, settings.Input, cancellationToken);
                IAsyncEnumerable<(EmployeeMonthInput Input, long Index, long? Line)> accepted;
                if (target.Month is null)
                {
                    await foreach (var (record, index, line) in reader.Accept(records, sink, cancellationToken).ConfigureAwait(false))
                    {
                        spool.Add(record, index, line);
                    }

                    accepted = spool.ReadAsync(cancellationToken);
                }
                else
                {
                    accepted = reader.Accept(records, sink, cancellationToken);
                }

                // The run reports results in the order it reads records: the queue gives each its place in the file.
                var places = new Queue<(long Index, long? Line)>();
                var inputs = accepted.Select(a =>
                {
                    places.Enqueue((a.Index, a.Line));
                    return a.Input;
                });

                summary = await service.RunAsync(target.Company, inputs, new PeriodRunOptions
                {
                    Actor = target.Actor,
                    MaxErrorRate = settings.MaxErrorRate,
                    RejectedByCaller = () => reader.Rejected,
                    OnResult = result => Report(result, places.Dequeue(), sink, console),
                }, cancellationToken).ConfigureAwait(false);
                sink.Complete(null);
            }
            finally
            {
                (sink as IDisposable)?.Dispose();
            }

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

        await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        await console.Error.WriteLineAsync(CliStrings.Format("Payroll.Stored.Summary", summary.Paid, target.Db,
            string.Join(", ", summary.Months.Select(m => YearMonthPattern.Iso.Format(m))), summary.Rejected, summary.Read,
            summary.Replaced > 0 ? CliStrings.Format("Payroll.Stored.Replaced", summary.Replaced) : "")).ConfigureAwait(false);
        if (summary.Read == 0)
        {
            await console.Error.WriteLineAsync(CliStrings.Format("Cli.Run.NoRecords", settings.Input)).ConfigureAwait(false);
            return CliApp.InvalidInput;
        }

        return CliApp.Ok;
    }

    private static void Report(PayrollResult result, (long Index, long? Line) place, IPayslipSink sink, CliConsole console)
    {
        if (result.IsSuccess)
        {
            sink.Write(result.Payslip);
            return;
        }

        var rejection = new PayrollRejection(place.Index + 1, place.Line, result.Error);
        sink.Reject(rejection);
        console.Error.WriteLine(CliStrings.Format("Cli.Rejected", rejection));
    }

    /// <summary>Reads the file's records, reporting unreadable ones and (with --month) records of another month.</summary>
    private sealed class RecordReader(string inputName, YearMonth? month, CliConsole console)
    {
        public long Rejected { get; private set; }

        public async IAsyncEnumerable<(EmployeeMonthInput Input, long Index, long? Line)> Accept(IAsyncEnumerable<PayrollInputRecord> records, IPayslipSink sink,
            [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var e = records.GetAsyncEnumerator(cancellationToken);
            await using (e.ConfigureAwait(false))
            {
                while (true)
                {
                    try
                    {
                        if (!await e.MoveNextAsync().ConfigureAwait(false))
                        {
                            yield break;
                        }
                    }
                    catch (PayrollDataException ex)
                    {
                        throw new CliDataException($"--input {inputName}: {ex.GetMessage()}", ex);
                    }

                    var record = e.Current;
                    var error = record.Error ?? (record.Input is { } i && month is { } m && !i.Period.Equals(m)
                        ? new PayrollError(i.EmployeeId, "period", CliStrings.Format("Payroll.Run.OtherMonth", YearMonthPattern.Iso.Format(i.Period), YearMonthPattern.Iso.Format(m)))
                        : null);
                    if (error is not null || record.Input is null)
                    {
                        Rejected++;
                        var rejection = new PayrollRejection(record.Index + 1, record.Line, error ?? new PayrollError("?", "$", CliStrings.Get("Payroll.Run.Unreadable")),
                            ErrorNamesPlace: record.Error is not null);
                        sink.Reject(rejection);
                        await console.Error.WriteLineAsync(CliStrings.Format("Cli.Rejected", rejection)).ConfigureAwait(false);
                        continue;
                    }

                    yield return (record.Input, record.Index, record.Line);
                }
            }
        }
    }
}
