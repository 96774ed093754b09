using System.Diagnostics;
using System.Globalization;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;

namespace HrKit.Benchmarks.Payroll;

/// <summary>
/// A quick harness for profiling the payroll paths outside BenchmarkDotNet (--profile): wall time, allocated bytes and
/// GC counts per path, single-threaded and parallel, plus the single-record APIs. Attach dotnet-trace/dotnet-counters to it.
/// </summary>
internal static class PayrollProfile
{
    public static int Run(int employees)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generating {employees:N0} employees..."));
        var inputs = PayrollWorkload.Create(employees);
        var single = new PayrollEngineBuilder().WithMaxDegreeOfParallelism(1).Build();
        var parallel = new PayrollEngineBuilder().WithMaxDegreeOfParallelism(Environment.ProcessorCount).Build();
        for (var round = 0; round < 3; round++)
        {
            Console.WriteLine($"-- round {round + 1}");
            Measure("CalculateSummary loop (1 thread)", inputs, () =>
            {
                var t = 0m;
                foreach (var input in inputs)
                {
                    t += single.CalculateSummary(input).NetPay;
                }

                return t;
            });
            Measure("Calculate loop (1 thread)", inputs, () =>
            {
                var t = 0m;
                foreach (var input in inputs)
                {
                    t += single.Calculate(input).NetPay;
                }

                return t;
            });
            Measure("CalculateManySummaries (1 thread)", inputs, () => single.CalculateManySummaries(inputs).Sum(r => r.Summary.NetPay));
            Measure($"CalculateManySummaries ({Environment.ProcessorCount} threads)", inputs, () => parallel.CalculateManySummaries(inputs).Sum(r => r.Summary.NetPay));
            Measure("CalculateMany (1 thread)", inputs, () => single.CalculateMany(inputs).Sum(r => r.Payslip!.NetPay));
            Measure($"CalculateMany ({Environment.ProcessorCount} threads)", inputs, () => parallel.CalculateMany(inputs).Sum(r => r.Payslip!.NetPay));
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        _ = new TaxYearToDate { Income = 1m };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one TaxYearToDate = {GC.GetAllocatedBytesForCurrentThread() - before} bytes"));
        return 0;
    }

    private static void Measure(string name, EmployeeMonthInput[] inputs, Func<decimal> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var total = run();
        watch.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var perSecond = inputs.Length / watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-40} {watch.Elapsed.TotalMilliseconds,9:N1} ms {perSecond,12:N0}/s {(double)allocated / inputs.Length,8:N1} B/item  GC {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}  (net {total:N2})"));
    }
}
