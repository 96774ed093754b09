using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;

namespace HrKit.Benchmarks.Payroll;

/// <summary>
/// A Stopwatch loop over China's totals path for profiling (--summary-loop [employees] [--rounds N]): each round pays
/// the workload through <c>CalculateManySummaries</c> on every processor and through a plain loop of
/// <c>CalculateSummary</c> over halves of the input on two threads (no batching, no repeated-record check), the ceiling
/// the batch runner is measured against. Run it under <c>perf record</c> or <c>chrt -f 50</c>; BenchmarkDotNet's
/// figures remain the ones to report.
/// </summary>
internal static class PayrollSummaryLoop
{
    // Seconds the engine reported computing batches (hrkit.payroll.batch.duration): the rest of a bulk run's wall time
    // is the caller's thread alone, reading records and handing results out while no batch is computed.
    private static double _batchSeconds;

    public static int Run(int employees, int rounds)
    {
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Name == "hrkit.payroll.batch.duration")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, seconds, _, _) => _batchSeconds += seconds);
        listener.Start();
        var inputs = PayrollWorkload.Create(employees);
        // HRKIT_BENCH_HOT=N: the first N records repeated to the same length, so that the plain loop reads inputs that
        // stay in cache (the bulk path would refuse the repeats); the gap to the plain loop over distinct records is
        // what reading cold inputs costs.
        if (int.TryParse(Environment.GetEnvironmentVariable("HRKIT_BENCH_HOT"), CultureInfo.InvariantCulture, out var hot) && hot > 0 && hot < inputs.Length)
        {
            inputs = Enumerable.Range(0, inputs.Length).Select(i => inputs[i % hot]).ToArray();
        }

        var engine = new PayrollEngineBuilder().WithMaxDegreeOfParallelism(Environment.ProcessorCount).Build();
        var sizes = (Environment.GetEnvironmentVariable("HRKIT_BENCH_BATCH_SIZES") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var engines = sizes.Select(size => new PayrollEngineBuilder().WithMaxDegreeOfParallelism(Environment.ProcessorCount).WithBatchSize(size).Build()).ToArray();
        for (var round = 1; round <= rounds; round++)
        {
            Measure($"round {round,2} CalculateManySummaries", inputs.Length, () => engine.CalculateManySummaries(inputs).Sum(r => r.Summary.NetPay));
            for (var e = 0; e < engines.Length; e++)
            {
                var sized = engines[e];
                Measure($"round {round,2} batches of {sizes[e]}", inputs.Length, () => sized.CalculateManySummaries(inputs).Sum(r => r.Summary.NetPay));
            }

            Measure($"round {round,2} plain two-thread loop", inputs.Length, () => PlainLoop(engine, inputs));
        }

        return 0;
    }

    private static decimal PlainLoop(PayrollEngine engine, EmployeeMonthInput[] inputs)
    {
        var half = inputs.Length / 2;
        var totals = new decimal[2];
        Parallel.For(0, 2, part =>
        {
            var total = 0m;
            var end = part == 0 ? half : inputs.Length;
            for (var i = part == 0 ? 0 : half; i < end; i++)
            {
                total += engine.CalculateSummary(inputs[i]).NetPay;
            }

            totals[part] = total;
        });
        return totals[0] + totals[1];
    }

    private static void Measure(string name, int items, Func<decimal> run)
    {
        // HRKIT_BENCH_ONLY=plain|batch keeps one path, so that a profile shows it alone.
        if (Environment.GetEnvironmentVariable("HRKIT_BENCH_ONLY") is { Length: > 0 } only && !name.Contains(only, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        GC.Collect();
        _batchSeconds = 0;
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var total = run();
        watch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-40} {watch.Elapsed.TotalMilliseconds,8:N1} ms {items / watch.Elapsed.TotalSeconds,12:N0}/s  CPU {cpu.TotalMilliseconds,6:N0} ms  in batches {_batchSeconds * 1000,6:N1} ms  GC {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}  (net {total:N2})"));
    }
}
