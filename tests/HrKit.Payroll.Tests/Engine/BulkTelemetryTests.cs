using System.Diagnostics;
using System.Diagnostics.Metrics;
using HrKit.Payroll.Diagnostics;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using NodaTime;

namespace HrKit.Payroll.Tests.Engine;

/// <summary>
/// What a bulk run reports (docs/telemetry.md): per batch one <c>payroll.batch</c> activity with its first index and
/// size, and one duration; per run the payslips paid and the records rejected. 48 records in batches of 16 are three
/// batches (0–15, 16–31, 32–47), and nothing more; records 13 (an unknown city) and 30 (a repeat of E3) are rejected.
/// </summary>
public sealed class BulkTelemetryTests
{
    private static List<EmployeeMonthInput> Inputs(int count) => Enumerable.Range(0, count).Select(i => new EmployeeMonthInput
    {
        EmployeeId = "E" + (i == 30 ? 3 : i).ToString(System.Globalization.CultureInfo.InvariantCulture),
        Period = new YearMonth(2026, 1),
        City = i == 13 ? "atlantis" : "beijing",
        BaseSalary = 8_000m,
    }).ToList();

    // The engine's instruments on a meter of this test's own, so parallel tests do not add to its sums.
    private sealed class Meters : IDisposable
    {
        private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

        public Meters()
        {
            var factory = _services.GetRequiredService<IMeterFactory>();
            Metrics = new PayrollMetrics(factory);
            Payslips = new MetricCollector<long>(factory, PayrollTelemetry.Name, "hrkit.payroll.payslips");
            Rejected = new MetricCollector<long>(factory, PayrollTelemetry.Name, "hrkit.payroll.rejected");
            Durations = new MetricCollector<double>(factory, PayrollTelemetry.Name, "hrkit.payroll.batch.duration");
        }

        public PayrollMetrics Metrics { get; }

        public MetricCollector<long> Payslips { get; }

        public MetricCollector<long> Rejected { get; }

        public MetricCollector<double> Durations { get; }

        public (long Payslips, long Rejected, int Batches) Read() =>
            (Payslips.GetMeasurementSnapshot().EvaluateAsCounter(), Rejected.GetMeasurementSnapshot().EvaluateAsCounter(),
                Durations.GetMeasurementSnapshot().Count);

        public void Dispose()
        {
            Payslips.Dispose();
            Rejected.Dispose();
            Durations.Dispose();
            _services.Dispose();
        }
    }

    private static PayrollEngine Engine(Meters meters, int batchSize, int threads = 2) =>
        new PayrollEngineBuilder().WithBatchSize(batchSize).WithMaxDegreeOfParallelism(threads).WithMetrics(meters.Metrics).Build();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void CalculateManySummaries_ThreeBatches_CountsPayslipsRejectionsAndBatches(int threads)
    {
        using var meters = new Meters();

        _ = Engine(meters, 16, threads).CalculateManySummaries(Inputs(48)).ToList();

        Assert.Equal((46L, 2L, 3), meters.Read());
    }

    [Fact]
    public async Task CalculateManyAsync_ThreeBatches_CountsPayslipsRejectionsAndBatches()
    {
        using var meters = new Meters();

        await foreach (var _ in Engine(meters, 16).CalculateManyAsync(Inputs(48).ToAsyncEnumerable()))
        {
        }

        Assert.Equal((46L, 2L, 3), meters.Read());
    }

    [Fact]
    public void CalculateMany_BatchSizeAboveTheFullPayslipLimit_ComputedInBatchesOf256()
    {
        // Full payslips are computed at most 256 at a time (CalculateMany's documentation): 300 records are a batch of 256 and one of 44.
        using var meters = new Meters();

        _ = Engine(meters, 1_000).CalculateMany(Inputs(300)).ToList();

        Assert.Equal((298L, 2L, 2), meters.Read());
    }

    [Fact]
    public void CalculateManySummaries_OneActivityPerBatch_WithItsFirstIndexAndSize()
    {
        using var testSource = new ActivitySource("HrKit.Payroll.Tests.BulkTelemetry");
        var stopped = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is PayrollTelemetry.Name or "HrKit.Payroll.Tests.BulkTelemetry",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                lock (stopped)
                {
                    stopped.Add(a);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        using var meters = new Meters();

        // The batches of this run are the children of its own activity: other tests' batches have other parents.
        using (var run = testSource.StartActivity("run")!)
        {
            _ = Engine(meters, 16).CalculateManySummaries(Inputs(48)).ToList();
        }

        List<Activity> batches;
        lock (stopped)
        {
            var run = stopped.Single(a => a.Source == testSource);
            batches = stopped.Where(a => a.ParentSpanId == run.SpanId).ToList();
        }

        Assert.All(batches, b => Assert.Equal("payroll.batch", b.OperationName));
        Assert.Equal([0L, 16L, 32L], batches.Select(b => Convert.ToInt64(b.GetTagItem("hrkit.batch.first_index"), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal([16L, 16L, 16L], batches.Select(b => Convert.ToInt64(b.GetTagItem("hrkit.batch.size"), System.Globalization.CultureInfo.InvariantCulture)));
    }
}
