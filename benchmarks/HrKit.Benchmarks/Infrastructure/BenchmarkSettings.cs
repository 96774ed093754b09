using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using HrKit.Benchmarks.Points;

namespace HrKit.Benchmarks.Infrastructure;

/// <summary>Sizes and job for the two modes; set by Program before BenchmarkDotNet enumerates the parameters.</summary>
public static class BenchmarkSettings
{
    /// <summary>Employees per payroll run.</summary>
    public static int[] PayrollSizes { get; set; } = [1_000, 100_000];

    /// <summary>Threads of the payroll bulk benchmarks; default 1 and every processor.</summary>
    public static int[] PayrollThreads { get; set; } = Environment.ProcessorCount > 1 ? [1, Environment.ProcessorCount] : [1];

    /// <summary>The RulesEngine baselines run only up to this many items (1 M employees would take ~minutes per invocation).</summary>
    public static int BaselineMaxItems { get; set; } = 100_000;

    /// <summary>Events per points policy invocation.</summary>
    public static int[] PointsEventCounts { get; set; } = [10_000];

    public static bool Short { get; set; } = true;

    public static IConfig CreateConfig()
    {
        var job = Short
            ? Job.ShortRun.WithId("Short")
            : Job.Default.WithMaxIterationCount(20).WithId("Full");
        return DefaultConfig.Instance
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(new ThroughputColumn(), new TimePerItemColumn(), new AllocatedPerItemColumn(), new SpeedupColumn())
            .AddExporter(MarkdownExporter.GitHub)
            .AddFilter(new SimpleFilter(IsWanted))
            .HideColumns(Column.Error, Column.StdDev, Column.Median, Column.RatioSD, Column.AllocRatio);
    }

    private static bool IsWanted(BenchmarkCase benchmarkCase)
    {
        if (benchmarkCase.Descriptor.Baseline && (Items.Count(benchmarkCase) ?? 0) > BaselineMaxItems)
        {
            return false;
        }

        // Without PostgreSQL 15 binaries the PostgreSQL ledger cases are skipped rather than failed.
        var postgres = benchmarkCase.Parameters.Items.Any(p => p.Name == "Store" && Equals(p.Value, "postgresql"));
        return !postgres || PostgresCluster.IsAvailable || Environment.GetEnvironmentVariable(PostgresCluster.EnvironmentVariable) is not null;
    }
}
