using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace HrKit.Benchmarks.Infrastructure;

/// <summary>
/// The benchmark parameters that say how many items (payslips, events, postings) one invocation processes, so the
/// per-item columns can divide by them. A benchmark class names its size parameter with one of these.
/// </summary>
public static class Items
{
    public static readonly string[] Parameters = ["Employees", "Events", "Postings"];

    public static int? Count(BenchmarkCase benchmarkCase)
    {
        foreach (var p in benchmarkCase.Parameters.Items)
        {
            if (Parameters.Contains(p.Name) && p.Value is int n)
            {
                return n;
            }
        }

        // No size parameter: the benchmark reports per item itself (OperationsPerInvoke), so one operation is one item.
        return 1;
    }

    public static double? NanosecondsPerItem(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.ResultStatistics is { } stats && Count(benchmarkCase) is { } n && n > 0 ? stats.Mean / n : null;
}

/// <summary>A numeric custom column computed per benchmark case; "-" when it does not apply.</summary>
public abstract class PerItemColumn(string name, int priority, string legend) : IColumn
{
    public string Id => GetType().Name;
    public string ColumnName => name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => priority;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => Value(summary, benchmarkCase) ?? "-";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    protected abstract string? Value(Summary summary, BenchmarkCase benchmarkCase);
}

/// <summary>Items per second from the mean time of one invocation (all cores the benchmark uses).</summary>
public sealed class ThroughputColumn() : PerItemColumn("Items/s", 0, "Items (payslips, events, postings) processed per second: Items / Mean")
{
    protected override string? Value(Summary summary, BenchmarkCase benchmarkCase) =>
        Items.NanosecondsPerItem(summary, benchmarkCase) is { } ns and > 0 ? (1e9 / ns).ToString("N0", CultureInfo.InvariantCulture) : null;
}

/// <summary>Mean time per item.</summary>
public sealed class TimePerItemColumn() : PerItemColumn("ns/item", 1, "Mean time per item in nanoseconds: Mean / Items")
{
    protected override string? Value(Summary summary, BenchmarkCase benchmarkCase) =>
        Items.NanosecondsPerItem(summary, benchmarkCase) is { } ns ? ns.ToString(ns < 100 ? "N2" : "N0", CultureInfo.InvariantCulture) : null;
}

/// <summary>Managed bytes allocated per item (MemoryDiagnoser's Allocated / Items).</summary>
public sealed class AllocatedPerItemColumn() : PerItemColumn("B/item", 2, "Managed bytes allocated per item: Allocated / Items")
{
    protected override string? Value(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase] is { } report && Items.Count(benchmarkCase) is { } n and > 0
            && report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is { } bytes
            ? ((double)bytes / n).ToString("N1", CultureInfo.InvariantCulture)
            : null;
}

/// <summary>
/// How many times faster than the baseline method of the same class and job, per item: the baseline with the same
/// parameters when it ran, otherwise the baseline at the largest size that ran with the same other parameters (marked
/// with *), since the baseline is too slow to run at every size.
/// </summary>
public sealed class SpeedupColumn() : PerItemColumn("× baseline", 3, "Speed-up per item over the baseline method (RulesEngine) with the same parameters; * = baseline measured at a smaller size")
{
    protected override string? Value(Summary summary, BenchmarkCase benchmarkCase)
    {
        if (Items.NanosecondsPerItem(summary, benchmarkCase) is not { } ns || ns <= 0)
        {
            return null;
        }

        var size = Items.Count(benchmarkCase);
        var others = OtherParameters(benchmarkCase);
        var best = summary.BenchmarksCases
            .Where(c => c.Descriptor.Type == benchmarkCase.Descriptor.Type && c.Descriptor.Baseline && OtherParameters(c) == others)
            .Select(c => (Size: Items.Count(c) ?? 0, Ns: Items.NanosecondsPerItem(summary, c) ?? 0))
            .Where(c => c.Ns > 0)
            .OrderByDescending(c => c.Size == size)
            .ThenByDescending(c => c.Size)
            .FirstOrDefault();
        return best.Ns > 0
            ? (best.Ns / ns).ToString("N1", CultureInfo.InvariantCulture) + "×" + (best.Size == size ? "" : "*")
            : null;
    }

    private static string OtherParameters(BenchmarkCase c) =>
        c.Job.ResolvedId + ";" + string.Join(";", c.Parameters.Items.Where(p => !Items.Parameters.Contains(p.Name)).Select(p => $"{p.Name}={p.Value}"));
}
