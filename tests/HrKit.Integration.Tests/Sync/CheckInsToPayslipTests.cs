using System.Globalization;
using HrKit.Integration.Model;
using HrKit.Integration.Pipelines;
using HrKit.Integration.Sync;
using HrKit.Integration.Tests.Fakes;
using HrKit.Integration.Webhooks;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Points;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using static HrKit.Integration.Tests.Pipelines.October2025;

namespace HrKit.Integration.Tests.Sync;

/// <summary>The whole loop a host runs: WeCom check-ins and an LMS webhook in, points and a payslip out.</summary>
public sealed class CheckInsToPayslipTests
{
    private const string Secret = "whsec-test";

    [Fact]
    public async Task October2025_CheckInsAndATrainingWebhook_EndInTheHandComputedPayslipLines()
    {
        await using var wecom = await FakeWeComServer.StartAsync();
        foreach (var day in Workdays.Where(d => d != 15)) // absent on the 15th
        {
            wecom.CheckIns.Add(("E1", "上班打卡", "", At(10, day, day == 9 ? 9 : 8, day == 9 ? 12 : 55).ToUnixTimeSeconds())); // 12 minutes late on the 9th
            wecom.CheckIns.Add(("E1", "下班打卡", "", At(10, day, 18, 5).ToUnixTimeSeconds()));
        }

        wecom.CheckIns.Add(("E1", "上班打卡", "", At(10, 2, 10, 0).ToUnixTimeSeconds())); // National Day, a statutory holiday:
        wecom.CheckIns.Add(("E1", "下班打卡", "", At(10, 2, 15, 10).ToUnixTimeSeconds())); // 310 minutes → 5 hours at 300 %
        var processed = new RecordingWebhookHandler();
        var clock = new FakeClock(At(11, 3, 10, 0));
        await using var sp = IntegrationHarness.Build(
            o =>
            {
                IntegrationHarness.WeCom(wecom)(o);
                o.SignedWebhook.Secret = Secret;
                foreach (var day in new[] { 1, 2, 3, 6 })
                {
                    o.StatutoryHolidays.Add(Day(day));
                }

                o.MakeUpWorkdays.Add(Day(11));
                o.ShiftedRestDays.Add(Day(7));
                o.ShiftedRestDays.Add(Day(8));
            },
            clock,
            more: s => s.AddHrKitPoints().AddHrKitPointsInMemory(),
            after: s => s.AddSingleton<IWebhookHandler>(processed));

        // The learning system reports a three-hour course.
        const string course = "{\"eventId\":\"lms-7\",\"employeeId\":\"E1\",\"minutes\":180,\"occurredAt\":\"2025-10-20T17:00:00+08:00\"}";
        var timestamp = clock.GetCurrentInstant().ToUnixTimeSeconds();
        await sp.GetRequiredService<SignedWebhookReceiver>().ReceiveAsync(new WebhookRequest("POST", new Dictionary<string, string>(), new Dictionary<string, string>
        {
            [SignedWebhookReceiver.TimestampHeader] = timestamp.ToString(CultureInfo.InvariantCulture),
            [SignedWebhookReceiver.SignatureHeader] = SignedWebhookReceiver.Sign(Secret, timestamp, course),
            [SignedWebhookReceiver.EventHeader] = "training.completed",
        }, course));
        await processed.WaitForAsync(1);

        var sync = await sp.GetRequiredService<AttendanceSync>().RunAsync(Month, [new Employee("E1")], postPoints: true);
        var input = sync.Employees[0].ApplyTo(new EmployeeMonthInput
        {
            EmployeeId = "E1",
            Period = Month,
            City = "shanghai",
            BaseSalary = 21_750m,
            Performance = new PerformanceInput("S", 5_000m, 0m),
            HireDate = Day(1),
        });
        var learning = await sp.GetRequiredService<LearningBonusPayrollPipeline>().ApplyAsync(Month, [input]);
        var slip = new PayrollEngineBuilder().Build().Calculate(learning.Inputs[0]);

        Assert.True(sync.Report.IsComplete);
        Assert.Equal(new AttendanceInput(18, 18, 1, 1, 12), input.Attendance);
        Assert.Equal(new OvertimeHours(0m, 0m, 5m), input.Overtime);
        Assert.Equal((15L, 0.03m), (learning.Bonuses[0].LearningPoints, learning.Bonuses[0].Factor)); // min(15 / 50, 1) × 10 %
        // Daily wage 21 750 / 21.75 = 1 000, hourly 125: holiday overtime 5 × 125 × 3; one day's unpaid leave; one late
        // arrival at the policy's 50; grade S bonus 5 000 × 1.5 = 7 500, of which 3 % for learning.
        Assert.Equal(1_875.00m, slip.Line("OT_HOLIDAY")!.Amount);
        Assert.Equal(1_000.00m, slip.Line("UNPAID_LEAVE")!.Amount);
        Assert.Equal(50m, slip.Line("LATE")!.Amount);
        Assert.Equal(7_500m, slip.Line("PERF_BONUS")!.Amount);
        Assert.Equal(225.00m, slip.Line("LEARNING_BONUS")!.Amount);
    }
}
