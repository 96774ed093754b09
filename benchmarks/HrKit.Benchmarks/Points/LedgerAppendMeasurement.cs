using System.Diagnostics;
using System.Globalization;

namespace HrKit.Benchmarks.Points;

/// <summary>
/// <c>--ledger-append [batches]</c>: the <see cref="LedgerBenchmarks.Batched"/> workload (1 000 postings per
/// transaction, 20 000 per run) timed with a Stopwatch instead of BenchmarkDotNet, on SQLite and on PostgreSQL (a
/// throwaway cluster or <c>HRKIT_BENCH_POSTGRES</c>). Prints each run and the median of the runs after the first two,
/// so a profiler (<c>perf record</c> with <c>DOTNET_PerfMapEnabled=1</c>) can be attached to a plain loop, and a figure
/// can be taken where BenchmarkDotNet cannot build its boilerplate in time. With <c>--writers N</c>, N appenders run
/// at once, each with its own employees (so they never wait for each other's account locks), and the rate counts all
/// of their postings.
/// </summary>
internal static class LedgerAppendMeasurement
{
    public static int Run(int runs, string? only, int writers = 1)
    {
        foreach (var store in new[] { "sqlite", "postgresql" })
        {
            if (only is not null && only != store)
            {
                continue;
            }

            var benchmark = new LedgerBenchmarks { Store = store };
            benchmark.Setup();
            try
            {
                var rates = new List<double>();
                for (var run = 0; run < runs; run++)
                {
                    var watch = Stopwatch.StartNew();
                    benchmark.BatchedByWriters(writers).GetAwaiter().GetResult();
                    rates.Add(writers * LedgerBenchmarks.BatchedPostings / watch.Elapsed.TotalSeconds);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{store} run {run + 1}{(writers > 1 ? $" ({writers} writers)" : "")}: {rates[^1]:N0} postings/s"));
                }

                var steady = rates.Skip(Math.Min(2, rates.Count - 1)).Order().ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{store}{(writers > 1 ? $" ({writers} writers)" : "")} median of runs 3-{runs}: {steady[steady.Count / 2]:N0} postings/s"));
            }
            finally
            {
                benchmark.Cleanup();
            }
        }

        return 0;
    }
}
