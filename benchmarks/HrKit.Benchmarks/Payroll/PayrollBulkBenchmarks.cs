using BenchmarkDotNet.Attributes;
using HrKit.Benchmarks.Infrastructure;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;

namespace HrKit.Benchmarks.Payroll;

/// <summary>
/// Bulk China payroll for one month: the same March 2025 company through HrKit's bulk paths and, as the baseline,
/// through Microsoft RulesEngine's <c>ExecuteAllRulesAsync</c> per employee. Each invocation pays every employee once;
/// the per-item columns turn that into payslips per second and bytes per payslip.
/// To benchmark another bulk path, add one more [Benchmark] method that pays <see cref="_inputs"/> and returns a checksum.
/// Each jurisdiction pack is measured on the totals path beside the same baseline: its workload comes from
/// <see cref="JurisdictionWorkloads"/> and its method calls <see cref="Summaries"/> with its code.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Payroll")]
public class PayrollBulkBenchmarks
{
    private EmployeeMonthInput[] _inputs = [];
    private PayrollEngine _engine = null!;
    private RulesEnginePayroll? _rulesEngine;
    private Dictionary<string, EmployeeMonthInput[]> _workloads = [];

    [ParamsSource(nameof(EmployeeCounts))]
    public int Employees { get; set; }

    [ParamsSource(nameof(ThreadCounts))]
    public int Threads { get; set; }

    public static IEnumerable<int> EmployeeCounts => BenchmarkSettings.PayrollSizes;

    public static IEnumerable<int> ThreadCounts => BenchmarkSettings.PayrollThreads;

    [GlobalSetup]
    public void Setup()
    {
        _inputs = PayrollWorkload.Create(Employees);
        _workloads = JurisdictionWorkloads.Codes.ToDictionary(code => code, code => code == "CN" ? _inputs : JurisdictionWorkloads.Create(code, Employees));
        _engine = new PayrollEngineBuilder().WithMaxDegreeOfParallelism(Threads).Build();
        _rulesEngine = new RulesEnginePayroll(ContributionTable.BuiltIn, PayrollWorkload.Month);
        // Warm the JIT and caches outside the measurement; GC so the inputs sit in gen 2 before the first iteration.
        _ = _rulesEngine.CalculateAsync(_inputs[0]).AsTask().GetAwaiter().GetResult();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>Baseline: per employee, <c>ExecuteAllRulesAsync</c> on the same formulas (sequential, or Parallel.ForEachAsync).</summary>
    [Benchmark(Baseline = true, Description = "RulesEngine ExecuteAllRulesAsync")]
    public async Task<decimal> RulesEngine()
    {
        var rules = _rulesEngine!;
        if (Threads == 1)
        {
            var total = 0m;
            foreach (var input in _inputs)
            {
                total += (await rules.CalculateAsync(input).ConfigureAwait(false)).NetPay;
            }

            return total;
        }

        var net = new decimal[_inputs.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, _inputs.Length), new ParallelOptions { MaxDegreeOfParallelism = Threads },
            async (i, _) => net[i] = (await rules.CalculateAsync(_inputs[i]).ConfigureAwait(false)).NetPay).ConfigureAwait(false);
        return net.Sum();
    }

    /// <summary>Explained payslips (every line with its explanation as data, text not formatted), streamed in batches.</summary>
    [Benchmark(Description = "HrKit CalculateMany (payslips)")]
    public decimal CalculateMany()
    {
        var total = 0m;
        foreach (var result in _engine.CalculateMany(_inputs))
        {
            total += result.Payslip!.NetPay;
        }

        return total;
    }

    /// <summary>Explained payslips whose every explanation text is read (formatted on demand), as a printed run does.</summary>
    [Benchmark(Description = "HrKit CalculateMany (payslips, every explanation read)")]
    public decimal CalculateManyExplained()
    {
        var total = 0m;
        foreach (var result in _engine.CalculateMany(_inputs))
        {
            total += result.Payslip!.NetPay;
            foreach (var line in result.Payslip.Lines)
            {
                total += line.Explanation.Length;
            }
        }

        return total;
    }

    /// <summary>Totals only (no lines, no strings): the bulk path for runs that post amounts. China mainland, the default pack.</summary>
    [Benchmark(Description = "HrKit CalculateManySummaries")]
    public decimal CalculateManySummaries() => Summaries("CN");

    /// <summary>United Kingdom (GB pack: PAYE by tax code, Class 1 NICs): totals and YTD of <see cref="UkPayrollWorkload"/>, June 2025.</summary>
    [Benchmark(Description = "HrKit CalculateManySummaries, GB")]
    public decimal CalculateManySummariesUnitedKingdom() => Summaries("GB");

    /// <summary>The totals path over the workload of one jurisdiction pack.</summary>
    private decimal Summaries(string jurisdiction)
    {
        var total = 0m;
        foreach (var result in _engine.CalculateManySummaries(_workloads[jurisdiction]))
        {
            total += result.Summary.NetPay;
        }

        return total;
    }
}
