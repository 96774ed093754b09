using HrKit.Payroll.Localization;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using HrKit.Payroll.Diagnostics;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Engine;

public partial class PayrollEngine
{
    // Full payslips (with their lines, ~4 KB each) are computed in batches of at most this many: a batch is held until
    // it is handed out in order, and a larger one outlives gen-0 collections and is copied into older generations,
    // which costs more than the payslips themselves. Summaries (~200 B) use BatchSize as given.
    private const int MaxPayslipBatch = 256;

    // Records per work item of a batch: enough to make taking an item (one interlocked increment) negligible, few
    // enough that two threads finish a batch within a chunk (~60 µs) of each other.
    private const int ChunkSize = 32;

    private int PayslipBatchSize => Math.Min(BatchSize, MaxPayslipBatch);

    /// <summary>
    /// Pays a whole company, streaming: records are read in batches of <see cref="BatchSize"/>, each batch is computed
    /// on up to <see cref="MaxDegreeOfParallelism"/> threads, and results come back in input order. Every record gives
    /// exactly one result: a bad record (or a repeated employee id in the same month) is an error result, never a
    /// failed run and never a silent drop. Full payslips are computed at most 256 at a time (see <see cref="BatchSize"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; bad data never throws.</exception>
    public virtual IEnumerable<PayrollResult> CalculateMany(IEnumerable<EmployeeMonthInput> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return RunBatches(inputs, static (engine, input, index) => engine.TryCalculate(input, index), PayrollResult.Failure, static (in r) => r.IsSuccess,
            PayslipBatchSize, cancellationToken);
    }

    /// <summary>
    /// <see cref="CalculateMany"/> with totals only (<see cref="PayslipSummary"/>): the high-throughput path for runs
    /// that post amounts and do not print payslips. Allocates one year-to-date record per employee.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; bad data never throws.</exception>
    public virtual IEnumerable<PayrollSummaryResult> CalculateManySummaries(IEnumerable<EmployeeMonthInput> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return RunBatches(inputs, static (engine, input, index) => engine.TrySummarize(input, index), PayrollSummaryResult.Failure, static (in r) => r.IsSuccess,
            BatchSize, cancellationToken);
    }

    /// <summary>The asynchronous form of <see cref="CalculateMany"/>, for inputs read from a database or a stream.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; bad data never throws.</exception>
    public virtual async IAsyncEnumerable<PayrollResult> CalculateManyAsync(
        IAsyncEnumerable<EmployeeMonthInput> inputs,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var runner = new BatchRunner<PayrollResult>(this, static (engine, input, index) => engine.TryCalculate(input, index), PayrollResult.Failure, static (in r) => r.IsSuccess,
            PayslipBatchSize);
        await foreach (var input in inputs.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (!runner.Add(input))
            {
                continue;
            }

            foreach (var result in runner.Flush(cancellationToken))
            {
                yield return result;
            }
        }

        foreach (var result in runner.Flush(cancellationToken))
        {
            yield return result;
        }
    }

    /// <summary>
    /// Pays one employee, returning an error instead of throwing for a bad input: a field out of bounds, a formula
    /// that fails or overflows, a gross pay below zero (docs/payroll-input.md).
    /// </summary>
    public virtual PayrollResult TryCalculate(EmployeeMonthInput input, long index = 0)
    {
        try
        {
            return PayrollResult.Success(index, Calculate(input));
        }
        catch (PayrollInputException ex)
        {
            return PayrollResult.Failure(index, PayrollError.Of(ex));
        }
    }

    private PayrollSummaryResult TrySummarize(EmployeeMonthInput input, long index)
    {
        try
        {
            return PayrollSummaryResult.Success(index, CalculateSummary(input));
        }
        catch (PayrollInputException ex)
        {
            return PayrollSummaryResult.Failure(index, PayrollError.Of(ex));
        }
    }

    private IEnumerable<TResult> RunBatches<TResult>(IEnumerable<EmployeeMonthInput> inputs,
        Func<PayrollEngine, EmployeeMonthInput, long, TResult> compute, Func<long, PayrollError, TResult> fail, Succeeded<TResult> succeeded,
        int batchSize, CancellationToken cancellationToken)
    {
        var runner = new BatchRunner<TResult>(this, compute, fail, succeeded, batchSize, inputs.TryGetNonEnumeratedCount(out var count) ? count : 0);
        // Results are handed out straight from the batch rather than through Flush's iterator: a summary result is a
        // ~200-byte struct, and each iterator layer copied it twice more per record on the caller's thread.
        foreach (var input in inputs)
        {
            if (!runner.Add(input))
            {
                continue;
            }

            for (int i = 0, computed = runner.ComputeBatch(cancellationToken); i < computed; i++)
            {
                yield return runner.Take(i);
            }
        }

        for (int i = 0, computed = runner.ComputeBatch(cancellationToken); i < computed; i++)
        {
            yield return runner.Take(i);
        }
    }

    // Whether a result is a payslip, read in place: a summary result is a ~200-byte struct, copied per call when passed by value.
    private delegate bool Succeeded<TResult>(in TResult result);

