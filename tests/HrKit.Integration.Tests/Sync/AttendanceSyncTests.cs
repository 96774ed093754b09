using HrKit.Integration;
using HrKit.Integration.Model;
using HrKit.Integration.Reconciliation;
using HrKit.Integration.Sync;
using HrKit.Integration.Tests.Fakes;
using HrKit.Payroll.Model;
using HrKit.Points;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using static HrKit.Integration.Tests.Pipelines.October2025;

namespace HrKit.Integration.Tests.Sync;

/// <summary>October 2025 synced from the Kestrel fakes of WeCom and DingTalk through the real service graph.</summary>
public sealed class AttendanceSyncTests
{
    private static readonly Instant AfterTheMonth = At(11, 3, 10, 0);

    private static ServiceProvider Build(Action<IntegrationOptions> vendor, bool withPoints = true) =>
        IntegrationHarness.Build(
            o =>
            {
                vendor(o);
                ConfigureCalendar(o);
            },
            new FakeClock(AfterTheMonth),
            more: withPoints ? s => s.AddHrKitPoints().AddHrKitPointsInMemory() : null);

    private static async Task<long> GeneralAsync(IServiceProvider sp, string employee) =>
        (await sp.GetRequiredService<PointsService>().GetBalancesAsync(employee)).SingleOrDefault(b => b.Category == "general").Points;

    [Fact]
    public async Task WeCom_MonthThenRerunWithExpiredTokenAndRateLimit_ReconcilesAndAwardsPointsOnce()
    {
        await using var fake = await FakeWeComServer.StartAsync();
        foreach (var day in Workdays)
        {
            var late = day == 9;
            fake.CheckIns.Add(("E1", "上班打卡", late ? "时间异常" : "", At(10, day, late ? 9 : 8, late ? 12 : 55).ToUnixTimeSeconds()));
            fake.CheckIns.Add(("E1", "下班打卡", "", At(10, day, 18, 5).ToUnixTimeSeconds()));
            fake.CheckIns.Add(("E2", "上班打卡", "", At(10, day, 8, 50).ToUnixTimeSeconds()));
            fake.CheckIns.Add(("E2", "下班打卡", "", At(10, day, 18, 0).ToUnixTimeSeconds()));
        }

        fake.CheckIns.Add(("E2", "补卡", "", At(10, 20, 12, 0).ToUnixTimeSeconds())); // not a documented checkin_type
        await using var sp = Build(IntegrationHarness.WeCom(fake));
        Employee[] roster = [new("E1"), new("E2")];
        using var traced = new ActivityRecorder();

        var first = await sp.GetRequiredService<AttendanceSync>().RunAsync(Month, roster, postPoints: true);
        fake.Tokens.ExpireAll();
        fake.RateLimitNext(1);
        var second = await sp.GetRequiredService<AttendanceSync>().RunAsync(Month, roster, postPoints: true);

        Assert.Equal(new AttendanceInput(18, 18, 0, 1, 12), first.Employees[0].Attendance);
        Assert.Equal(new AttendanceInput(18, 18, 0, 0, 0), first.Employees[1].Attendance);
        var report = first.Report;
        Assert.True(report.IsComplete);
        Assert.Equal((73, 72, 0, 0), (report.RecordsRead, report.Accepted, report.DuplicatesDropped, report.OutsidePeriod));
        Assert.Equal(RejectionReason.Malformed, Assert.Single(report.Rejected).Reason);
        Assert.Equal(0.0137m, report.ErrorRate); // 1 / 73

        // 72 check-ins (the second of each day capped at 0), E1's late day, E2's full-attendance month.
        Assert.Equal(72 + 1 + 1, first.Points!.Posted.Count);
        Assert.Equal((72 + 1 + 2, 0), (first.PointsEvents, first.PointsRejected.Count)); // and both attendance months
        Assert.Equal(18 - 5, await GeneralAsync(sp, "E1"));
        Assert.Equal(18 + 10, await GeneralAsync(sp, "E2"));

        var sync = traced.Stopped.First(a => a.OperationName == "attendance.sync");
        Assert.Equal(("2025-10", 73, 1), (sync.GetTagItem("hrkit.month"), sync.GetTagItem("hrkit.records_read"), sync.GetTagItem("hrkit.rejected")));
        Assert.Contains(traced.Stopped, a => a.OperationName == "attendance.points" && Equals(a.GetTagItem("hrkit.postings"), 74) && a.ParentId == sync.Id);

        // The rerun refreshed the expired token once, waited out the rate limit, and changed nothing.
        Assert.Equal(2, fake.Tokens.Requests);
        Assert.Empty(fake.Violations);
        Assert.True(second.Report.IsComplete);
        Assert.Equal(first.Employees.Select(e => e.Attendance), second.Employees.Select(e => e.Attendance));
        Assert.Empty(second.Points!.Posted);
        Assert.Equal(74, second.Points.DuplicateSources.Count);
        Assert.Equal(18 - 5, await GeneralAsync(sp, "E1"));
    }

