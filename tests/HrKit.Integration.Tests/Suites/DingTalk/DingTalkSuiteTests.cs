using HrKit.Integration.Suites;
using HrKit.Integration.Suites.Approvals;
using HrKit.Integration.Suites.Callbacks;
using HrKit.Integration.Suites.Directory;
using HrKit.Integration.Suites.Stores;
using HrKit.Integration.Tests.Fakes;
using HrKit.Integration.Tests.Fakes.Suites;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace HrKit.Integration.Tests.Suites.DingTalk;

/// <summary>A DingTalk third-party enterprise app, end to end through the fake's documented wire format.</summary>
public sealed class DingTalkSuiteTests : IAsyncLifetime
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private FakeDingTalkSuiteServer _fake = null!;
    private FakeSuiteCompany _ding = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeDingTalkSuiteServer.StartAsync();
        _ding = _fake.AddCompany("dingacme", "丁公司");
        _ding.Departments.Add((2, "研发", 1));
        _ding.Departments.Add((3, "后端", 2));
        _ding.AddUser("boss", "老板", 1, Ms(2020, 1, 6), 1, 3);
        for (var i = 0; i < 230; i++)
        {
            _ding.AddUser($"dev{i:000}", $"开发{i}", 1, Ms(2024, 3, 1), 3);
        }

        _ding.AddUser("newbie", "新人", 0, 0, 2);
    }

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private static long Ms(int year, int month, int day) => new LocalDate(year, month, day).AtStartOfDayInZone(Shanghai).ToInstant().ToUnixTimeMilliseconds();

    private static long Unix(int month, int day, int hour) => new LocalDateTime(2026, month, day, hour, 0).InZoneStrictly(Shanghai).ToInstant().ToUnixTimeSeconds();

    [Fact]
    public async Task SyncAsync_ThreeLevelTreeAnd232Users_WalksEveryLevelPagesBy100AndReadsHireDates()
    {
        var listener = new RecordingSuiteListener();
        await using var sp = SuiteHarness.Build(dingTalk: _fake, more: s => s.AddSingleton<ISuiteEventListener>(listener));
        await SuiteHarness.AuthoriseDingTalkAsync(sp, _fake, _ding);

        var result = await sp.GetRequiredService<RosterSync>().SyncAsync(SuiteHarness.DingTalkRef(_ding));

        Assert.Empty(_fake.Violations);
        Assert.True(_ding.Activated);
        Assert.Equal("dingacme", Assert.Single(listener.Authorised).Company.CorpId);
        Assert.True(result.Report.IsComplete);
        Assert.Equal(["1", "2", "3"], result.Roster.Departments.Select(d => d.Id));
        Assert.Equal(3, _fake.Count("topapi/v2/department/listsub"));
        // Department 1: 1 page; 2: 1 page; 3: boss + 230 developers = 231 → pages of 100, 100, 31.
        Assert.Equal(5, _fake.Count("topapi/v2/user/list"));
        Assert.Equal(232, result.Report.Of(RosterChangeKind.Added).Count);
        var boss = result.Roster.Employees.Single(e => e.UserId == "boss");
        Assert.Equal(new LocalDate(2020, 1, 6), boss.HiredOn);
        Assert.Equal(["1", "3"], boss.DepartmentIds);
        Assert.Equal(EmploymentStatus.NotActivated, result.Roster.Employees.Single(e => e.UserId == "newbie").Status);
        Assert.Equal(1, _fake.Count("service/get_corp_token"));
    }

    [Fact]
    public async Task UserLeaveOrgCallback_UserLeft_IsMarkedLeftOnTheCallbackDate()
    {
        var listener = new RecordingSuiteListener();
        await using var sp = SuiteHarness.Build(dingTalk: _fake, more: s => s.AddSingleton<ISuiteEventListener>(listener));
        await SuiteHarness.AuthoriseDingTalkAsync(sp, _fake, _ding);
        await sp.GetRequiredService<RosterSync>().SyncAsync(SuiteHarness.DingTalkRef(_ding));
        _ding.Users.TryRemove("dev007", out _);
        var at = new LocalDateTime(2026, 10, 29, 18, 0).InZoneStrictly(Shanghai).ToInstant();

        await SuiteHarness.PushDingTalkAsync(sp, SuiteHarness.DingTalkEvent("user_leave_org", at, ",\"CorpId\":\"dingacme\",\"UserId\":[\"dev007\"]"));

        var change = Assert.Single(Assert.Single(listener.RosterChanges).Report.Changes);
        Assert.Equal((RosterChangeKind.Left, "dev007", new LocalDate(2026, 10, 29)), (change.Kind, change.Employee.UserId, change.Employee.LeftOn!.Value));
    }

    [Fact]
    public async Task SuiteRelieveCallback_CompanyRemovesTheApp_IsCancelledInTheStore()
    {
        await using var sp = SuiteHarness.Build(dingTalk: _fake);
        await SuiteHarness.AuthoriseDingTalkAsync(sp, _fake, _ding);

        await SuiteHarness.PushDingTalkAsync(sp, SuiteHarness.DingTalkEvent("suite_relieve", IntegrationHarness.Now, ",\"AuthCorpId\":\"dingacme\""));

        var stored = await sp.GetRequiredService<ISuiteStore>().GetCompanyAsync(SuiteHarness.DingTalkRef(_ding));
        Assert.Equal(IntegrationHarness.Now, stored!.CancelledAt);
    }

    [Fact]
    public async Task ReadAsync_130DaysOf25LeavesAndAnOvertime_ReadsEachProcessCodeIn120DayWindowsAndPagesOf20()
    {
        for (var i = 0; i < 25; i++)
        {
            _ding.Approvals[$"PL{i:00}"] = new($"PL{i:00}", "boss", true, i == 0 ? "refuse" : "agree", Unix(10, 12, 9), Unix(10, 12, 18), "halfday", 86_400, Unix(10, 10, 9), "年假");
        }

        _ding.Approvals["PO1"] = new("PO1", "dev001", false, "terminated", Unix(7, 1, 19), Unix(7, 1, 21), "hour", 7_200, Unix(7, 1, 8));
        _ding.Approvals["PBAD"] = new("PBAD", "dev002", false, "agree", Unix(7, 2, 19), Unix(7, 2, 21), "hour", 7_200, Unix(7, 2, 8), RawValue: "[\"2026-07-02 21:00\",\"2026-07-02 19:00\",2,\"hour\"]");
        await using var sp = SuiteHarness.Build(dingTalk: _fake);
        await SuiteHarness.AuthoriseDingTalkAsync(sp, _fake, _ding);
        var query = new ApprovalQuery(new LocalDate(2026, 6, 24), new LocalDate(2026, 10, 31))
        {
            DingTalkLeaveProcessCodes = [FakeDingTalkSuiteServer.LeaveCode],
            DingTalkOvertimeProcessCodes = [FakeDingTalkSuiteServer.OvertimeCode],
        };

        var items = await sp.GetRequiredService<ApprovalReader>().ReadAsync(SuiteHarness.DingTalkRef(_ding), query).ToListAsync();

        Assert.Empty(_fake.Violations);
        Assert.All(_fake.ListIdsWindows.Items, w => Assert.Equal(20, w.Size));
        // 24 Jun – 31 Oct is 130 days: 120 + 10 for each code; the leave window with 25 ids needs 2 pages.
        Assert.Equal(2 * 2 + 1, _fake.ListIdsWindows.Items.Count);
        var requests = items.Where(i => i.Request is not null).Select(i => i.Request!).ToDictionary(r => r.RequestId);
        Assert.Equal(26, requests.Count);
        Assert.Equal((ApprovalStatus.Rejected, ApprovalKind.Leave, "年假", 1m, ApprovalDurationUnit.Days), (requests["PL00"].Status, requests["PL00"].Kind, requests["PL00"].LeaveType, requests["PL00"].Duration, requests["PL00"].Unit));
        Assert.Equal(ApprovalStatus.Approved, requests["PL01"].Status);
        Assert.Equal((new LocalDateTime(2026, 10, 12, 9, 0), new LocalDateTime(2026, 10, 12, 18, 0)), (requests["PL01"].Start, requests["PL01"].End));
        Assert.Equal((ApprovalKind.Overtime, ApprovalStatus.Withdrawn, 2m, ApprovalDurationUnit.Hours), (requests["PO1"].Kind, requests["PO1"].Status, requests["PO1"].Duration, requests["PO1"].Unit));
        Assert.Equal(new LocalDateTime(2026, 7, 1, 8, 0).InZoneStrictly(Shanghai).ToInstant(), requests["PO1"].AppliedAt);
        var rejected = Assert.Single(items, i => i.Rejected is not null).Rejected!;
        Assert.Equal("PBAD", rejected.RecordId);
        Assert.Contains("is not a time range", rejected.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BpmsInstanceChangeCallback_ApprovalFinished_ListenerGetsTheRequestAsReadNow()
    {
        _ding.Approvals["PL1"] = new("PL1", "boss", true, "agree", Unix(10, 12, 9), Unix(10, 12, 18), "halfday", 86_400, Unix(10, 10, 9), "病假");
        var listener = new RecordingSuiteListener();
        await using var sp = SuiteHarness.Build(dingTalk: _fake, more: s => s.AddSingleton<ISuiteEventListener>(listener));
        await SuiteHarness.AuthoriseDingTalkAsync(sp, _fake, _ding);

        await SuiteHarness.PushDingTalkAsync(sp, SuiteHarness.DingTalkEvent("bpms_instance_change", IntegrationHarness.Now,
            ",\"corpId\":\"dingacme\",\"processInstanceId\":\"PL1\",\"type\":\"finish\",\"result\":\"agree\",\"processCode\":\"PROC-LEAVE\""));

        var request = Assert.Single(listener.Approvals).Request!;
        Assert.Equal((new CompanyRef(SuiteVendor.DingTalk, "dingacme"), "PL1", ApprovalStatus.Approved, "病假"), (request.Company, request.RequestId, request.Status, request.LeaveType));
    }
}
