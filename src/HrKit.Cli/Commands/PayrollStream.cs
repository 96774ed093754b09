using HrKit.Cli.Errors;
using HrKit.Cli.Output;
using HrKit.Payroll;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Payroll.Serialization;

namespace HrKit.Cli.Commands;

/// <summary>
/// Records → payslips, streamed: the engine reads ahead one batch, and the records of that batch (with any parse errors
/// between them) wait in a queue to be matched to their results in file order. Memory is one batch plus the engine's
/// (employee, month) index that finds repeated employees.
/// </summary>
internal sealed class PayrollStream(PayrollEngine engine, string inputName)
{
    /// <summary>Records read so far (progress display).</summary>
    public long Read => Interlocked.Read(ref _read);

    /// <summary>Records rejected so far.</summary>
    public long Rejected { get; private set; }

    private long _read;

    /// <summary>Yields each payslip in file order; each rejected record goes to <paramref name="reject"/> at its place.</summary>
    public IEnumerable<Payslip> Pay(IEnumerable<PayrollInputRecord> records, Action<PayrollRejection> reject, CancellationToken cancellationToken)
    {
        var pending = new Queue<PayrollInputRecord>();

        IEnumerable<EmployeeMonthInput> Inputs()
        {
            foreach (var record in Guard(records))
            {
                Interlocked.Increment(ref _read);
                pending.Enqueue(record);
                if (record.Input is { } input)
                {
                    yield return input;
                }
            }
        }

        foreach (var result in engine.CalculateMany(Inputs(), cancellationToken))
        {
            while (pending.Peek().Input is null)
            {
                Reject(pending.Dequeue(), null);
            }

            var record = pending.Dequeue();
            if (!result.IsSuccess)
            {
                Reject(record, result.Error);
            }
            else
            {
                yield return result.Payslip;
            }
        }

        while (pending.Count > 0)
        {
            Reject(pending.Dequeue(), null);
        }

        void Reject(PayrollInputRecord record, PayrollError? error)
        {
            Rejected++;
            reject(new PayrollRejection(record.Index + 1, record.Line, error ?? record.Error ?? new PayrollError("?", "$", CliStrings.Get("Payroll.Run.Unreadable")),
                ErrorNamesPlace: error is null && record.Error is not null));
        }
    }

    // The reader parses lazily, so a broken document surfaces mid-run: name the file there too.
    private IEnumerable<PayrollInputRecord> Guard(IEnumerable<PayrollInputRecord> records)
    {
        using var e = records.GetEnumerator();
        while (true)
        {
            try
            {
                if (!e.MoveNext())
                {
                    yield break;
                }
            }
            catch (PayrollDataException ex)
            {
                throw new CliDataException($"--input {inputName}: {ex.GetMessage()}", ex);
            }

            yield return e.Current;
        }
    }
}
