using BenchmarkDotNet.Attributes;
using HrKit.Benchmarks.Infrastructure;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;

namespace HrKit.Benchmarks.Payroll;

/// <summary>
/// Bulk UK payroll (the GB pack: PAYE by tax code and Class 1 NICs) for June 2025 beside, as the baseline in the same
/// run, the same number of China mainland payslips of <see cref="PayrollWorkload"/> through the same bulk path.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Payroll")]
public class UkPayrollBulkBenchmarks
{
    private EmployeeMonthInput[] _uk = [];
    private EmployeeMonthInput[] _china = [];
    private PayrollEngine _engine = null!;

    [ParamsSource(nameof(EmployeeCounts))]
    public int Employees { get; set; }

    [ParamsSource(nameof(ThreadCounts))]
    public int Threads { get; set; }

    public static IEnumerable<int> EmployeeCounts => BenchmarkSettings.PayrollSizes;

    public static IEnumerable<int> ThreadCounts => Environment.ProcessorCount > 1 ? [1, Environment.ProcessorCount] : [1];

    [GlobalSetup]
    public void Setup()
    {
        _uk = UkPayrollWorkload.Create(Employees);
        _china = PayrollWorkload.Create(Employees);
        _engine = new PayrollEngineBuilder().WithMaxDegreeOfParallelism(Threads).Build();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>Baseline: China mainland totals and YTD, the same count, the same engine.</summary>
    [Benchmark(Baseline = true, Description = "China CalculateManySummaries")]
    public decimal ChinaSummaries()
    {
        var total = 0m;
        foreach (var result in _engine.CalculateManySummaries(_china))
        {
            total += result.Summary.NetPay;
        }

        return total;
    }

    /// <summary>UK totals and YTD (PAYE and NICs, no lines).</summary>
    [Benchmark(Description = "GB CalculateManySummaries")]
    public decimal UkSummaries()
    {
        var total = 0m;
        foreach (var result in _engine.CalculateManySummaries(_uk))
        {
            total += result.Summary.NetPay;
        }

        return total;
    }

    /// <summary>UK payslips with explained lines (explanations as data).</summary>
    [Benchmark(Description = "GB CalculateMany (payslips)")]
    public decimal UkPayslips()
    {
        var total = 0m;
        foreach (var result in _engine.CalculateMany(_uk))
        {
            total += result.Payslip!.NetPay;
        }

        return total;
    }
}
