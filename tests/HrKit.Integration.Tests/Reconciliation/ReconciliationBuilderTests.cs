using System.Diagnostics.Metrics;
using HrKit.Integration.Model;
using HrKit.Integration.Pipelines;
using HrKit.Integration.Reconciliation;
using HrKit.Integration.Tests.Fakes;
using HrKit.Payroll.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using NodaTime;
using NodaTime.Testing;
using static HrKit.Integration.Tests.Pipelines.October2025;

namespace HrKit.Integration.Tests.Reconciliation;

/// <summary>
/// The sync counts (collected by the internal ReconciliationBuilder) through the public pipeline: every record read
/// lands in exactly one of accepted, duplicate, outside the period or rejected, counted by hand below.
/// </summary>
public sealed class ReconciliationBuilderTests
{
    private static readonly Instant AfterTheMonth = At(11, 3, 10, 0);

    [Fact]
    public void Build_OneRecordOfEachFate_CountsEachOnceAndReadIsTheirSum()
    {
        // A clock that moves one minute per reading: the report's start is the first reading, its end the last.
        var clock = new FakeClock(AfterTheMonth, Duration.FromMinutes(1));
        var pipeline = new AttendancePayrollPipeline(Calendar, clock, Shanghai, Duration.FromMinutes(5));
        var records = new[]
        {
            CheckIn("E1", 9, 8, 55, CheckInKind.OnDuty),                   // accepted
            CheckIn("E1", 9, 18, 5, CheckInKind.OffDuty),                  // accepted
            CheckIn("E1", 9, 18, 5, CheckInKind.OffDuty),                  // duplicate (same record id)
            CheckIn("E1", 30, 9, 0, CheckInKind.OnDuty, month: 9),         // outside October
            CheckIn("E1", 1, 9, 0, CheckInKind.OnDuty, month: 11),        // outside October
            CheckIn("E1", 1, 9, 0, CheckInKind.OnDuty, month: 11) with { RecordId = "other id" }, // duplicate (same event)
            CheckIn("", 10, 9, 0, CheckInKind.OnDuty),                     // rejected: no employee
            CheckIn("E9", 10, 9, 0, CheckInKind.OnDuty),                   // rejected: not in the roster
            CheckIn("E1", 3, 11, 0, CheckInKind.OnDuty, month: 11),        // rejected: an hour after now, beyond the 5-minute skew
        };

        var report = pipeline.Build(Month, records, [new Employee("E1")]).Report;

        Assert.Equal("attendance 2025-10", report.Name);
        Assert.Equal(AfterTheMonth, report.StartedAt);
        Assert.Equal(AfterTheMonth + Duration.FromMinutes(2), report.FinishedAt);
        Assert.Equal(9, report.RecordsRead);
        Assert.Equal(2, report.Accepted);
        Assert.Equal(2, report.DuplicatesDropped);
        Assert.Equal(2, report.OutsidePeriod);
        Assert.Equal(
            [RejectionReason.MissingEmployeeId, RejectionReason.UnknownEmployee, RejectionReason.InFuture],
            report.Rejected.Select(r => r.Reason));
        Assert.Equal(["-1010-0900-OnDuty", "E9-1010-0900-OnDuty", "E1-1103-1100-OnDuty"], report.Rejected.Select(r => r.RecordId));
        Assert.Equal(0.3333m, report.ErrorRate);
        Assert.Empty(report.FailedRequests);
        Assert.True(report.IsComplete);
    }

    [Fact]
    public void Build_NothingRead_IsAnEmptyCompleteReport()
    {
        var report = new AttendancePayrollPipeline(Calendar, new FakeClock(AfterTheMonth), Shanghai, Duration.Zero).Build(Month, []).Report;

        Assert.Equal((0, 0, 0, 0), (report.RecordsRead, report.Accepted, report.DuplicatesDropped, report.OutsidePeriod));
        Assert.Empty(report.Rejected);
        Assert.True(report.IsComplete);
    }

    [Fact]
    public void Build_ThreeRejections_AddsThreeToTheHostsRejectedRecordsCounter()
    {
        using var sp = IntegrationHarness.Build(ConfigureCalendar, new FakeClock(AfterTheMonth), more: s => s.AddMetrics(), startHostedServices: false);
        var factory = sp.GetRequiredService<IMeterFactory>();
        using var rejected = new MetricCollector<long>(factory, IntegrationTelemetry.Name, "hrkit.integration.records_rejected");
        var pipeline = sp.GetRequiredService<AttendancePayrollPipeline>();
        var records = new[]
        {
            CheckIn("E1", 9, 8, 55, CheckInKind.OnDuty),
            CheckIn("", 9, 9, 0, CheckInKind.OnDuty),
            CheckIn("E7", 9, 9, 0, CheckInKind.OnDuty),
            CheckIn("E8", 9, 9, 0, CheckInKind.OnDuty),
        };

        var report = pipeline.Build(Month, records, [new Employee("E1")]).Report;

        Assert.Equal(3, report.Rejected.Count);
        Assert.Equal(3, rejected.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.All(rejected.GetMeasurementSnapshot(), m => Assert.Equal(1, m.Value));
    }
}
