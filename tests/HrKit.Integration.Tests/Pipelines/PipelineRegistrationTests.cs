using System.Globalization;
using HrKit.Integration;
using HrKit.Integration.Model;
using HrKit.Integration.Outbound;
using HrKit.Integration.Vendors;
using HrKit.Integration.Pipelines;
using HrKit.Integration.Sync;
using HrKit.Integration.Tests.Fakes;
using HrKit.Integration.Webhooks;
using HrKit.Points;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Integration.Tests.Pipelines;

public sealed class PipelineRegistrationTests
{
    private const string Secret = "whsec-test";

    [Fact]
    public async Task AddHrKitIntegration_WithPoints_ResolvesEveryPipelineAndTheSync()
    {
        await using var sp = IntegrationHarness.Build(_ => { }, more: s => s.AddHrKitPoints().AddHrKitPointsInMemory());

        Assert.NotNull(sp.GetRequiredService<AttendancePayrollPipeline>());
        Assert.NotNull(sp.GetRequiredService<AttendancePointsPipeline>());
        Assert.NotNull(sp.GetRequiredService<LearningBonusPayrollPipeline>());
        Assert.NotSame(sp.GetRequiredService<AttendanceSync>(), sp.GetRequiredService<AttendanceSync>()); // transient, like its HTTP clients
    }

    [Fact]
    public async Task AddHrKitIntegration_CalledTwice_RegistersServicesOnceAndAppliesBothConfigurations()
    {
        // Issue 19: a second call registered every attendance source again, so a sync read each vendor twice.
        var services = new ServiceCollection();
        services.AddHrKitIntegration(o => (o.WeCom.CorpId, o.WeCom.CheckInSecret) = ("ww-first", "s1"));
        services.AddHrKitIntegration(o => (o.DingTalk.AppKey, o.DingTalk.AppSecret) = ("ding-second", "s2"));
        await using var sp = services.BuildServiceProvider();

        var sources = sp.GetServices<IAttendanceSource>().Select(s => s.GetType().Name).Order(StringComparer.Ordinal);
        var options = sp.GetRequiredService<IOptions<IntegrationOptions>>().Value;

        Assert.Equal(["DingTalkClient", "WeComClient"], sources);
        Assert.Single(sp.GetServices<IHostedService>());
        Assert.Single(sp.GetServices<IOutboundAdapter<WelfareRedemption>>());
        Assert.Equal("ww-first", options.WeCom.CorpId);
        Assert.Equal("ding-second", options.DingTalk.AppKey);
    }

    [Fact]
    public async Task AddHrKitIntegration_WithoutPoints_WebhooksStillFlowAndPointsPipelinesSayWhatToAdd()
    {
        var processed = new RecordingWebhookHandler();
        await using var sp = IntegrationHarness.Build(o => o.SignedWebhook.Secret = Secret, after: s => s.AddSingleton<IWebhookHandler>(processed));
        const string body = "{\"employeeId\":\"E1\",\"type\":\"article.shared\"}";
        var timestamp = IntegrationHarness.Now.ToUnixTimeSeconds();
        var headers = new Dictionary<string, string>
        {
            [SignedWebhookReceiver.TimestampHeader] = timestamp.ToString(CultureInfo.InvariantCulture),
            [SignedWebhookReceiver.SignatureHeader] = SignedWebhookReceiver.Sign(Secret, timestamp, body),
        };

        var response = await sp.GetRequiredService<SignedWebhookReceiver>().ReceiveAsync(new WebhookRequest("POST", new Dictionary<string, string>(), headers, body));
        await processed.WaitForAsync(1); // the points handler before it ran and did nothing

        Assert.Equal(200, response.StatusCode);
        var ex = Assert.Throws<InvalidOperationException>(() => sp.GetRequiredService<AttendancePointsPipeline>());
        Assert.Contains("AddHrKitPoints", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AddHrKitPoints", Assert.Throws<InvalidOperationException>(() => sp.GetRequiredService<LearningBonusPayrollPipeline>()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AttendancePayrollPipeline_Build_IsTracedOnTheIntegrationActivitySource()
    {
        using var traced = new ActivityRecorder();
        await using var sp = IntegrationHarness.Build(_ => { });
        var employees = new[] { new Employee("traced-1"), new Employee("traced-2"), new Employee("traced-3") };

        sp.GetRequiredService<AttendancePayrollPipeline>().Build(new YearMonth(2026, 10), [], employees);

        Assert.Contains(traced.Stopped, a => a.OperationName == "attendance.payroll" && Equals(a.GetTagItem("hrkit.employees"), 3));
    }
}