    /// <summary>Collects a batch, computes it in parallel and hands the results back in input order.</summary>
    private sealed class BatchRunner<TResult>(
        PayrollEngine engine,
        Func<PayrollEngine, EmployeeMonthInput, long, TResult> compute,
        Func<long, PayrollError, TResult> fail,
        Succeeded<TResult> succeeded,
        int batchSize,
        int expectedRecords = 0)
    {
        private readonly EmployeeMonthInput?[] _batch = new EmployeeMonthInput?[batchSize];
        private readonly TResult[] _results = new TResult[batchSize];
        private readonly long[] _duplicateOf = new long[batchSize];
        private readonly PaidRecordIndex _paid = new(expectedRecords);
        private int _nextItem;
        private long _nextIndex;
        private int _count;

        /// <summary>Adds a record; true when the batch is full and must be flushed.</summary>
        public bool Add(EmployeeMonthInput? input)
        {
            _batch[_count++] = input;
            return _count == _batch.Length;
        }

        public IEnumerable<TResult> Flush(CancellationToken cancellationToken)
        {
            for (int i = 0, computed = ComputeBatch(cancellationToken); i < computed; i++)
            {
                yield return Take(i);
            }
        }

        /// <summary>Computes the records added since the last batch; returns how many results <see cref="Take"/> hands out.</summary>
        public int ComputeBatch(CancellationToken cancellationToken)
        {
            var count = _count;
            if (count == 0)
            {
                return 0;
            }

            Compute(count, cancellationToken);
            _nextIndex += count;
            _count = 0;
            return count;
        }

        /// <summary>
        /// The result at <paramref name="position"/> of the batch just computed, released as it is handed out: the array
        /// outlives many collections, and a payslip it still referenced would be promoted with all its lines instead of
        /// dying young.
        /// </summary>
        public TResult Take(int position)
        {
            var result = _results[position];
            _results[position] = default!;
            return result;
        }

        private void Compute(int count, CancellationToken cancellationToken)
        {
            using var activity = PayrollTelemetry.ActivitySource.StartActivity("payroll.batch");
            activity?.SetTag("hrkit.batch.first_index", _nextIndex);
            activity?.SetTag("hrkit.batch.size", count);
            var started = Stopwatch.GetTimestamp();
            var firstIndex = _nextIndex;
            if (engine.MaxDegreeOfParallelism == 1 || count <= ChunkSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                FindDuplicates(count);
                ComputeRange(0, count, firstIndex, skipDuplicates: true);
            }
            else
            {
                // Finding repeated records is sequential (the first occurrence must win) but needs no result, so it
                // runs as one more work item beside the chunks instead of before them: on two cores a sequential
                // phase per batch cost a tenth of the throughput. A repeated record is computed like any other and
                // its result replaced below; repeats are rare, so the wasted work is too.
                // Each thread takes the next item from a shared counter until none is left, so the threads end a batch
                // at most one chunk apart. Parallel.For over the items handed each thread growing runs of them (up to
                // 16 at a time), and at the end of a batch one thread waited while the other finished its run.
                var chunks = (count + ChunkSize - 1) / ChunkSize;
                _nextItem = -1;
                var threads = Math.Min(engine.MaxDegreeOfParallelism, chunks + 1);
                var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
                Parallel.For(0, threads, options, _ => TakeItems(count, chunks, firstIndex, cancellationToken));
                cancellationToken.ThrowIfCancellationRequested();
            }

            var rejected = 0;
            for (var i = 0; i < count; i++)
            {
                if (_duplicateOf[i] >= 0)
                {
                    _results[i] = fail(firstIndex + i, PayrollError.Of(_batch[i]!.EmployeeId, "employeeId",
                        new LocalText("Error.Run.EmployeeAgain", _duplicateOf[i])));
                }

                _batch[i] = null;
                rejected += succeeded(in _results[i]) ? 0 : 1;
            }

            engine.Metrics.Payslips.Add(count - rejected);
            engine.Metrics.Rejected.Add(rejected);
            engine.Metrics.BatchDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }

        // Work items: 0 finds repeated records, 1 to chunks compute ChunkSize records each.
        private void TakeItems(int count, int chunks, long firstIndex, CancellationToken cancellationToken)
        {
            int item;
            while ((item = Interlocked.Increment(ref _nextItem)) <= chunks && !cancellationToken.IsCancellationRequested)
            {
                if (item == 0)
                {
                    FindDuplicates(count);
                }
                else
                {
                    var from = (item - 1) * ChunkSize;
                    ComputeRange(from, Math.Min(count, from + ChunkSize), firstIndex, skipDuplicates: false);
                }
            }
        }

        private void FindDuplicates(int count)
        {
            for (var i = 0; i < count; i++)
            {
                _duplicateOf[i] = _batch[i] is { EmployeeId: { } id } input ? _paid.FirstIndexOrAdd(id, input.Period, _nextIndex + i) : -1;
            }
        }

        // Records are read, not cleared, here: FindDuplicates may still be reading the batch on another thread.
        private void ComputeRange(int from, int to, long firstIndex, bool skipDuplicates)
        {
            for (var i = from; i < to; i++)
            {
                var index = firstIndex + i;
                _results[i] = _batch[i] switch
                {
                    null => fail(index, PayrollError.Of("?", "$", new LocalText("Error.Run.NullRecord"))),
                    _ when skipDuplicates && _duplicateOf[i] >= 0 => default!,
                    var input => compute(engine, input, index),
                };
            }
        }
    }
}
