using HrKit.Integration.Model;
using HrKit.Integration.Outbound;
using HrKit.Integration.Pipelines;
using HrKit.Integration.Reconciliation;
using HrKit.Integration.Sync;
using HrKit.Integration.Webhooks;
using HrKit.Points.Analytics;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using NodaTime;
using NodaTime.Testing;
using NSubstitute;

namespace HrKit.Mocking.Tests;

public sealed class IntegrationMockingTests
{
    private static readonly YearMonth June = new(2025, 6);
    private static readonly Instant Monday9am = Instant.FromUtc(2025, 6, 2, 1, 0);

    private static WebhookRequest Post(string body) =>
        new("POST", new Dictionary<string, string>(), new Dictionary<string, string>(), body);

    [Fact]
    public async Task RunAsync_SyncMocked_HostSeesTheMockedReport()
    {
        var sync = Substitute.For<AttendanceSync>();
        var report = new ReconciliationReport { Name = "attendance 2025-06", RecordsRead = 3, Accepted = 3 };
        sync.RunAsync(June, Arg.Any<IReadOnlyCollection<Employee>>(), Arg.Any<bool>(), Arg.Any<CancellationToken>())
            .Returns(new AttendanceSyncResult([], report, null));

        var result = await sync.RunAsync(June, [new Employee("E1")]);

        Assert.Equal(3, result.Report.Accepted);
    }

    [Fact]
    public async Task ReceiveAsync_EachReceiverMocked_AnswersWhatTheTestSays()
    {
        var signed = Substitute.For<SignedWebhookReceiver>();
        var wecom = Substitute.For<WeComCallbackReceiver>();
        var dingtalk = Substitute.For<DingTalkCallbackReceiver>();
        signed.ReceiveAsync(Arg.Any<WebhookRequest>(), Arg.Any<CancellationToken>()).Returns(new WebhookResponse(202, "queued"));
        wecom.ReceiveAsync(Arg.Any<WebhookRequest>(), Arg.Any<CancellationToken>()).Returns(new WebhookResponse(200, "success"));
        dingtalk.ReceiveAsync(Arg.Any<WebhookRequest>(), Arg.Any<CancellationToken>()).Returns(new WebhookResponse(401, "invalid signature"));

        Assert.Equal(202, (await signed.ReceiveAsync(Post("{}"))).StatusCode);
        Assert.Equal(200, (await wecom.ReceiveAsync(Post("<xml/>"))).StatusCode);
        Assert.Equal(401, (await dingtalk.ReceiveAsync(Post("{}"))).StatusCode);
    }

    [Fact]
    public async Task ForwardAsync_ForwarderMocked_ReportsTheMockedFailure()
    {
        var forwarder = Substitute.For<RedemptionForwarder>();
        forwarder.ForwardAsync(Arg.Any<CancellationToken>()).Returns(new ForwardingReport
        {
            Receiver = "welfare",
            Pending = 1,
            Failed = [new ForwardingFailure("R-1", 503, null, "welfare is down", IsTransient: true)],
        });

        var report = await forwarder.ForwardAsync();

        Assert.False(report.IsComplete);
    }

    [Fact]
    public async Task PostCheckInsAsync_PointsServiceMocked_SdkPipelineRecordsThroughTheMock()
    {
        // The SDK's own pipeline depends on the PointsService seam: a mock receives what it would record.
        var points = Substitute.For<PointsService>();
        points.ProcessBatchAsync(Arg.Any<IReadOnlyList<PointsEvent>>(), Arg.Any<CancellationToken>()).Returns(new AppendResult([], []));
        var pipeline = new AttendancePointsPipeline(points, new FakeClock(Monday9am + Duration.FromDays(1)), DateTimeZoneProviders.Tzdb["Asia/Shanghai"], Duration.FromMinutes(5));

        await pipeline.PostCheckInsAsync([new CheckInRecord("wecom", "r1", "E1", Monday9am, CheckInKind.OnDuty)]);

        await points.Received(1).ProcessBatchAsync(
            Arg.Is<IReadOnlyList<PointsEvent>>(events => events.Count == 1 && events[0].EmployeeId == "E1" && events[0].OccurredAt == Monday9am),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task ApplyAsync_LearningBonusCalculatorMocked_SdkPipelineAppliesTheMockedFactor()
    {
        var calculator = Substitute.For<LearningBonusCalculator>();
        calculator.GetAllAsync(June, Arg.Any<CancellationToken>()).Returns([new LearningBonus("E1", June, 100, 0.2m)]);
        var pipeline = new LearningBonusPayrollPipeline(calculator);
        var input = new HrKit.Payroll.Model.EmployeeMonthInput { EmployeeId = "E1", Period = June, City = "Shanghai" };

        var result = await pipeline.ApplyAsync(June, [input]);

        Assert.Equal(0.2m, result.Inputs.Single().Performance.LearningBonusFactor);
    }

    [Fact]
    public async Task PostMonthAsync_PipelineMocked_HostSeesTheMockedResult()
    {
        var pipeline = Substitute.For<AttendancePointsPipeline>();
        pipeline.PostMonthAsync(Arg.Any<IEnumerable<EmployeeAttendanceMonth>>(), Arg.Any<CancellationToken>())
            .Returns(new AppendResult([], ["E1/2025-06"]));

        var result = await pipeline.PostMonthAsync([]);

        Assert.Equal(["E1/2025-06"], result.DuplicateSources);
    }
}
