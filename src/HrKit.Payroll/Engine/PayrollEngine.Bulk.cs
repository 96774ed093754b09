using System.Diagnostics;
using System.Runtime.CompilerServices;
using HrKit.Payroll.Diagnostics;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Engine;

public sealed partial class PayrollEngine
{
    /// <summary>
    /// Pays a whole company, streaming: records are read in batches of <see cref="BatchSize"/>, each batch is computed
    /// on up to <see cref="MaxDegreeOfParallelism"/> threads, and results come back in input order. Every record gives
    /// exactly one result: a bad record (or a repeated employee id) is a <see cref="PayrollResult.Error"/>, never a
    /// failed run and never a silent drop.
    /// </summary>
    public IEnumerable<PayrollResult> CalculateMany(IEnumerable<EmployeeMonthInput> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return CalculateManyIterator(inputs, cancellationToken);
    }

    private IEnumerable<PayrollResult> CalculateManyIterator(IEnumerable<EmployeeMonthInput> inputs, CancellationToken cancellationToken)
    {
        var batch = new EmployeeMonthInput[BatchSize];
        var results = new PayrollResult[BatchSize];
        var seen = new Dictionary<(string, NodaTime.YearMonth), long>();
        long index = 0;
        var count = 0;
        foreach (var input in inputs)
        {
            batch[count++] = input;
            if (count == BatchSize)
            {
                ComputeBatch(batch, results, count, index, seen, cancellationToken);
                for (var i = 0; i < count; i++)
                {
                    yield return results[i];
                }

                index += count;
                count = 0;
            }
        }

        ComputeBatch(batch, results, count, index, seen, cancellationToken);
        for (var i = 0; i < count; i++)
        {
            yield return results[i];
        }
    }

    /// <summary>The asynchronous form of <see cref="CalculateMany"/>, for inputs read from a database or a stream.</summary>
    public async IAsyncEnumerable<PayrollResult> CalculateManyAsync(
        IAsyncEnumerable<EmployeeMonthInput> inputs,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var batch = new EmployeeMonthInput[BatchSize];
        var results = new PayrollResult[BatchSize];
        var seen = new Dictionary<(string, NodaTime.YearMonth), long>();
        long index = 0;
        var count = 0;
        await foreach (var input in inputs.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            batch[count++] = input;
            if (count < BatchSize)
            {
                continue;
            }

            ComputeBatch(batch, results, count, index, seen, cancellationToken);
            for (var i = 0; i < count; i++)
            {
                yield return results[i];
            }

            index += count;
            count = 0;
        }

        ComputeBatch(batch, results, count, index, seen, cancellationToken);
        for (var i = 0; i < count; i++)
        {
            yield return results[i];
        }
    }

    private void ComputeBatch(EmployeeMonthInput[] batch, PayrollResult[] results, int count, long firstIndex,
        Dictionary<(string, NodaTime.YearMonth), long> seen, CancellationToken cancellationToken)
    {
        if (count == 0)
        {
            return;
        }

        // Duplicates are found sequentially, before the parallel part, so the first occurrence always wins.
        var duplicateOf = new long[count];
        for (var i = 0; i < count; i++)
        {
            duplicateOf[i] = -1;
            var input = batch[i];
            if (input?.EmployeeId is { } id && !seen.TryAdd((id, input.Period), firstIndex + i))
            {
                duplicateOf[i] = seen[(id, input.Period)];
            }
        }

        using var activity = PayrollTelemetry.ActivitySource.StartActivity("payroll.batch");
        activity?.SetTag("hrkit.batch.first_index", firstIndex);
        activity?.SetTag("hrkit.batch.size", count);
        var started = Stopwatch.GetTimestamp();
        var options = new ParallelOptions { MaxDegreeOfParallelism = MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, count, options, i =>
        {
            var index = firstIndex + i;
            var input = batch[i];
            results[i] = input is null
                ? PayrollResult.Failure(index, new PayrollError("?", "$", "the record is null."))
                : duplicateOf[i] >= 0
                    ? PayrollResult.Failure(index, new PayrollError(input.EmployeeId, "employeeId",
                        $"appears again for the same month (first at record {duplicateOf[i]}); each employee is paid once per month."))
                    : TryCalculate(input, index);
            batch[i] = null!;
        });

        var rejected = 0;
        for (var i = 0; i < count; i++)
        {
            rejected += results[i].IsSuccess ? 0 : 1;
        }

        PayrollTelemetry.Payslips.Add(count - rejected);
        PayrollTelemetry.Rejected.Add(rejected);
        PayrollTelemetry.BatchDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
    }
}