    [Fact]
    public async Task DingTalk_PageFailingAfterRetries_IsReportedAndPostsNothingUntilACompleteRerun()
    {
        await using var fake = await FakeDingTalkServer.StartAsync();
        var users = Enumerable.Range(1, 8).Select(i => $"E{i}").ToList();
        long id = 0;
        foreach (var user in users)
        {
            foreach (var day in Workdays)
            {
                fake.Records.Add((++id, user, "OnDuty", "Normal", At(10, day, 8, 55).ToUnixTimeMilliseconds(), $"2025-10-{day:00}"));
                fake.Records.Add((++id, user, "OffDuty", "Normal", At(10, day, 18, 5).ToUnixTimeMilliseconds(), $"2025-10-{day:00}"));
            }
        }

        // The week of 7–13 October holds 8 users × 4 working days × 2 = 64 results: two pages. The second never works.
        fake.FailPage = (from, offset) => from == "2025-10-07 00:00:00" && offset == 50;
        await using var sp = Build(IntegrationHarness.DingTalk(fake));
        var roster = users.Select(u => new Employee(u)).ToList();

        var broken = await sp.GetRequiredService<AttendanceSync>().RunAsync(Month, roster, postPoints: true);

        var failed = Assert.Single(broken.Report.FailedRequests);
        Assert.Equal(("dingtalk", "8 users 2025-10-07..2025-10-13"), (failed.Vendor, failed.Scope));
        Assert.False(broken.Report.IsComplete);
        Assert.Equal((288 - 64, 288 - 64), (broken.Report.RecordsRead, broken.Report.Accepted)); // the whole week is dropped, not half of it
        Assert.Null(broken.Points);
        Assert.Equal((0, 0), (broken.PointsEvents, broken.PointsRejected.Count));
        Assert.Empty(await sp.GetRequiredService<PointsService>().Store.GetPostingsAsync(new PostingQuery()));

        fake.FailPage = null;
        fake.Tokens.ExpireAll();
        fake.RateLimitNext(1);
        var fixedRun = await sp.GetRequiredService<AttendanceSync>().RunAsync(Month, roster, postPoints: true);

        Assert.True(fixedRun.Report.IsComplete);
        Assert.Equal(288, fixedRun.Report.Accepted);
        Assert.All(fixedRun.Employees, e => Assert.Equal(new AttendanceInput(18, 18, 0, 0, 0), e.Attendance));
        Assert.Equal(288 + 8, fixedRun.Points!.Posted.Count);
        Assert.Equal(18 + 10, await GeneralAsync(sp, "E8"));
        Assert.Equal(2, fake.Tokens.Requests);
        Assert.Empty(fake.Violations);
    }

    [Fact]
    public async Task RunAsync_NoSourceConfiguredOrPointsWithoutHrKitPoints_FailsWithWhatToSet()
    {
        await using (var none = Build(_ => { }))
        {
            var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => none.GetRequiredService<AttendanceSync>().RunAsync(Month, [new Employee("E1")]));
            Assert.Contains("WeCom.CorpId", ex.Message, StringComparison.Ordinal);
        }

        await using var fake = await FakeWeComServer.StartAsync();
        await using var noPoints = Build(IntegrationHarness.WeCom(fake), withPoints: false);
        var points = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            noPoints.GetRequiredService<AttendanceSync>().RunAsync(Month, [new Employee("E1")], postPoints: true));
        Assert.Contains("AddHrKitPoints", points.Message, StringComparison.Ordinal);
        Assert.Single((await noPoints.GetRequiredService<AttendanceSync>().RunAsync(Month, [new Employee("E1")])).Employees);
    }

    [Fact]
    public async Task Options_DateBothHolidayAndShiftedRestDay_FailValidationNamingTheDate()
    {
        await using var sp = Build(o => o.ShiftedRestDays.Add(Day(6)), withPoints: false); // the 6th is already a holiday

        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<IntegrationOptions>>().Value);

        Assert.Contains("2025-10-06", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PolicyOverflowsOnALateDay_ReportsAndLogsThatEventRecordsTheRest()
    {
        // Late points of a million per minute: E1's 12 minutes late on the 9th compute 12,000,000 points, past the
        // ±1,000,000 a posting may carry, so that one event is rejected; the check-ins and E2's month are recorded.
        var policy = Path.Combine(Path.GetTempPath(), $"hrkit-sync-policy-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(policy, """
            { "WorkflowName": "OverflowingLate", "Rules": [
              { "RuleName": "CheckIn", "Expression": "e.Type == \"checkIn\"", "Properties": { "points": 1, "category": "general", "dailyCap": 1 } },
              { "RuleName": "Late", "Expression": "e.Type == \"late\"", "Properties": { "points": "e.Minutes * -1000000", "category": "general" } },
              { "RuleName": "FullMonth", "Expression": "e.Type == \"attendanceMonth\" && e.Count == 0", "Properties": { "points": 10, "category": "general" } } ] }
            """);
        await using var fake = await FakeWeComServer.StartAsync();
        foreach (var day in Workdays)
        {
            fake.CheckIns.Add(("E1", "上班打卡", day == 9 ? "时间异常" : "", At(10, day, day == 9 ? 9 : 8, day == 9 ? 12 : 55).ToUnixTimeSeconds()));
            fake.CheckIns.Add(("E2", "上班打卡", "", At(10, day, 8, 50).ToUnixTimeSeconds()));
        }

        using var logs = new CapturingLoggerProvider();
        await using var sp = IntegrationHarness.Build(
            o =>
            {
                IntegrationHarness.WeCom(fake)(o);
                ConfigureCalendar(o);
            },
            new FakeClock(AfterTheMonth),
            more: s => s.AddLogging(b => b.AddProvider(logs)).AddHrKitPoints(p => p.PolicyPath = policy).AddHrKitPointsInMemory());

        try
        {
            var sync = await sp.GetRequiredService<AttendanceSync>().RunAsync(Month, [new Employee("E1"), new Employee("E2")], postPoints: true);

            // 36 check-ins, E1's late day, both attendance months.
            Assert.Equal(36 + 1 + 2, sync.PointsEvents);
            var rejected = Assert.Single(sync.PointsRejected);
            Assert.Equal(("late:E1:2025-10-09", "Late"), (rejected.EventId, rejected.RuleName));
            Assert.Equal(18, await GeneralAsync(sp, "E1"));
            Assert.Equal(18 + 10, await GeneralAsync(sp, "E2"));
            Assert.Contains(logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("late:E1:2025-10-09", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(policy);
        }
    }
}
